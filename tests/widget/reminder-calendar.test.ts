/** The re-check reminder: a valid iCalendar file with one all-day event three months on, holding the re-check link. */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { escapeText, foldLine, monthsLater, reminderCalendar } from '../../widget/reminder/calendar';

const LINK = 'https://www.bakkerij.example/check?pagina=1&taal=nl#cyberscan=2027.1-7K4P2QX9ABC&hercheck=ja';
const text = {
  summary: 'Doe de check opnieuw: is je bedrijf digitaal veiliger?',
  description: 'Drie maanden geleden deed je de check; open de link, je eerdere antwoorden staan al klaar. Één klik, geen gedoe; echt.',
};
const now = new Date(2026, 11, 1, 16, 5, 30);
const file = reminderCalendar({ text, link: LINK, now, uid: 'b3c1f0e2-0000-4000-8000-000000000001@cyberscan' });

describe('the re-check reminder file', () => {
  test('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(file.endsWith('\r\n')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = file.split('\r\n').slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  test('is read by a maintained iCalendar parser as one all-day event three months later, with the link', () => {
    const calendar = new ICAL.Component(ICAL.parse(file));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe('b3c1f0e2-0000-4000-8000-000000000001@cyberscan');
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2027-03-01');
    expect(event.endDate.toString()).toBe('2027-03-02');
    expect(event.summary).toBe(text.summary);
    expect(event.description).toBe(`${text.description}\n${LINK}`);
    expect(events[0]!.getFirstPropertyValue('url')).toBe(LINK);
    expect(events[0]!.getFirstPropertyValue('dtstamp')?.toString()).toBe(now.toISOString().slice(0, 19) + 'Z');
    expect(events[0]!.getFirstSubcomponent('valarm')?.getFirstPropertyValue('action')).toBe('DISPLAY');
  });

  test('falls on the last day of a shorter month rather than spilling into the next', () => {
    expect(monthsLater(new Date(2026, 10, 30), 3)).toEqual(new Date(2027, 1, 28));
    expect(monthsLater(new Date(2027, 10, 30), 3)).toEqual(new Date(2028, 1, 29));
    expect(monthsLater(new Date(2026, 4, 31), 3)).toEqual(new Date(2026, 7, 31));
  });

  test('escapes backslashes, semicolons, commas and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  test('never folds inside a character of more than one octet', () => {
    const line = `DESCRIPTION:${'é'.repeat(80)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

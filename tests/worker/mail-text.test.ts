/**
 * The e-mails' words are data (worker/mail/text/): every language of an e-mail has every key of
 * its Dutch text, with the same placeholders, and nothing left empty. The compiler checks the keys
 * too (`MailTexts`); this also catches a placeholder a translation dropped or misspelt.
 */
import { describe, expect, it } from 'vitest';
import { fill } from '../../core/fill';
import { fillParagraphs } from '../../worker/mail/fill-mail';
import { confirmationText } from '../../worker/mail/text/confirmation';
import { outageNoticeText } from '../../worker/mail/text/outage-notice';
import { recheckInvitationText } from '../../worker/mail/text/recheck-invitation';
import { referralText } from '../../worker/mail/text/referral';
import { registrationDecisionText } from '../../worker/mail/text/registration-decision';
import { withdrawalNoticeText } from '../../worker/mail/text/withdrawal-notice';

/** Every table in worker/mail/text/: one per e-mail, keyed by language. */
const tables: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  confirmationText, recheckInvitationText, registrationDecisionText, withdrawalNoticeText, referralText, outageNoticeText,
};

type Shape = readonly string[] | { readonly [key: string]: Shape };

/** A text's keys, down to each string's (or list of strings') placeholder names. */
function shape(value: unknown): Shape {
  if (typeof value === 'string') return [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
  if (Array.isArray(value)) return [...new Set(value.flatMap((item) => shape(item) as string[]))].sort();
  return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, shape(item)]));
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings);

describe("the e-mails' texts", () => {
  it('are Dutch first; the two to the entrepreneur are also in English', () => {
    for (const table of Object.values(tables)) expect(Object.keys(table)[0]).toBe('nl');
    expect(Object.keys(confirmationText)).toEqual(['nl', 'en']);
    expect(Object.keys(recheckInvitationText)).toEqual(['nl', 'en']);
  });

  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every language has every key of the Dutch, with the same placeholders, none empty`, () => {
      for (const [lang, text] of Object.entries(table)) {
        expect(shape(text), `${name}.${lang}`).toEqual(shape(table['nl']));
        for (const words of strings(text)) expect(words.trim(), `${name}.${lang}`).not.toBe('');
      }
    });
  }
});

describe('filling a text', () => {
  it('fills each placeholder once: a value that holds a placeholder stays as typed', () => {
    expect(fill('Beste {contactName}, ga naar {url}', { contactName: '{url}', url: 'https://cyberscan.example' }))
      .toBe('Beste {url}, ga naar https://cyberscan.example');
  });

  it('leaves out a paragraph that fills to nothing, such as a refusal without a reason', () => {
    expect(fillParagraphs(['Niet goedgekeurd.', '{reasonGiven}', 'Groet.'], { reasonGiven: '' })).toBe('Niet goedgekeurd.\n\nGroet.');
  });
});

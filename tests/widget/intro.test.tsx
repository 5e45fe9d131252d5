import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { nl } from '../../widget/i18n/nl';
import { renderWidget } from './harness';

const intro = () => within(screen.getByRole('heading', { level: 2, name: nl.intro.title }).closest('section')!);

describe('the intro says who offers the check and what happens to the answers', () => {
  test('names who offers it when the page says so, and the network in general words when not', () => {
    renderWidget({ organiser: 'Ondernemersvereniging Lindewaard' });
    expect(intro().getByText(/Aangeboden door Ondernemersvereniging Lindewaard en het regionale/)).toBeTruthy();
  });

  test('falls back to the regional network and this website without a name', () => {
    renderWidget();
    expect(intro().getByText(new RegExp(nl.intro.organiser))).toBeTruthy();
  });

  test('says in one line that the anonymous answers count for the region, with a link to the privacy statement', () => {
    renderWidget({ api: 'https://check.example', lang: 'nl' });
    expect(intro().queryAllByText(nl.intro.statistics)).toHaveLength(1);
    expect(intro().getByRole('link', { name: nl.intro.privacy }).getAttribute('href')).toBe('https://check.example/privacy?lang=nl');
  });

  test('does not claim the answers count when the partner turned statistics off', () => {
    renderWidget({ stats: 'off' });
    expect(intro().queryAllByText(nl.intro.statistics)).toHaveLength(0);
  });

  test('offers "Nu getroffen?" with where to get help today, folded', () => {
    renderWidget();
    const summary = intro().getByText(nl.intro.hitNow.title);
    expect(summary.tagName).toBe('SUMMARY');
    expect(summary.closest('details')?.textContent).toContain('Doe aangifte bij de politie');
  });

  test('without a name on the page, shows the name the partner registered with once it arrives', async () => {
    const fetch = vi.fn(async (url: string) =>
      url === 'https://api.test/api/v1/partners/bakkers-utrecht'
        ? Response.json({ partner: { id: 'bakkers-utrecht', name: 'Bakkersvereniging Utrecht' } })
        : Response.json({ partner: null }),
    );
    vi.stubGlobal('fetch', fetch);
    renderWidget({ partner: 'bakkers-utrecht' });
    // The intro does not wait for it: the general line first, then the name. Asked in a task of
    // its own, after the first render's (starting a request made that task longer on a phone).
    expect(intro().getByText(new RegExp(nl.intro.organiser))).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    await waitFor(() => expect(intro().getByText(/Aangeboden door Bakkersvereniging Utrecht en het regionale/)).toBeTruthy());
  });

  test('keeps the general line when the partner is unknown, and asks nothing when the page names the organiser', async () => {
    const fetch = vi.fn(async () => Response.json({ partner: null }));
    vi.stubGlobal('fetch', fetch);
    renderWidget({ partner: 'onbekend' });
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(intro().getByText(new RegExp(nl.intro.organiser))).toBeTruthy();
    fetch.mockClear();
    renderWidget({ partner: 'met-naam', organiser: 'Gemeente Lindewaard' });
    // A widget rendered after it does ask: by then the first would have asked too.
    renderWidget({ partner: 'zonder-naam' });
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(fetch).toHaveBeenCalledWith('https://api.test/api/v1/partners/zonder-naam');
  });
});

/**
 * @module `<cyber-scan>` elements already in the page when the script runs: each renders in a
 * task of its own after the script's, one more after the stylesheet and storage are made ready,
 * so that loading is no single long task on a slow phone.
 */
import { waitFor, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { nl } from '../../widget/i18n/nl';

const inside = (host: Element) => within(host.shadowRoot as unknown as HTMLElement);

test('renders elements already in the page after the script, each in a later task', async () => {
  document.body.innerHTML = ['a', 'b', 'gone'].map((p) => `<cyber-scan partner="early-${p}"></cyber-scan>`).join('');
  const [a, b, gone] = [...document.querySelectorAll('cyber-scan')];
  await import('../../widget/index');
  // Still nothing rendered when the script's own evaluation ends.
  expect(a!.shadowRoot).toBeNull();
  expect(b!.shadowRoot).toBeNull();
  gone!.remove();
  // One task later (the one that readies the stylesheet and storage), the render still waits for a task of its own.
  await new Promise((resolve) => setTimeout(resolve));
  expect(a!.shadowRoot).toBeNull();
  await waitFor(() => expect(inside(a!).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1));
  await waitFor(() => expect(inside(b!).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1));
  // Removed before its turn came: never rendered.
  expect(gone!.shadowRoot).toBeNull();
});

test('renders an element inserted after the script at once', () => {
  document.body.innerHTML = '';
  const el = document.createElement('cyber-scan');
  document.body.append(el);
  // Inserted after the script ran: rendered at once, as single-page apps expect.
  expect(inside(el).queryAllByRole('button', { name: nl.intro.start })).toHaveLength(1);
});

/**
 * @module Printing the result on its own. While a print started by the widget's button runs,
 * a document-level stylesheet hides the rest of the host page, the printing host is marked
 * (the widget's own print CSS makes the marked host visible and moves it to the top), and all
 * advice is unfolded. Everything is undone on `afterprint`.
 */
import { pageSheet } from './styles/sheets';

/** Marks the host element that is being printed. */
const PRINTING_ATTRIBUTE = 'data-cyberscan-printing';

export function printWidget(host: HTMLElement): void {
  const doc = host.ownerDocument;
  const sheet = pageSheet();
  const folded = [...(host.shadowRoot ?? host).querySelectorAll('details:not([open])')] as HTMLDetailsElement[];

  host.setAttribute(PRINTING_ATTRIBUTE, '');
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  for (const details of folded) details.open = true;

  doc.defaultView?.addEventListener(
    'afterprint',
    () => {
      host.removeAttribute(PRINTING_ATTRIBUTE);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const details of folded) details.open = false;
    },
    { once: true },
  );
  doc.defaultView?.print();
}

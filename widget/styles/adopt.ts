/**
 * @module A chunk's own CSS (the result screen's, the referral step's) as a constructable
 * stylesheet, added to the shadow root it renders in: like the widget's own sheet, it needs no
 * `<style>` and no 'unsafe-inline'.
 */

const sheets = new Map<string, CSSStyleSheet>();

/** Adopts `css` into the shadow root around `node`, once. Outside a shadow root (tests) there is nothing to style. */
export function adoptSheet(node: Node, css: string): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * @module The referral step's CSS as a constructable stylesheet, added to the shadow root the
 * step renders in: like the widget's own, it needs no `<style>` and no 'unsafe-inline'.
 */
import css from './referral.css?inline';

let sheet: CSSStyleSheet | undefined;

/** Adopts the sheet into the shadow root around `node`, once. Outside a shadow root (tests) there is nothing to style. */
export function adoptReferralSheet(node: Node): void {
  const root = node.getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/**
 * @module The widget's CSS as constructable stylesheets, built once and shared by every
 * instance. Adopted sheets need no `<style>` element, so partners' CSPs need no 'unsafe-inline'.
 */
import hostCss from './host.css?inline';
import controlsCss from './controls.css?inline';
import printCss from './print.css?inline';
import pageCss from './page-print.css?inline';

const sheetOf = (css: string): CSSStyleSheet => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  return sheet;
};

let widget: CSSStyleSheet | undefined;
let page: CSSStyleSheet | undefined;

/** The sheet every shadow root adopts; the result screen and the referral step add their own (adopt.ts). */
export const widgetSheet = (): CSSStyleSheet => (widget ??= sheetOf(hostCss + controlsCss + printCss));

/** The sheet the host document adopts while the widget prints (see print.ts). */
export const pageSheet = (): CSSStyleSheet => (page ??= sheetOf(pageCss));

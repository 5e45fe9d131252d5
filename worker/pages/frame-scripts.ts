/**
 * @module The two scripts of the iframe embed. `frameScript` runs inside /frame and tells the
 * embedding page the height of its content and every event the widget sends, by `postMessage`.
 * `frameResizer` is the optional one line a host page adds: it sets the iframe's height and
 * dispatches the widget's events on the iframe element, where they bubble like the script
 * embed's. Both plain browser JavaScript, served as they are.
 */

/** The events the widget sends (widget/events.ts); only these are forwarded. */
const EVENTS = ['cyberscan:start', 'cyberscan:complete', 'cyberscan:referral'];

export const frameScript = `// Messages carry source "cyberscan" so a host can tell them from other frames' messages.
// Any host may read them ('*'): they hold the height and the events' details, which never
// include answers or personal data (widget/events.ts).
const post = (message) => {
  if (window.parent !== window) window.parent.postMessage({ source: 'cyberscan', ...message }, '*');
};
new ResizeObserver(() => post({ type: 'resize', height: document.documentElement.scrollHeight })).observe(document.body);
for (const name of ${JSON.stringify(EVENTS)}) {
  document.addEventListener(name, (event) => post({ type: 'event', name, detail: event.detail ?? null }));
}
`;

export const frameResizer = `(() => {
  // Only messages from the CyberScan host this script came from, and only from an iframe on this page.
  const origin = new URL(document.currentScript.src).origin;
  const events = ${JSON.stringify(EVENTS)};
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (event.origin !== origin || !data || data.source !== 'cyberscan') return;
    const frame = Array.from(document.querySelectorAll('iframe')).find((f) => f.contentWindow === event.source);
    if (!frame) return;
    // A style property set from script is not an inline style attribute: a strict CSP allows it.
    if (data.type === 'resize' && typeof data.height === 'number') frame.style.height = Math.ceil(data.height) + 'px';
    if (data.type === 'event' && events.includes(data.name)) {
      frame.dispatchEvent(new CustomEvent(data.name, { bubbles: true, detail: data.detail }));
    }
  });
})();
`;

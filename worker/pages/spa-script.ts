/** @module `GET /demo/spa.js`: how a single-page app adds CyberScan after the page has loaded. */

/** Plain browser JavaScript, served as a module script (the CSP forbids inline scripts). */
export const spaScript = `// A <cyber-scan> inserted later needs nothing else: the custom element upgrades it.
const addButton = document.getElementById('add-scan');
const addedScans = document.getElementById('added-scans');
addButton.addEventListener('click', () => {
  const scan = document.createElement('cyber-scan');
  scan.setAttribute('partner', 'demo');
  scan.setAttribute('lang', 'nl');
  addedScans.append(scan);
});

// Mounting into an element of your own needs window.CyberScan. widget.js loads async, so it may
// have run before this script or may still be on its way.
function whenCyberScanLoaded(callback) {
  if (window.CyberScan) return callback(window.CyberScan);
  const script = document.querySelector('script[src$="/widget.js"]');
  script.addEventListener('load', () => callback(window.CyberScan), { once: true });
}

whenCyberScanLoaded((CyberScan) => {
  CyberScan.mount(document.getElementById('mounted-scan'), { partner: 'demo', lang: 'nl' });
});
`;

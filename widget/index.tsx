/**
 * @module The script partners embed. It adds exactly two things to the page: the `<cyber-scan>`
 * element and `window.CyberScan.mount`. Loading it twice changes nothing the second time.
 */
import { defineCyberScanElement } from './element';
import { mount } from './mount';
import { runtime, type Runtime } from './runtime';

export interface CyberScanApi {
  readonly mount: typeof mount;
  /** Internal, for widget-referral.js only; not enumerable. */
  readonly runtime?: Runtime;
}

declare global {
  interface Window {
    CyberScan?: CyberScanApi;
  }
}

if (!window.CyberScan) {
  window.CyberScan = Object.freeze(Object.defineProperty({ mount }, 'runtime', { value: runtime }));
  defineCyberScanElement();
}

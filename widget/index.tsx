/**
 * @module The script partners embed. It adds exactly two things to the page: the `<cyber-scan>`
 * element and `window.CyberScan.mount`. Loading it twice changes nothing the second time.
 */
import { defineCyberScanElement } from './element';
import { mount } from './mount';

export interface CyberScanApi {
  readonly mount: typeof mount;
}

declare global {
  interface Window {
    CyberScan?: CyberScanApi;
  }
}

if (!window.CyberScan) {
  window.CyberScan = Object.freeze({ mount });
  defineCyberScanElement();
}

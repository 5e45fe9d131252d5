/**
 * @module The `<cyber-scan>` custom element. It renders when connected and unmounts when
 * disconnected, so single-page apps can insert, remove and re-insert it freely. Elements already
 * in the page when the script runs each render in tasks of their own, after the script's.
 */
import { mount, type MountedWidget } from './mount';
import type { MountOptions } from './options';
import { readStored } from './state/storage';
import { widgetSheet } from './styles/sheets';

const TAG = 'cyber-scan';

/** True while `define` upgrades the elements already in the page, inside the script's own task. */
let upgrading = false;

class CyberScanElement extends HTMLElement {
  static readonly observedAttributes = ['partner', 'lang', 'api', 'stats', 'network', 'organiser'] satisfies (keyof MountOptions)[];
  declare private mounted: MountedWidget | undefined;

  connectedCallback(): void {
    // Rendered inside the script's evaluation, loading was one long task that blocked the host
    // page (issue 14's profile); in tasks of their own, the browser can handle input in between.
    // Two: the first parses the shared stylesheet and opens localStorage (its first read loads
    // the page's storage), which together were a quarter to a third of the render's task at 4x.
    if (upgrading)
      setTimeout(() => {
        widgetSheet();
        readStored('');
        setTimeout(() => this.isConnected && !this.mounted && this.remount());
      });
    else this.remount();
  }

  disconnectedCallback(): void {
    this.mounted?.unmount();
    this.mounted = undefined;
  }

  /** Attributes set before connecting are read on connect; later changes mount afresh. */
  attributeChangedCallback(): void {
    if (this.mounted) this.remount();
  }

  private remount(): void {
    this.mounted?.unmount();
    // Every observed attribute is a mount option of the same name.
    const options = CyberScanElement.observedAttributes.map((name) => [name, this.getAttribute(name) ?? undefined]);
    this.mounted = mount(this, Object.fromEntries(options));
  }
}

/** Defines `<cyber-scan>` unless it already is (the script may be included twice). */
export function defineCyberScanElement(): void {
  if (customElements.get(TAG)) return;
  upgrading = true;
  customElements.define(TAG, CyberScanElement);
  upgrading = false;
}

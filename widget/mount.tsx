/** @module Renders the widget into any element, inside an open shadow root. */
import { render } from 'preact';
import { CyberScan } from './components/CyberScan';
import { resolveOptions, type MountOptions } from './options';
import { widgetSheet } from './styles/sheets';

export interface MountedWidget {
  /** Removes the widget; saved progress stays, so mounting again resumes. */
  unmount(): void;
}

/**
 * Mounts the widget in `host` (a `<div>` will do). The shadow root is open so that tests and
 * assistive tools can reach in; styles are adopted, never inlined.
 */
export function mount(host: HTMLElement, options: MountOptions = {}): MountedWidget {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [widgetSheet()];
  const resolved = resolveOptions(options, host.ownerDocument);
  // Keyed by the options, so mounting again with other options starts a fresh instance.
  render(<CyberScan key={JSON.stringify(resolved)} host={host} {...resolved} />, root);
  return { unmount: () => render(null, root) };
}

/** @module The props of the widget's root, which the flow takes on: its own file, so neither component imports the other's. */
import type { WidgetOptions } from '../options';

/** One widget instance's options and its element. */
export interface CyberScanProps extends WidgetOptions {
  /** The element events are dispatched on (the custom element or the mount target). */
  readonly host: HTMLElement;
}

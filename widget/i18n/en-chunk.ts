/**
 * @module widget-en.js: the English UI strings up to the last question (the result screen brings its own), which widget.js loads for an English widget
 * (widget/load-chunk.ts), so that Dutch visitors never download them. It registers them on the
 * runtime widget.js shares, and adds nothing else to the page.
 */
import { enFlow } from './en-flow';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.en = enFlow;

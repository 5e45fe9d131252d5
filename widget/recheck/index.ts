/**
 * @module widget-compare.js: the before-and-after of a re-check, which widget.js loads only for
 * a re-check's result (widget/load-chunk.ts). It registers its component on the runtime
 * widget.js shares, and adds nothing else to the page.
 */
import { RecheckComparison } from './RecheckComparison';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.compare = RecheckComparison;

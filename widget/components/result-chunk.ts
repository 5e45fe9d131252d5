/**
 * @module widget-result.js: the result screen and all it alone needs (scoring, the result link, the
 * complete event and the anonymous result included), which widget.js starts
 * loading when the visitor reaches the questions (widget/load-chunk.ts), so that it is there by
 * the result and widget.js stays small. It registers the screen on the runtime widget.js shares,
 * and adds nothing else to the page.
 */
import { ScoredResult } from './ScoredResult';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.result = ScoredResult;

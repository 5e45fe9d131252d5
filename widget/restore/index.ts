/**
 * @module widget-restore.js: opens a result link in the page's address and progress saved against
 * another question list (open.ts), which widget.js loads only when the page or storage holds one
 * (widget/load-chunk.ts). It registers the opener on the runtime widget.js shares, and adds
 * nothing else to the page.
 */
import { openStart } from './open';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.restore = openStart;

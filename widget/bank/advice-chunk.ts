/**
 * @module widget-advice.js: the bank's Dutch advice, read only on the result. widget.js starts
 * loading it when the visitor reaches the questions (widget/load-chunk.ts), so it is there by
 * the result, and widget.js stays small. It registers the advice on the runtime widget.js
 * shares, and adds nothing else to the page.
 */
import { bankAdviceNl } from '../../core/bank/index';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.advice = bankAdviceNl;

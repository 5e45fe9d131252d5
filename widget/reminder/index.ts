/**
 * @module widget-reminder.js: the "doe de check over drie maanden opnieuw" calendar file, which
 * widget.js loads when the visitor asks for it (widget/load-chunk.ts). It registers the download
 * on the runtime widget.js shares, and adds nothing else to the page.
 */
import { downloadReminder } from './download';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.reminder = downloadReminder;

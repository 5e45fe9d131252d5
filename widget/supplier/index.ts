/**
 * @module widget-supplier.js: composes the e-mail to the IT supplier, which widget.js loads when
 * the visitor asks for it (widget/load-chunk.ts). It registers the composer on the runtime
 * widget.js shares, and adds nothing else to the page.
 */
import { supplierMail } from './compose';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.supplier = supplierMail;

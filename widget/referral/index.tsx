/**
 * @module widget-referral.js: the referral step, which widget.js loads when a visitor opens it
 * (widget/load-chunk.ts). It registers its component on the runtime widget.js shares, and
 * adds nothing else to the page.
 */
import { ReferralStep } from './ReferralStep';

// widget.js made `runtime` before loading this script, and is the only one that loads it.
window.CyberScan!.runtime!.referral = ReferralStep;

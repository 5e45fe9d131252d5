/** @module The referral step's CSS, added to the shadow root the step renders in (styles/adopt.ts). */
import css from './referral.css?inline';
import { adoptSheet } from '../styles/adopt';

/** Adopts the step's sheet into the shadow root around `node`, once. */
export const adoptReferralSheet = (node: Node): void => adoptSheet(node, css);

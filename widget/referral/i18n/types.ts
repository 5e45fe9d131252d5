/**
 * @module The referral step's own strings. They ship in widget-referral.js, never in widget.js.
 * `{network}` is the network's name, `{seconds}` a wait, `{max}` a length limit, `{link}` where a
 * link goes.
 */
import type { FieldName } from '../form-rules';

/** The message for a field that is empty (`missing`, only for required fields) or not right (`invalid`). */
export interface FieldMessages {
  readonly missing?: string;
  readonly invalid: string;
}

export interface ReferralText {
  /** Back to the result; on every view of the step. */
  readonly back: string;
  readonly postcode: {
    readonly title: string;
    readonly lead: string;
    readonly hint: string;
    readonly find: string;
    readonly searching: string;
    readonly failed: string;
    readonly retry: string;
  };
  readonly network: {
    /** No regional network covers the postcode: the national fallback takes the request. */
    readonly fallback: string;
    /** Whether students carry out the scan: known to be yes, or not known. */
    readonly students: { readonly yes: string; readonly unknown: string };
    /** `{amount}`: the network's own words. */
    readonly contribution: string;
    readonly website: string;
    readonly nextTitle: string;
    readonly next: readonly string[];
    readonly otherPostcode: string;
  };
  readonly form: {
    readonly title: string;
    readonly labels: Readonly<Record<FieldName, string>>;
    readonly optional: string;
    /** The empty choice of a select. */
    readonly notGiven: string;
    readonly shareLegend: string;
    readonly share: string;
    readonly shareHint: string;
    readonly privacy: string;
    /** The label of the hidden honeypot field, in case a screen reader reaches it anyway. */
    readonly trap: string;
    readonly submit: string;
    readonly sending: string;
  };
  readonly problems: Readonly<Record<FieldName, FieldMessages>>;
  readonly failure: {
    readonly failed: string;
    /** A 429: `{seconds}` from Retry-After. */
    readonly busy: string;
    readonly retry: string;
    /** Submitted before the bot check handed over its token. */
    readonly waiting: string;
    /** The worker refused the request from this page; retrying cannot help. */
    readonly refused: string;
    /** The bot check's script did not load (the page's CSP, an ad blocker). */
    readonly blocked: string;
    /** The bot check was not passed. */
    readonly botFailed: string;
    /** This page needs a bot check the deployment does not have. */
    readonly unavailable: string;
    /** Before the network's website link; `{network}`, `{area}`. */
    readonly contact: string;
    readonly contactLink: string;
    /** No website known: the network by name and area. */
    readonly contactByName: string;
  };
  readonly sent: {
    readonly title: string;
    readonly reference: string;
    readonly next: string;
    /** How to withdraw; `{link}` is where `withdrawLink` goes, the link to the withdrawal page. */
    readonly withdraw: string;
    /** Says that it opens in a new tab, as the network's website link does. */
    readonly withdrawLink: string;
  };
}

/**
 * @module The shape of the widget's own UI strings (the bank brings the questions and advice).
 * Strings are plain data: `{name}` marks a value filled in by `fill`, so word counts and
 * translators can read them as they are.
 */
import type { Answer } from '../../core/answers';
import type { Band } from '../../core/scoring';
import type { profileChoices } from '../../core/profile/index';

/**
 * What widget.js shows up to the last question, and of the result only what it says while the
 * result screen (widget-result.js) loads or after it failed to.
 */
export interface FlowText {
  readonly intro: {
    readonly title: string;
    /** `{count}`: the number of questions. */
    readonly lead: string;
    readonly facts: readonly string[];
    /** Who offers the check when the page does not name it: the regional network with this website. */
    readonly organiser: string;
    /** The same with the name the page gives (`organiser` attribute) as `{name}`. */
    readonly organiserNamed: string;
    /** One line: the anonymous answers count for regional statistics (left out with `stats="off"`). */
    readonly statistics: string;
    /** The link to the worker's privacy statement. */
    readonly privacy: string;
    /** The way out for a company under attack right now: a folded "where to get help today". */
    readonly hitNow: { readonly title: string; readonly steps: readonly string[] };
    readonly start: string;
  };
  readonly profile: {
    readonly title: string;
    readonly lead: string;
    readonly sector: string;
    readonly size: string;
    /** Four digits, optional: the result then counts for the region's network. */
    readonly postcode: string;
    readonly skip: string;
    /** The sectors and size bands in this language (core/profile/options.json): so widget.js holds only the Dutch labels. */
    readonly options: ReturnType<typeof profileChoices>;
  };
  readonly question: {
    /** `{n}` and `{total}`. */
    readonly progress: string;
    readonly why: string;
    readonly chooseFirst: string;
    /** Why a returning visitor is not where they left off (`Progress['notice']`); the others are in {@link RestoreText}. */
    readonly notice: {
      readonly recheck: string;
    };
  };
  /** The labels of the answer options, in the order core `ANSWERS` lists them. */
  readonly answers: Readonly<Record<Answer, string>>;
  readonly nav: {
    readonly back: string;
    readonly next: string;
    /** The Next button on the last question. */
    readonly finish: string;
  };
  readonly result: {
    readonly title: string;
    /** While the result screen loads (widget-result.js), which it normally did during the questions. */
    readonly loading: string;
    /** The result screen did not load: says the answers are kept, and `retry` tries again. */
    readonly failed: string;
    readonly retry: string;
  };
}

/**
 * What widget-restore.js says, in every language it opens links and older saved progress in
 * (widget/restore/open.ts): only a visitor who comes back with one reads these.
 */
export interface RestoreText {
  readonly question: {
    /** Why the visitor is not where they left off (`Progress['notice']`). */
    readonly notice: {
      readonly carried: string;
      readonly expired: string;
      /** A result link of the previous question list: `{count}` answers carried, the rest asked. */
      readonly linkCarried: string;
    };
  };
  /** A result link in the address that did not open (core/result-link.ts). */
  readonly link: {
    readonly malformed: string;
    /** `{version}`: the bank version the link was made with. */
    readonly otherVersion: string;
  };
}

/** The result screen's own strings, which widget-result.js brings. */
export interface ResultText {
  readonly result: {
    /** Follows the overall score, as in "62 out of 100". */
    readonly outOf: string;
    readonly bands: Readonly<Record<Band, { readonly name: string; readonly meaning: string }>>;
    /**
     * When the critical gaps' ceiling decided the number (core/scoring.ts `ceilingFor`): `{band}`
     * and why, then the missing critical measures follow as a list of their questions. One form
     * for one gap, one for more.
     */
    readonly capped: { readonly one: string; readonly more: string };
    /** Shown above the same list when critical gaps lowered the number but the ceiling did not decide it. */
    readonly criticalGapNote: string;
    readonly disclaimer: string;
    readonly chartTitle: string;
    /** A principle whose every question was answered "not applicable". */
    readonly notApplicable: string;
    readonly topActions: string;
    readonly noActions: string;
    readonly askSupplier: string;
    readonly allAdvice: string;
    /** While the bank's advice loads (widget-advice.js), which it normally did during the questions. */
    readonly adviceLoading: string;
    /** The advice did not load: says the answers are kept, and the flow's `retry` tries again. */
    readonly adviceFailed: string;
    /** `{count}`: how many questions were answered "don't know". */
    readonly unknownHint: string;
    readonly print: string;
    readonly restart: string;
    /** Printed under the title only: `{date}`, `{version}` (the bank's) and `{site}`, the page offering the check. */
    readonly printHeader: string;
    /** The header's opening with the `organiser` attribute: who offers the check, by name. */
    readonly printHeaderBy: string;
    /** On paper, after a request: the network, its published website where it has one, and the reference. */
    readonly printRequest: string;
    /** The invitation repeated at the end of the result. */
    readonly inviteAgain: string;
    readonly inviteAgainOpen: string;
    /** Opens the visitor's mail program with the questions for their IT supplier. */
    readonly mailSupplier: string;
    readonly mailFailed: string;
    /** Above the result link. */
    readonly keepTitle: string;
    readonly keepLead: string;
    /** "Opnieuw beginnen" asks this first, in the page. */
    readonly restartAsk: string;
    readonly restartYes: string;
    readonly restartNo: string;
  };
  /** The invitation on the result; the referral step brings its own texts when it loads. */
  readonly referral: {
    /** Per band: why a scan at the company is the next step; encouraging, never scolding. */
    readonly invite: Readonly<Record<Band, string>>;
    readonly open: string;
    readonly loading: string;
    /** Pressing the button again tries again. */
    readonly failed: string;
    /** A request was sent from this result: `{date}`, `{network}` and `{reference}`. */
    readonly sent: string;
    /** The link to the withdrawal page, which opens in a new tab. */
    readonly withdraw: string;
    /** The button that asks before a second request. */
    readonly again: string;
    /** The question it asks; `{network}` has the first one already. */
    readonly againAsk: string;
    readonly againYes: string;
    readonly againNo: string;
  };
}

/** All the widget's UI strings in one language: the result screen reads the first two parts. */
export type UiText = FlowText & ResultText & RestoreText;

/**
 * @module What widget.js shares with the chunks it loads on demand (load-chunk.ts):
 * widget-result.js, the result screen, widget-referral.js, the referral step, widget-en.js, the
 * English UI strings, and widget-advice.js, the bank's Dutch advice. The runtime holds the Preact
 * pieces the screens are built with (one Preact on the page, so they render inside the widget's
 * own tree), the chunks being loaded, and the slots where the chunks register themselves. It sits
 * on `window.CyberScan` as a non-enumerable `runtime`, so the page sees only `mount`.
 */
import { Component, Fragment, type ComponentType } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import type { Answers } from '../core/answers';
import type { BankAdvice, Lang, QuestionBank } from '../core/bank/types';
import type { ReferralResponse } from '../core/contracts';
import type { Profile } from '../core/profile/index';
import type { Assessment } from '../core/scoring';
import type { CyberScanProps } from './components/props';
import type { FlowText } from './i18n/types';
import type { Progress, SentReferral } from './state/progress';

/** What the widget hands the referral step. */
export interface ReferralStepProps {
  readonly api: string;
  readonly partner: string;
  readonly lang: Lang;
  /** The `network` attribute: ask this network, without routing by postcode. */
  readonly network?: string;
  /** Where `cyberscan:referral` is dispatched. */
  readonly host: HTMLElement;
  readonly bankVersion: string;
  readonly answers: Answers;
  readonly profile: Profile;
  /** Back to the result. */
  readonly onClose: () => void;
  /** The request is in: the widget keeps its reference with the result. */
  readonly onSent: (referral: ReferralResponse) => void;
}

/** What the flow hands widget-result.js: its state when the visitor got there. */
export interface FlowResultProps {
  /** The widget's options and element. */
  readonly options: CyberScanProps;
  /** The bank's texts, with only the questions this profile was asked. */
  readonly bank: QuestionBank;
  /** The bank's advice when it came with the bank (English); else the result loads widget-advice.js. */
  readonly advice: BankAdvice | undefined;
  /** The texts up to here; the result screen brings its own (widget/i18n/<lang>-result.ts). */
  readonly text: FlowText;
  readonly progress: Progress;
  /**
   * Given only from the visitor's click on the last question until it is called: the result
   * screen then announces `cyberscan:complete` and sends the anonymous result (unless
   * `stats="off"` or already sent), and hands back the submission id it sent (undefined if none).
   */
  readonly onComplete?: ((submissionId: string | undefined) => void) | undefined;
  readonly onRestart: () => void;
  /** The request is in: kept with the result (and so saved) with the visitor's local date, as "sent on" shows it. */
  readonly onSent: (referral: SentReferral) => void;
  /** Starts the check again from this result's answers (a re-check). */
  readonly onRecheck: () => void;
}

/** What the result screen renders from, inside widget-result.js: the flow's state, scored once. */
export interface ResultProps extends Omit<FlowResultProps, 'onComplete' | 'onSent'> {
  readonly onSent: (referral: ReferralResponse) => void;
  readonly assessment: Assessment;
  /** The result link (widget/state/linked-progress.ts). */
  readonly link: string;
}

/**
 * Only what the chunks import: every export shared here costs bytes in widget.js. The build
 * (`sharesPreact` in build/environment.ts) maps both `preact` and `preact/jsx-runtime` to this one
 * object, and tests/widget/chunks.test.ts checks that the chunks need nothing more.
 */
export interface Runtime
  extends Pick<typeof import('preact'), 'Component' | 'Fragment'>,
    Pick<typeof import('preact/jsx-runtime'), 'jsx' | 'jsxs'>,
    Partial<Chunks> {
  /** The chunks loading or loaded (load-chunk.ts): one per page, also when a chunk loads another. */
  loading?: Map<keyof Chunks, Promise<unknown>>;
}

/** What each chunk `widget-<name>.js` sets on the runtime when it runs. */
export interface Chunks {
  /**
   * The result screen with all it shows and all that only the result needs: scoring, the result
   * link, the complete event and the anonymous result (widget-result.js), loaded in the
   * background during the questions.
   */
  result: ComponentType<FlowResultProps>;
  referral: ComponentType<ReferralStepProps>;
  /** The English UI strings up to the last question (widget-en.js); the result screen brings its own. */
  en: FlowText;
  /** The bank's Dutch advice (widget-advice.js); an English widget has it from the API with its bank. */
  advice: BankAdvice;
  /** The `mailto:` composer for the IT supplier (widget-supplier.js). */
  supplier: typeof import('./supplier/compose').supplierMail;
  /** The re-check reminder's calendar file download (widget-reminder.js). */
  reminder: typeof import('./reminder/download').downloadReminder;
  /** A re-check's before and after (widget-compare.js). */
  compare: ComponentType<import('./recheck/RecheckComparison').RecheckComparisonProps>;
  /** Opens a result link in the page's address or progress saved against another question list (widget-restore.js). */
  restore: typeof import('./restore/open').openStart;
}

/**
 * widget.js makes the runtime. A chunk built from modules that import this one (widget-result.js
 * uses the chunk loader) finds widget.js's on the page instead of making a second.
 */
// Preact's jsxs is jsx under another name (for children known to be an array).
export const runtime: Runtime = window.CyberScan?.runtime ?? { Component, Fragment, jsx, jsxs: jsx };

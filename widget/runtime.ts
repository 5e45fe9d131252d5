/**
 * @module What widget.js shares with the chunks it loads on demand (load-chunk.ts):
 * widget-referral.js, the referral step, widget-en.js, the English UI strings, and
 * widget-advice.js, the bank's Dutch advice. The runtime
 * holds the Preact pieces the step is built with (one Preact on the page, so the step renders
 * inside the widget's own tree) and the slots where the chunks register themselves. It sits on
 * `window.CyberScan` as a non-enumerable `runtime`, so the page sees only `mount`.
 */
import { Component, type ComponentType } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import type { Answers } from '../core/answers';
import type { BankAdvice, Lang } from '../core/bank/types';
import type { ReferralResponse } from '../core/contracts';
import type { Profile } from '../core/profile/index';
import type { UiText } from './i18n/types';

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

/**
 * Only what widget-referral.js imports: every export shared here costs bytes in widget.js.
 * The build (`sharesPreact` in build/environment.ts) maps both `preact` and `preact/jsx-runtime`
 * to this one object, and tests/widget/referral-bundle.test.ts checks that the step needs nothing more.
 */
export interface Runtime
  extends Pick<typeof import('preact'), 'Component'>,
    Pick<typeof import('preact/jsx-runtime'), 'jsx' | 'jsxs'>,
    Partial<Chunks> {}

/** What each chunk `widget-<name>.js` sets on the runtime when it runs. */
export interface Chunks {
  referral: ComponentType<ReferralStepProps>;
  en: UiText;
  /** The bank's Dutch advice (widget-advice.js); an English widget has it from the API with its bank. */
  advice: BankAdvice;
  /** The `mailto:` composer for the IT supplier (widget-supplier.js). */
  supplier: typeof import('./supplier/compose').supplierMail;
  /** The re-check reminder's calendar file download (widget-reminder.js). */
  reminder: typeof import('./reminder/download').downloadReminder;
  /** A re-check's before and after (widget-compare.js). */
  compare: ComponentType<import('./recheck/RecheckComparison').RecheckComparisonProps>;
}

// Preact's jsxs is jsx under another name (for children known to be an array).
export const runtime: Runtime = { Component, jsx, jsxs: jsx };

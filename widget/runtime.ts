/**
 * @module What widget.js shares with widget-referral.js, the referral step it loads on demand:
 * the Preact pieces the step is built with (one Preact on the page, so the step renders inside
 * the widget's own tree) and the slot where the step registers itself. It sits on
 * `window.CyberScan` as a non-enumerable `runtime`, so the page sees only `mount`.
 */
import { Component, type ComponentType } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import type { Answers } from '../core/answers';
import type { Lang } from '../core/bank/types';
import type { Profile } from '../core/profile/index';

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
}

/**
 * Only what widget-referral.js imports: every export shared here costs bytes in widget.js.
 * vite.referral.config.ts maps both `preact` and `preact/jsx-runtime` to this one object, and
 * tests/widget/referral-bundle.test.ts checks that the step needs nothing more.
 */
export interface Runtime
  extends Pick<typeof import('preact'), 'Component'>,
    Pick<typeof import('preact/jsx-runtime'), 'jsx' | 'jsxs'> {
  /** Set by widget-referral.js when it runs. */
  referral?: ComponentType<ReferralStepProps>;
}

// Preact's jsxs is jsx under another name (for children known to be an array).
export const runtime: Runtime = { Component, jsx, jsxs: jsx };

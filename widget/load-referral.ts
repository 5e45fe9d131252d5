/**
 * @module Loads the referral step on demand. It is a second script, widget-referral.js, next to
 * widget.js, so that widget.js stays within its budget: most visitors never open the step.
 */
import type { ComponentType } from 'preact';
import { runtime, type ReferralStepProps } from './runtime';

let loading: Promise<ComponentType<ReferralStepProps>> | undefined;

/**
 * Adds `<script src>` to the page once, and resolves with the step it registers. A script added
 * by script is async already: it never blocks the page. A failed load removes its script and is
 * forgotten, so that "try again" really loads again.
 */
export function loadReferralStep(src: string): Promise<ComponentType<ReferralStepProps>> {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = src;
      script.onload = script.onerror = () => {
        if (runtime.referral) return resolve(runtime.referral);
        script.remove();
        // No reason to give: the invitation says the same for every failure.
        reject();
      };
      document.head.append(script);
    });
    // Forgotten once settled as failed, also when the script's event came before this line.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/**
 * Loading widget-referral.js on demand. happy-dom runs no scripts: with
 * `handleDisabledFileLoadingAsSuccess` it fires `load` for a script tag, and the test plays the
 * script's part by registering (or not) a step on the runtime.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ReferralStepProps, Runtime } from '../../widget/runtime';

type Loader = typeof import('../../widget/load-referral');
let loader: Loader;
let runtime: Runtime;

const SRC = 'https://scan.example/widget-referral.js';
const Step = (_: ReferralStepProps) => null;
const scripts = () => [...document.head.querySelectorAll('script')];
const settings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;

beforeEach(async () => {
  // A fresh page for the loader: what it loaded is remembered per page.
  vi.resetModules();
  loader = await import('../../widget/load-referral');
  runtime = (await import('../../widget/runtime')).runtime;
  settings().handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  document.head.innerHTML = '';
  settings().handleDisabledFileLoadingAsSuccess = false;
});

describe('loading the referral step', () => {
  test('adds one script from the given address to the page, and resolves with the step it registers', async () => {
    runtime.referral = Step;
    const first = loader.loadReferralStep(SRC);
    const second = loader.loadReferralStep(SRC);
    expect(await first).toBe(Step);
    expect(await second).toBe(Step);
    expect(scripts().map((s) => s.src)).toEqual([SRC]);
  });

  test('fails when the script did not register a step, removes it, and loads it again on the next try', async () => {
    await expect(loader.loadReferralStep(SRC)).rejects.toBeUndefined();
    expect(scripts()).toEqual([]);
    runtime.referral = Step;
    expect(await loader.loadReferralStep(SRC)).toBe(Step);
    expect(scripts()).toHaveLength(1);
  });

  test('fails when the script cannot be fetched', async () => {
    settings().handleDisabledFileLoadingAsSuccess = false;
    // happy-dom reports the blocked download on its console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(loader.loadReferralStep(SRC)).rejects.toBeUndefined();
    expect(scripts()).toEqual([]);
  });
});

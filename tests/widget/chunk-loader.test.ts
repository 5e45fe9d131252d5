/**
 * Loading a chunk (widget-referral.js, widget-en.js) on demand. happy-dom runs no scripts: with
 * `handleDisabledFileLoadingAsSuccess` it fires `load` for a script tag, and the test plays the
 * script's part by registering (or not) its value on the runtime.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { en } from '../../widget/i18n/en';
import type { ReferralStepProps, Runtime } from '../../widget/runtime';

type Loader = typeof import('../../widget/load-chunk');
let loader: Loader;
let runtime: Runtime;

const Step = (_: ReferralStepProps) => null;
const scripts = () => [...document.head.querySelectorAll('script')].map((s) => s.getAttribute('src'));
const settings = () => (window as unknown as { happyDOM: { settings: { handleDisabledFileLoadingAsSuccess: boolean } } }).happyDOM.settings;

beforeEach(async () => {
  // A fresh page for the loader: what it loaded is remembered per page.
  vi.resetModules();
  loader = await import('../../widget/load-chunk');
  runtime = (await import('../../widget/runtime')).runtime;
  settings().handleDisabledFileLoadingAsSuccess = true;
});

afterEach(() => {
  document.head.innerHTML = '';
  settings().handleDisabledFileLoadingAsSuccess = false;
});

describe('loading a chunk', () => {
  test('adds one script for the chunk, next to widget.js, and resolves with what it registers', async () => {
    runtime.referral = Step;
    const first = loader.loadChunk('referral');
    const second = loader.loadChunk('referral');
    expect(await first).toBe(Step);
    expect(await second).toBe(Step);
    expect(scripts()).toEqual(['/widget-referral.js']);
  });

  test('loads each chunk from its own script, once per page', async () => {
    runtime.referral = Step;
    runtime.en = en;
    const loaded = await Promise.all([loader.loadChunk('en'), loader.loadChunk('referral'), loader.loadChunk('en')]);
    expect(loaded).toEqual([en, Step, en]);
    expect(scripts()).toEqual(['/widget-en.js', '/widget-referral.js']);
  });

  test('fails when the script did not register the chunk, removes it, and loads it again on the next try', async () => {
    await expect(loader.loadChunk('en')).rejects.toBeUndefined();
    expect(scripts()).toEqual([]);
    runtime.en = en;
    expect(await loader.loadChunk('en')).toBe(en);
    expect(scripts()).toEqual(['/widget-en.js']);
  });

  test('fails when the script cannot be fetched', async () => {
    settings().handleDisabledFileLoadingAsSuccess = false;
    // happy-dom reports the blocked download on its console; that is expected here.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(loader.loadChunk('referral')).rejects.toBeUndefined();
    expect(scripts()).toEqual([]);
  });
});

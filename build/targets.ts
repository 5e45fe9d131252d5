/**
 * @module The one list of what `npm run build` writes to dist/public: each target's entry, the
 * file it becomes, who loads it and its size budget. vite.config.ts builds from it, the worker
 * serves from it (worker/routes/built-files.ts) and tests/budget/size.test.ts checks it. Plain
 * data with no imports, so the worker may read it too.
 */

/** Where the build writes; wrangler.toml's `[assets] directory` points here. */
export const OUT_DIR = 'dist/public';

/**
 * A script that partner sites load from this host: one minified IIFE with its CSS inlined
 * (adopted as a constructable stylesheet in the shadow root, so there is no CSS file and nothing
 * for a partner's CSP to block). Any origin may load it; it is cached for five minutes.
 */
export interface PartnerScript {
  readonly kind: 'partner-script';
  /** The environment name in vite.config.ts (letters only, as Vite requires). */
  readonly name: string;
  readonly entry: string;
  /** The file name in dist/public and the URL path the worker serves it at. */
  readonly file: string;
  /** At most this many bytes after gzip -9 (tests/budget/size.test.ts). */
  readonly budget: number;
  /** Why the budget is what it is: the test and widget/README.md say it. */
  readonly budgetReason: string;
  /**
   * An on-demand chunk that renders inside widget.js's Preact tree: `preact` and
   * `preact/jsx-runtime` are read from the runtime widget.js exposes instead of bundled again.
   */
  readonly sharesPreact?: boolean;
  /**
   * Nearly every function in it runs soon after it loads (the flow's screens, the result's
   * render): V8 then compiles them all as the script loads, off the main thread, instead of each
   * on its first call, inside the click that needs it (issue 14's profile: a third to half of a
   * screen change at 4x). Marked by Chromium's explicit compile hint, a comment on the first line (build/compile-hint.ts).
   */
  readonly compileEagerly?: boolean;
}

/**
 * The script of one of this deployment's own pages: an ES module plus a real stylesheet
 * (`style-src 'self'`), both revalidated on every load because their names carry no hash.
 */
export interface PageScript {
  readonly kind: 'page-script';
  readonly name: string;
  readonly entry: string;
  readonly file: string;
  /** The stylesheet the entry's CSS imports become. */
  readonly stylesheet: string;
}

export type Target = PartnerScript | PageScript;

/** In build order. widget.js loads the chunks after it on demand (widget/load-chunk.ts). */
export const targets: readonly Target[] = [
  {
    kind: 'partner-script',
    name: 'widget',
    entry: 'widget/index.tsx',
    file: 'widget.js',
    compileEagerly: true,
    // 20 kB until the result screen became widget-result.js; on its way to 15 kB (issue 14).
    // 17.2 kB: a re-check is restored and started from a link before any chunk loads (issue 10, about 400 B).
    // 17.6 kB: a 2026.1 result link is read with that list's structure and carried over (issue 11, about 340 B).
    // 17.7 kB: the intro fetches the partner's registered name when the page names no organiser (issue 11, about 100 B).
    // 17.8 kB: saved progress is written when the page is idle, off the click (issue 14, about 50 B).
    // 16.4 kB: opening a result link or progress saved against another question list, with what is
    // said about it, moved to widget-restore.js, loaded only then (issue 14, about 1,340 B).
    // 16.5 kB: the profile's postcode field is a text field, styled with the referral's text-field rules, now shared (about 85 B).
    // 15.6 kB: scoring, the result link, the complete event and the anonymous result moved to widget-result.js (issue 14, about 860 B).
    // 15.2 kB: a sent request dated in widget-result.js, and the bank without what only scoring and statistics read (build/lean-bank.ts; issue 14, about 370 B).
    // 15 kB: the partner scripts are minified a second time, by terser (build/second-minify.ts), and answer problems are codes (issue 14, about 190 B).
    budget: 15 * 1000,
    budgetReason: 'it loads on every partner page, often on a phone, with all a Dutch visitor needs up to the last question',
  },
  {
    kind: 'partner-script',
    name: 'result',
    entry: 'widget/components/result-chunk.ts',
    file: 'widget-result.js',
    compileEagerly: true,
    // 6 kB until issue 10 added the re-check (before and after, "kom terug"), the print request line and the repeated invitation.
    // 8.5 kB: it took the result link, the complete event and the anonymous result from widget.js (issue 14, about 630 B).
    // 8.6 kB: it took the CSS only the result uses from widget.js's sheet (about 65 B), and the compile hint (21 B; issue 14).
    // 8.7 kB: the result's end waits for its top's paint (AfterPaint, about 125 B; issue 14).
    budget: 8.7 * 1000,
    budgetReason: 'the result screen loads in the background during the questions, and must be there by the result, also on a phone',
    sharesPreact: true,
  },
  {
    kind: 'partner-script',
    name: 'referral',
    entry: 'widget/referral/index.tsx',
    file: 'widget-referral.js',
    budget: 9 * 1000,
    // 8 kB until issue 12 added the bot check and the network's contact route for when sending cannot work.
    budgetReason: 'the referral step loads when a visitor opens it, then on a phone, often right away',
    sharesPreact: true,
  },
  {
    kind: 'partner-script',
    name: 'english',
    entry: 'widget/i18n/en-chunk.ts',
    file: 'widget-en.js',
    budget: 3 * 1000,
    budgetReason: 'an English widget loads its UI strings before it can show anything',
  },
  {
    kind: 'partner-script',
    name: 'advice',
    entry: 'widget/bank/advice-chunk.ts',
    file: 'widget-advice.js',
    budget: 8 * 1000,
    budgetReason: 'the Dutch advice loads in the background during the questions, and must be there by the result, also on a phone',
  },
  {
    kind: 'partner-script',
    name: 'supplier',
    entry: 'widget/supplier/index.ts',
    file: 'widget-supplier.js',
    budget: 1 * 1000,
    budgetReason: 'the e-mail to the IT supplier is composed when a visitor asks for it, often on a phone',
  },
  {
    kind: 'partner-script',
    name: 'reminder',
    entry: 'widget/reminder/index.ts',
    file: 'widget-reminder.js',
    budget: 1 * 1000,
    budgetReason: 'the re-check reminder is made when a visitor asks for it, often on a phone',
  },
  {
    kind: 'partner-script',
    name: 'compare',
    entry: 'widget/recheck/index.ts',
    file: 'widget-compare.js',
    budget: 1 * 1000,
    budgetReason: 'a re-check\'s before and after loads with its result, often on a phone',
    sharesPreact: true,
  },
  {
    kind: 'partner-script',
    name: 'restore',
    entry: 'widget/restore/index.ts',
    file: 'widget-restore.js',
    // Both languages' notices and link errors: a visitor who opens one needs one request, not two.
    budget: 4.5 * 1000,
    budgetReason: 'a result link, or progress saved against an earlier question list, opens once it has loaded, often on a phone',
  },
  { kind: 'page-script', name: 'console', entry: 'console/main.tsx', file: 'console.js', stylesheet: 'console.css' },
  { kind: 'page-script', name: 'embed', entry: 'embed/main.ts', file: 'embed.js', stylesheet: 'embed.css' },
];

/** One file the build writes, and the target that writes it. */
export interface OutputFile {
  readonly file: string;
  readonly target: Target;
}

/** Every file the build writes, each once: a target's script and, for a page, its stylesheet. */
export const outputFiles: readonly OutputFile[] = targets.flatMap((target) =>
  (target.kind === 'page-script' ? [target.file, target.stylesheet] : [target.file]).map((file) => ({ file, target })),
);

/** The target that builds `file`; throws for a file the table does not know, so a typo fails loudly. */
export function targetOf(file: string): Target {
  const target = targets.find((t) => t.file === file);
  if (!target) throw new Error(`${file} is not a build target (build/targets.ts)`);
  return target;
}

/**
 * The answer of `GET /api/v1/assessment` in one language, as a file the build writes
 * (build/assessment.ts) and the worker reads through its ASSETS binding: so the bank's advice and
 * English texts stay out of the worker's bundle (issue 14). No route serves this path itself.
 */
export const assessmentFile = (lang: string): string => `api/assessment.${lang}.json`;

/**
 * @module The question bank and profile options as widget.js carries them: the build leaves out
 * of the core's JSON what nothing in widget.js reads. Each question's `weight` and `critical` are
 * read only by scoring, which runs in widget-result.js (it bundles the whole structure);
 * `covers2018` only by the statistics on the server; a principle's `summary` by nothing in the
 * widget; the English profile labels by widget-en.js, which has its own copy. About 410 B gzip of
 * widget.js (issue 14). tests/widget/result-bundle.test.ts checks that widget.js holds no scoring,
 * and tests/widget/english-bundle.test.ts that its English labels are in widget-en.js.
 */
import type { Plugin } from 'vite';

type Json = Record<string, unknown>;

/** Removes `keys` from every item of `items` (an array or a record of objects). */
const drop = (items: unknown, ...keys: string[]): void => {
  for (const item of Object.values(items as Record<string, Json>)) for (const key of keys) delete item[key];
};

const labelsOf = (options: Json): Json[] => Object.values(options).flatMap((list) => (list as Json[]).map((o) => o.label as Json));

/** Per target of build/targets.ts (its `name`), per JSON file: what is left out of its copy. */
const LEFT_OUT: Readonly<Record<string, Readonly<Record<string, (json: Json) => void>>>> = {
  widget: {
    '/core/bank/structure.json': (bank) => drop(bank.questions, 'weight', 'critical', 'covers2018'),
    '/core/bank/text.nl.json': (texts) => drop(texts.principles, 'summary'),
    // The English labels come with widget-en.js's strings (widget/i18n/en-flow.ts).
    '/core/profile/options.json': (options) => drop(labelsOf(options), 'en'),
  },
  // widget-en.js: the English strings, and of the profile options only the English labels.
  english: { '/core/profile/options.json': (options) => drop(labelsOf(options), 'nl') },
};

/** The plugin, applied to the targets named in `LEFT_OUT`. */
export function leanBank(): Plugin {
  return {
    name: 'cyberscan:lean-bank',
    // Before Vite's own JSON plugin turns the file into a module.
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name in LEFT_OUT,
    transform(code, id) {
      const files = LEFT_OUT[this.environment.name]!;
      const file = Object.keys(files).find((name) => id.endsWith(name));
      if (!file) return null;
      const json = JSON.parse(code) as Json;
      files[file]!(json);
      return { code: JSON.stringify(json), map: null };
    },
  };
}

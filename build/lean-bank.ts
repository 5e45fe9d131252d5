/**
 * @module The question bank as widget.js carries it: the build leaves out of core/bank's JSON
 * what nothing in widget.js reads. Each question's `weight` and `critical` are read only by
 * scoring, which runs in widget-result.js (it bundles the whole structure); `covers2018` only by
 * the statistics on the server; a principle's `summary` by nothing in the widget. About 310 B gzip
 * of widget.js (issue 14). tests/widget/result-bundle.test.ts checks that widget.js holds no scoring.
 */
import type { Plugin } from 'vite';
import { targets } from './targets';

/** Per JSON file of the bank: the keys left out of each question and of each principle. */
const LEFT_OUT: Readonly<Record<string, { readonly questions?: readonly string[]; readonly principles?: readonly string[] }>> = {
  '/core/bank/structure.json': { questions: ['weight', 'critical', 'covers2018'] },
  '/core/bank/text.nl.json': { principles: ['summary'] },
};

type Items = Record<string, Record<string, unknown>> | Record<string, unknown>[];

const without = (items: Items, keys: readonly string[] = []): void => {
  for (const item of Object.values(items)) for (const key of keys) delete (item as Record<string, unknown>)[key];
};

/** The plugin, applied to the targets of build/targets.ts that set `leanBank`. */
export function leanBank(): Plugin {
  return {
    name: 'cyberscan:lean-bank',
    // Before Vite's own JSON plugin turns the file into a module.
    enforce: 'pre',
    applyToEnvironment: (environment) => targets.some((t) => t.name === environment.name && t.kind === 'partner-script' && t.leanBank),
    transform(code, id) {
      const file = Object.keys(LEFT_OUT).find((name) => id.endsWith(name));
      if (!file) return null;
      const bank = JSON.parse(code) as { questions: Items; principles: Items };
      without(bank.questions, LEFT_OUT[file]!.questions);
      without(bank.principles, LEFT_OUT[file]!.principles);
      return { code: JSON.stringify(bank), map: null };
    },
  };
}

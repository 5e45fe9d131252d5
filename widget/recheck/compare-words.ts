/** @module The comparison's own words, in both languages: they load with it, not with widget.js. */
import type { Lang } from '../../core/bank/types';

/** What the before-and-after comparison says; `{n}` is a number of points. */
export interface CompareWords {
  readonly title: string;
  readonly lead: string;
  readonly principle: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  readonly overall: string;
  readonly up: string;
  readonly down: string;
  readonly same: string;
  readonly notApplicable: string;
}

export const compareWords: Readonly<Record<Lang, CompareWords>> = {
  nl: {
    title: 'Voor en na',
    lead: 'Je vorige check naast deze. Elke stap vooruit telt.',
    principle: 'Basisprincipe',
    before: 'Vorige check',
    after: 'Nu',
    change: 'Verschil',
    overall: 'Totaal',
    up: '{n} punten hoger',
    down: '{n} punten lager',
    same: 'gelijk',
    notApplicable: 'niet van toepassing',
  },
  en: {
    title: 'Before and after',
    lead: 'Your previous check next to this one. Every step forward counts.',
    principle: 'Basic principle',
    before: 'Previous check',
    after: 'Now',
    change: 'Change',
    overall: 'Overall',
    up: '{n} points higher',
    down: '{n} points lower',
    same: 'the same',
    notApplicable: 'not applicable',
  },
};

/**
 * @module The comparison line under the score ("Bedrijven met 2 tot 9 mensen scoren gemiddeld
 * 54"), from the country's published size table. Worded here, not in the widget, so the widget
 * only asks for it and shows what it gets: a few bytes in widget.js.
 */
import type { Lang } from '../bank/types';
import type { SizeId } from '../profile';
import textJson from './comparison-text.json';

const text = textJson as {
  readonly line: Readonly<Record<Lang, string>>;
  readonly groups: Readonly<Record<SizeId, Readonly<Record<Lang, string>>>>;
};

/**
 * `GET /api/v1/comparison?size=&lang=`: the line for one size band, or null where that band's
 * group is hidden or under five (then the widget shows nothing).
 */
export interface ComparisonResponse {
  readonly line: string | null;
}

/** The line for `size` with its published `mean` over `period` (a year). */
/*#__NO_SIDE_EFFECTS__*/
export function comparisonLine(lang: Lang, size: SizeId, mean: number, period: string): string {
  return text.line[lang].replace('{group}', text.groups[size][lang]).replace('{mean}', String(Math.round(mean))).replace('{period}', period);
}

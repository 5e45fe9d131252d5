/**
 * @module The optional company profile: coarse bands only, because an exact sector and headcount
 * next to a region can identify a sole trader.
 */
import optionsJson from './options.json';
import type { Lang } from '../bank/types';

export interface ProfileOption {
  readonly id: string;
  readonly label: Readonly<Record<Lang, string>>;
}

export const SIZE_IDS = ['1', '2-9', '10-49', '50-249', '250+'] as const;
export type SizeId = (typeof SIZE_IDS)[number];

export const SECTOR_IDS = [
  'agriculture',
  'manufacturing',
  'construction',
  'retail',
  'hospitality',
  'transport',
  'business-services',
  'ict-media',
  'care',
  'education-nonprofit',
  'other',
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

/** What the visitor told about the company; every part may be skipped. */
export interface Profile {
  readonly sector?: SectorId;
  readonly size?: SizeId;
  /**
   * The company's postcode, four digits, so the result counts for its region. The worker turns it
   * into a network and a province and keeps neither the postcode nor anything derived finer.
   */
  readonly postcode?: string;
}

/** Size bands and sectors with their labels, in display order (checked against the ids in tests). */
export const profileOptions = optionsJson as {
  readonly sizes: readonly ProfileOption[];
  readonly sectors: readonly ProfileOption[];
};

/** The label of a size band or sector `id` in `lang`; an id not among `options` comes back as it is. */
export const profileLabel = (options: readonly ProfileOption[], id: string, lang: Lang = 'nl'): string =>
  options.find((o) => o.id === id)?.label[lang] ?? id;

/** A profile option with its label in one language. */
export interface ProfileChoice {
  readonly id: string;
  readonly label: string;
}

/** The size bands and sectors with their labels in `lang`, in display order: what a form in that language offers. */
/*#__NO_SIDE_EFFECTS__*/
export function profileChoices(lang: Lang): { readonly sizes: readonly ProfileChoice[]; readonly sectors: readonly ProfileChoice[] } {
  const inLang = (options: readonly ProfileOption[]) => options.map((o) => ({ id: o.id, label: o.label[lang] }));
  return { sizes: inLang(profileOptions.sizes), sectors: inLang(profileOptions.sectors) };
}

/**
 * @module A statistics answer as a spreadsheet for Dutch Excel: one figure per row, Dutch labels,
 * decimal commas; `;`, BOM and formula defusing come from the console's shared format
 * (csv-format.ts). Written from the same answer as the JSON, so every hidden
 * figure is hidden here too.
 */
import { bankTextsNl } from '../../core/bank';
import { profileLabel, profileOptions } from '../../core/profile';
import { BAND_LABEL } from '../../core/referral-labels';
import {
  CHECK_KIND_LABEL, SUPPRESSED, UNKNOWN_CATEGORY, type CheckKind, type PublishedTable, type ReportedCount, type StatisticsResponse,
} from '../../core/statistics';
import { csvDocument, csvNumber, type CsvValue } from './csv-format';

const HEADER = ['Onderdeel', 'Omschrijving', 'Aantal', 'Gemiddelde score'] as const;

type Row = readonly [section: string, name: string, count: CsvValue, mean: CsvValue];

/** A colour as the console names it, in lower case mid-sentence; anything else as it came. */
const band = (id: string) => (BAND_LABEL as Readonly<Record<string, string>>)[id]?.toLowerCase() ?? id;
const label = (options: typeof profileOptions.sizes) => (id: string) =>
  id === UNKNOWN_CATEGORY ? 'niet ingevuld' : profileLabel(options, id);

/** A number as Dutch Excel reads it: a decimal comma. `<5` stays text. */
const dutch = (value: ReportedCount | number | null | undefined): CsvValue =>
  value === null || value === undefined ? null : value === SUPPRESSED ? SUPPRESSED : csvNumber(value);

function tableRows(section: string, table: PublishedTable, name: (id: string) => string): Row[] {
  return [
    ...table.rows.map((r): Row => [section, name(r.id), dutch(r.count), r.mean === undefined ? null : dutch(r.mean)]),
    ...(table.pooled === null ? [] : [[section, `overige samen (${table.pooled.ids.map(name).join(', ')})`, dutch(table.pooled.count), null] as Row]),
  ];
}

function rows(report: StatisticsResponse): Row[] {
  const partner = (id: string) => report.partnerNames[id] ?? id;
  return [
    ['Gebied', report.area, null, null],
    ['Periode', report.period, null, null],
    ['Uitleg', `${SUPPRESSED}: minder dan ${report.minGroupSize} bedrijven, of verborgen zodat een kleine groep niet uit te rekenen is`, null, null],
    ['Ingevulde checks', 'totaal', dutch(report.results), null],
    // Counts, colours, sectors, sizes and means add up the checks of every version listed here.
    ['Vragenlijst', report.mixes.length > 1 ? `telt ${report.mixes.join(' en ')} samen` : report.mixes.join(''), null, null],
    ...tableRows('Vragenlijstversie', report.versions, (id) => id),
    ...tableRows('Kleur', report.bands, band),
    ...tableRows('Sector', report.sectors, label(profileOptions.sectors)),
    ...tableRows('Grootte', report.sizes, label(profileOptions.sizes)),
    ...tableRows('Partnersite', report.partners, partner),
    ...report.principles.map((p): Row => ['Basisprincipe', bankTextsNl.principles[p.id].title, null, dutch(p.mean)]),
    ...report.questions.flatMap((q): Row[] => {
      const asked = bankTextsNl.questions[q.questionId]?.text ?? q.questionId;
      // A count that may mix answers to two versions of the question list says so.
      const text = q.versions.length > 1 ? `${asked} (vragenlijst ${q.versions.join(' en ')})` : asked;
      return [['Vraag: nee', text, dutch(q.no), null], ['Vraag: weet ik niet', text, dutch(q.unknown), null]];
    }),
    ['Aanvragen voor een scan', 'totaal', dutch(report.referrals), null],
    ...tableRows('Aanvragen per partnersite', report.referralPartners, partner),
    // Whether businesses improve: the mean score per kind of check, and now per earlier colour.
    ...tableRows('Soort check', report.checkKinds, (id) => CHECK_KIND_LABEL[id as CheckKind] ?? id),
    ['Herchecks', 'totaal', dutch(report.rechecks), null],
    ...tableRows('Hercheck: kleur van de vorige check', report.previousBands, band),
  ];
}

/** The whole file. */
export const statisticsCsv = (report: StatisticsResponse): string => csvDocument(HEADER, rows(report));

/**
 * @module A statistics answer as CSV rows: one figure per row, so a spreadsheet can filter and
 * chart it. Written from the same {@link StatisticsResponse} as the JSON, so every suppressed
 * figure is suppressed here too; the file format (`;`, BOM, formula defusing) is the console's
 * shared one (network-referrals-csv-format.ts).
 */
import { bankTextsNl } from '../../core/bank';
import type { PrincipleId } from '../../core/bank/types';
import type { StatisticsResponse } from '../../core/statistics';
import { csvDocument, type CsvValue } from './network-referrals-csv-format';

/** Dutch headers and section names, as the referrals export: the file is for a network's staff. */
const HEADER = ['onderdeel', 'id', 'naam', 'waarde'] as const;

type Row = readonly [section: string, id: string, name: string, value: CsvValue];

const principleTitle = (id: PrincipleId) => bankTextsNl.principles[id].title;
const questionText = (id: string) => bankTextsNl.questions[id]?.text ?? '';

function rows(report: StatisticsResponse): Row[] {
  const { filters, bands } = report;
  return [
    ['filter', 'from', 'vanaf maand', filters.from],
    ['filter', 'to', 'tot en met maand', filters.to],
    ['filter', 'network', 'netwerk', filters.network ?? 'landelijk'],
    ['filter', 'partner', 'partner', filters.partner ?? 'alle'],
    ['filter', 'sector', 'sector', filters.sector ?? 'alle'],
    ['filter', 'size', 'grootte', filters.size ?? 'alle'],
    ['regel', 'min-group-size', 'kleinste getoonde groep', report.minGroupSize],
    ['totaal', 'results', 'ingevulde scans', report.total],
    ...(bands === null ? [] : (['green', 'orange', 'red'] as const).map((band): Row => ['kleur', band, band, bands[band]])),
    ...report.principles.map((p): Row => ['principe-gemiddelde', p.id, principleTitle(p.id), p.mean]),
    ...report.topGaps.map((g): Row => ['knelpunt', g.questionId, questionText(g.questionId), g.count]),
    ...report.conversion.flatMap((c): Row[] => [
      ['conversie-scans', c.partnerId, c.partnerName, c.assessments],
      ['conversie-aanvragen', c.partnerId, c.partnerName, c.referrals],
      ['conversie-ratio', c.partnerId, c.partnerName, c.rate],
    ]),
    ...report.bankVersions.map((version): Row => ['vragenlijstversie', version, '', null]),
  ];
}

/** The whole file. */
export const statisticsCsv = (report: StatisticsResponse): string => csvDocument(HEADER, rows(report));

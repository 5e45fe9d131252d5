/**
 * @module One statistics answer: how many scans, their colours, the mean per principle, the most
 * frequent gaps and what each partner's widget brought in. Every figure as the API reported it,
 * suppression included: nothing here computes a figure the API left out.
 */
import { bankStructure, bankTextsNl } from '../../core/bank';
import { SUPPRESSED, type StatisticsResponse } from '../../core/statistics';
import { BAND_LABEL } from '../text';
import { BarChart, type Bar } from './BarChart';
import { Conversion } from './Conversion';
import { SUPPRESSED_TEXT, countValue, formatCount, formatMean, formatRate } from './figures';
import { TopGaps } from './TopGaps';

const BANDS = ['green', 'orange', 'red'] as const;

function bandBars(report: StatisticsResponse): Bar[] {
  const total = report.total === SUPPRESSED ? 0 : report.total;
  return BANDS.map((band) => {
    const count = report.bands?.[band] ?? SUPPRESSED;
    const value = countValue(count);
    const share = value === null || total === 0 ? '' : ` (${formatRate(value / total)})`;
    return { key: band, label: BAND_LABEL[band], value, text: `${formatCount(count)}${share}`, tone: `band-${band}` };
  });
}

const principleBars = (report: StatisticsResponse): Bar[] =>
  report.principles.map((p) => ({ key: p.id, label: bankTextsNl.principles[p.id].title, value: p.mean, text: formatMean(p.mean) }));

export function StatisticsReport({ report }: { report: StatisticsResponse }) {
  if (report.total === SUPPRESSED) {
    return (
      <section aria-labelledby="total-title">
        <h2 id="total-title">Ingevulde scans</h2>
        <p class="total">{SUPPRESSED_TEXT}</p>
        <p>Te weinig scans in deze selectie om iets te laten zien. Kies een langere periode of minder filters.</p>
      </section>
    );
  }
  return (
    <>
      <section aria-labelledby="total-title">
        <h2 id="total-title">Ingevulde scans</h2>
        <p class="total">{formatCount(report.total)}</p>
        {report.bankVersions.length > 1 && (
          <p class="notice">
            Deze cijfers gaan over meer dan één versie van de vragenlijst ({report.bankVersions.join(', ')}); de huidige is{' '}
            {bankStructure.version}.
          </p>
        )}
      </section>
      <section aria-labelledby="bands-title">
        <h2 id="bands-title">Uitkomst per kleur</h2>
        <BarChart title="Aantal scans per kleur" bars={bandBars(report)} max={report.total} valueHeader="Aantal scans" />
      </section>
      <section aria-labelledby="principles-title">
        <h2 id="principles-title">Gemiddelde score per basisprincipe</h2>
        <BarChart title="Gemiddelde score (0 tot 100) per basisprincipe" bars={principleBars(report)} max={100} valueHeader="Gemiddelde score" />
      </section>
      <TopGaps gaps={report.topGaps} />
      <Conversion conversion={report.conversion} />
    </>
  );
}

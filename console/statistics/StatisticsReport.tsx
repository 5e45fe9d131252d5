/**
 * @module One published period of one area: checks and their colours, the sector, size and
 * partner tables, the checks per version of the question list (and which versions each figure
 * mixes), the mean per principle, "no" and "don't know" per question, the referrals, and first
 * checks beside re-checks.
 * Every figure as the API published it: nothing here computes a figure the API left out.
 */
import { bankTextsNl } from '../../core/bank';
import { profileLabel, profileOptions, type ProfileOption } from '../../core/profile';
import { SUPPRESSED, UNKNOWN_CATEGORY, type StatisticsResponse } from '../../core/statistics';
import { BAND_LABEL } from '../text';
import { BarChart, type Bar } from './BarChart';
import { CountTable, PooledLine } from './CountTable';
import { countValue, formatCount, formatMean } from './figures';
import { QuestionGaps } from './QuestionGaps';
import { RecheckFigures } from './RecheckFigures';
import { VersionMix } from './VersionMix';

const optionLabel = (options: readonly ProfileOption[]) => (id: string) =>
  id === UNKNOWN_CATEGORY ? 'Niet ingevuld' : profileLabel(options, id);

const bandLabel = (id: string) => BAND_LABEL[id as 'green'] ?? id;

function bandBars(report: StatisticsResponse): Bar[] {
  return report.bands.rows.map((row) => ({
    key: row.id, label: bandLabel(row.id), value: countValue(row.count), text: formatCount(row.count), tone: `band-${row.id}`,
  }));
}

const principleBars = (report: StatisticsResponse): Bar[] =>
  report.principles.map((p) => ({ key: p.id, label: bankTextsNl.principles[p.id].title, value: p.mean, text: formatMean(p.mean) }));

export function StatisticsReport({ report }: { report: StatisticsResponse }) {
  const partner = (id: string) => report.partnerNames[id] ?? id;
  const total = report.results === SUPPRESSED ? 0 : report.results;
  return (
    <>
      <section aria-labelledby="total-title">
        <h2 id="total-title">Ingevulde checks</h2>
        <p class="total">{formatCount(report.results)}</p>
        <VersionMix mixes={report.mixes} />
        <h2 id="referrals-title">Aanvragen voor een scan</h2>
        <p class="total" aria-labelledby="referrals-title">
          {formatCount(report.referrals)}
        </p>
      </section>
      <section aria-labelledby="bands-title">
        <h2 id="bands-title">Uitkomst per kleur</h2>
        <BarChart title="Aantal checks per kleur" bars={bandBars(report)} max={total} valueHeader="Aantal checks" />
        <PooledLine table={report.bands} label={bandLabel} />
        <VersionMix mixes={report.mixes} />
      </section>
      <section aria-labelledby="principles-title">
        <h2 id="principles-title">Gemiddelde score per basisprincipe</h2>
        <BarChart title="Gemiddelde score (0 tot 100) per basisprincipe" bars={principleBars(report)} max={100} valueHeader="Gemiddelde score" />
        <VersionMix mixes={report.mixes} />
      </section>
      <CountTable id="sectors" title="Per sector" table={report.sectors} label={optionLabel(profileOptions.sectors)} />
      <CountTable id="sizes" title="Per bedrijfsgrootte" table={report.sizes} label={optionLabel(profileOptions.sizes)} withMean />
      <CountTable id="versions" title="Ingevulde checks per versie van de vragenlijst" table={report.versions} label={(id) => `Vragenlijst ${id}`} />
      <CountTable id="partners" title="Ingevulde checks per partnersite" table={report.partners} label={partner} />
      <CountTable id="referral-partners" title="Aanvragen per partnersite" table={report.referralPartners} label={partner} />
      <RecheckFigures report={report} />
      <QuestionGaps questions={report.questions} />
    </>
  );
}

/**
 * @module Whether businesses improve: first checks beside re-checks (started by the entrepreneur,
 * or after the students' scan on the network's invitation), each with its mean score, and the
 * re-checks by the colour of the check they started from, with their mean score now. For a
 * network's funders; hidden figures read "< 5" like every other table.
 */
import { CHECK_KIND_LABEL, type CheckKind, type StatisticsResponse } from '../../core/statistics';
import { BAND_LABEL } from '../text';
import { CountTable } from './CountTable';
import { formatCount } from './figures';

const kindLabel = (id: string) => CHECK_KIND_LABEL[id as CheckKind] ?? id;
const bandLabel = (id: string) => BAND_LABEL[id as 'green'] ?? id;

export function RecheckFigures({ report }: { report: StatisticsResponse }) {
  return (
    <section aria-labelledby="rechecks-title" class="rechecks">
      <h2 id="rechecks-title">Herchecks: gaan bedrijven vooruit?</h2>
      <p>
        Een hercheck is de check die een bedrijf opnieuw doet, vanaf zijn vorige antwoorden. Hij zegt alleen welke kleur de vorige
        check had en of hij na de scan kwam, geen datum of score: twee checks van één bedrijf zijn niet aan elkaar te koppelen.
      </p>
      <p>
        Herchecks in totaal: <strong>{formatCount(report.rechecks)}</strong>
      </p>
      <CountTable id="check-kinds" title="Eerste checks en herchecks" table={report.checkKinds} label={kindLabel} withMean />
      <CountTable
        id="previous-bands"
        title="Herchecks per kleur van de vorige check"
        table={report.previousBands}
        label={bandLabel}
        withMean
        meanHeader="Gemiddelde score nu"
      />
    </section>
  );
}

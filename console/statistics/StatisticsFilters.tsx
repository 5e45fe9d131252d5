/**
 * @module The statistics picker: a fixed period (a month, a quarter or a year: statistics answer
 * nothing else) and, for an admin, the area. Applied with a button, so two choices cost one request.
 */
import { useState } from 'preact/hooks';
import { PROVINCE_IDS } from '../../core/regions';
import type { PublicNetwork } from '../../core/routing';
import type { PeriodKind } from '../../core/statistics';
import { periodChoices, periodLabel, type StatisticsQuery } from './query';

interface StatisticsFiltersProps {
  readonly initial: StatisticsQuery;
  /** The networks an admin may choose; null for a network token (its own network only). */
  readonly networks: readonly PublicNetwork[] | null;
  readonly onApply: (query: StatisticsQuery) => void;
}

const KINDS: readonly (readonly [PeriodKind, string])[] = [['month', 'Maand'], ['quarter', 'Kwartaal'], ['year', 'Jaar']];

const provinceName = (id: string) => id.split('-').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('-');

export function StatisticsFilters({ initial, networks, onApply }: StatisticsFiltersProps) {
  const [draft, setDraft] = useState(initial);
  const today = new Date();
  const chooseKind = (kind: PeriodKind) => setDraft({ ...draft, kind, period: periodChoices(kind, today)[0]! });
  const submit = (event: Event) => {
    event.preventDefault();
    onApply(draft);
  };
  return (
    <form class="filters statistics-filters" onSubmit={submit}>
      <p class="field">
        <label for="period-kind">Soort periode</label>
        <select id="period-kind" value={draft.kind} onInput={(e) => chooseKind((e.currentTarget as HTMLSelectElement).value as PeriodKind)}>
          {KINDS.map(([kind, label]) => (
            <option value={kind}>{label}</option>
          ))}
        </select>
      </p>
      <p class="field">
        <label for="period">Periode</label>
        <select id="period" value={draft.period} onInput={(e) => setDraft({ ...draft, period: (e.currentTarget as HTMLSelectElement).value })}>
          {periodChoices(draft.kind, today).map((period) => (
            <option value={period}>{periodLabel(period)}</option>
          ))}
        </select>
      </p>
      {networks && (
        <p class="field">
          <label for="area">Gebied</label>
          <select id="area" value={draft.area} onInput={(e) => setDraft({ ...draft, area: (e.currentTarget as HTMLSelectElement).value })}>
            <option value="">Heel Nederland</option>
            <optgroup label="Netwerken">
              {networks.map((n) => (
                <option value={`network:${n.id}`}>{n.name}</option>
              ))}
            </optgroup>
            <optgroup label="Provincies">
              {PROVINCE_IDS.map((id) => (
                <option value={`province:${id}`}>{provinceName(id)}</option>
              ))}
            </optgroup>
          </select>
        </p>
      )}
      <button type="submit">Toon statistieken</button>
    </form>
  );
}

/**
 * @module The statistics filters: period, sector and size band (core/profile), one partner's
 * widget, and for an admin the network. Applied with a button, so that choosing three filters costs one request.
 */
import { useRef, useState } from 'preact/hooks';
import { profileOptions } from '../../core/profile';
import type { PublicNetwork } from '../../core/routing';
import { queryProblem, type StatisticsQuery } from './query';

interface StatisticsFiltersProps {
  readonly initial: StatisticsQuery;
  /** The networks an admin may choose; null for a network token (its own network only). */
  readonly networks: readonly PublicNetwork[] | null;
  readonly onApply: (query: StatisticsQuery) => void;
}

export function StatisticsFilters({ initial, networks, onApply }: StatisticsFiltersProps) {
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<ReturnType<typeof queryProblem>>(null);
  const fields = { from: useRef<HTMLInputElement>(null), partner: useRef<HTMLInputElement>(null) };
  const bind = (name: keyof StatisticsQuery) => ({
    name,
    value: draft[name],
    onInput: (event: Event) => setDraft({ ...draft, [name]: (event.currentTarget as HTMLInputElement).value }),
  });

  const submit = (event: Event) => {
    event.preventDefault();
    const found = queryProblem(draft);
    setProblem(found);
    if (found) fields[found.field].current?.focus();
    else onApply(draft);
  };

  return (
    <form class="filters statistics-filters" onSubmit={submit} noValidate>
      <p class="field">
        <label for="from">Van maand</label>
        <input ref={fields.from} id="from" type="month" {...bind('from')} aria-describedby="filter-problem" aria-invalid={problem?.field === 'from' ? 'true' : 'false'} />
      </p>
      <p class="field">
        <label for="to">Tot en met maand</label>
        <input id="to" type="month" {...bind('to')} aria-describedby="filter-problem" aria-invalid={problem?.field === 'from' ? 'true' : 'false'} />
      </p>
      <p class="field">
        <label for="sector">Sector</label>
        <select id="sector" {...bind('sector')}>
          <option value="">Alle sectoren</option>
          {profileOptions.sectors.map((o) => (
            <option value={o.id}>{o.label.nl}</option>
          ))}
          <option value="unknown">Niet opgegeven</option>
        </select>
      </p>
      <p class="field">
        <label for="size">Grootte</label>
        <select id="size" {...bind('size')}>
          <option value="">Alle groottes</option>
          {profileOptions.sizes.map((o) => (
            <option value={o.id}>{o.label.nl}</option>
          ))}
          <option value="unknown">Niet opgegeven</option>
        </select>
      </p>
      {networks && (
        <p class="field">
          <label for="network-filter">Netwerk</label>
          <select id="network-filter" {...bind('network')}>
            <option value="">Heel Nederland</option>
            {networks.map((n) => (
              <option value={n.id}>{n.name}</option>
            ))}
            <option value="unassigned">Partners zonder vast netwerk</option>
          </select>
        </p>
      )}
      <p class="field">
        <label for="partner">Partner-id (niet verplicht)</label>
        <input ref={fields.partner} id="partner" autocomplete="off" spellcheck={false} {...bind('partner')} aria-describedby="filter-problem" aria-invalid={problem?.field === 'partner' ? 'true' : 'false'} />
      </p>
      <p class="error" id="filter-problem" role="alert">
        {problem?.message}
      </p>
      <button type="submit">Toon statistieken</button>
    </form>
  );
}

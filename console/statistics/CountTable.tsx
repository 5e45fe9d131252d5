/** @module One published one-way table (sector, size, partner site, ...): its rows and "overige". */
import type { PublishedTable } from '../../core/statistics';
import { formatCount, formatMean } from './figures';

interface CountTableProps {
  readonly id: string;
  readonly title: string;
  readonly table: PublishedTable;
  readonly label: (id: string) => string;
  /** Shows the rows' mean overall score (the size and re-check tables have one). */
  readonly withMean?: boolean;
  /** The mean's column header. */
  readonly meanHeader?: string;
}

/** "Overige samen": the hidden categories added up, shown where the total is shown. */
export function PooledLine({ table, label }: { table: PublishedTable; label: (id: string) => string }) {
  if (table.pooled === null) return null;
  return (
    <p class="pooled">
      Overige samen ({table.pooled.ids.map(label).join(', ')}): {formatCount(table.pooled.count)}
    </p>
  );
}

export function CountTable({ id, title, table, label, withMean = false, meanHeader = 'Gemiddelde score' }: CountTableProps) {
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <table class="counts">
        <caption class="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">Categorie</th>
            <th scope="col">Aantal</th>
            {withMean && <th scope="col">{meanHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{label(row.id)}</th>
              <td>{formatCount(row.count)}</td>
              {withMean && <td>{formatMean(row.mean)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      <PooledLine table={table} label={label} />
    </section>
  );
}

/** A re-check's before and after: overall with its colour, and every principle, earlier next to now. */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { bankStructure, bankTextsNl } from '../../core/bank/index';
import { scoreAssessment } from '../../core/scoring';
import { nl } from '../../widget/i18n/nl';
import { RecheckComparison } from '../../widget/recheck/RecheckComparison';

const principles = bankStructure.principles.map((id) => ({ id, ...bankTextsNl.principles[id] }));
const firstPrinciple = bankStructure.principles[0]!;
// Everything done but the first principle, which is done since.
const after = Object.fromEntries(bankStructure.questions.map((q) => [q.id, 'yes' as const]));
const before = { ...after, ...Object.fromEntries(bankStructure.questions.filter((q) => q.principle === firstPrinciple).map((q) => [q.id, 'no' as const])) };

afterEach(cleanup);
const bandNames = { green: nl.result.bands.green.name, orange: nl.result.bands.orange.name, red: nl.result.bands.red.name };

describe('before and after a re-check', () => {
  const [was, now] = [scoreAssessment(bankStructure, before), scoreAssessment(bankStructure, after)];

  test('shows the overall score and colour of the earlier check next to this one', () => {
    render(<RecheckComparison lang="nl" principles={principles} before={was} after={now} bandNames={bandNames} />);
    const row = screen.getByRole('row', { name: /^Totaal/ });
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual([`${was.overall} (${bandNames[was.band]})`, '100 (Groen)', `${100 - was.overall} punten hoger`]);
  });

  test('shows every principle, earlier next to now, with what changed', () => {
    render(<RecheckComparison lang="nl" principles={principles} before={was} after={now} bandNames={bandNames} />);
    expect(screen.getAllByRole('row')).toHaveLength(1 + 1 + principles.length);
    const improved = screen.getByRole('row', { name: new RegExp(`^${principles[0]!.title}`) });
    expect(within(improved).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['0', '100', '100 punten hoger']);
    const unchanged = screen.getByRole('row', { name: new RegExp(`^${principles[1]!.title}`) });
    expect(within(unchanged).getAllByRole('cell').at(-1)!.textContent).toBe('gelijk');
  });
});

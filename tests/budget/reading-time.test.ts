/**
 * Five minutes is a budget, not a slogan. This counts every word a Dutch visitor reads on the way
 * from the intro to the result, at 200 words per minute, plus 5 seconds per question to think and
 * click. Optional texts (the "why" behind the help toggle, the folded question for an IT supplier,
 * all advice after the top three) are not
 * on the path; the top three actions are taken at their longest, so the figure is a worst case.
 * Chrome that repeats unchanged on every question screen (the answer labels, Back and Next) is
 * read once; the progress line on every screen; a principle's title when the principle changes.
 */
import { describe, expect, it } from 'vitest';
import { bankAdviceNl, bankStructure, bankTextsNl } from '../../core/bank';
import { localiseBank } from '../../core/bank/localise';
import { isShown } from '../../core/bank/visibility';
import { SECTOR_IDS, SIZE_IDS, profileOptions, type Profile } from '../../core/profile';
import { TOP_ACTIONS } from '../../core/scoring';
import { nl } from '../../widget/i18n/nl';

const WORDS_PER_MINUTE = 200;
const SECONDS_PER_QUESTION = 5;
const BUDGET_SECONDS = 5 * 60;

const words = (...texts: string[]): number => texts.join(' ').split(/\s+/).filter(Boolean).length;

const bank = localiseBank(bankStructure, bankTextsNl, bankAdviceNl);

/** Every profile a visitor can give, skipped parts included: each shows its own questions. */
const profiles: Profile[] = [undefined, ...SECTOR_IDS].flatMap((sector) =>
  [undefined, ...SIZE_IDS].map((size) => ({ ...(sector && { sector }), ...(size && { size }) })),
);

function wordsOnPath(questionsShown: typeof bank.questions): number {
  // The intro names who offers the check in one of two ways; the longer one is counted. "Nu
  // getroffen?" is folded: only its title is on the path.
  const organiser = Math.max(words(nl.intro.organiser), words(nl.intro.organiserNamed));
  const intro =
    organiser + words(nl.intro.title, nl.intro.lead, ...nl.intro.facts, nl.intro.statistics, nl.intro.privacy, nl.intro.hitNow.title, nl.intro.start);
  const profile = words(
    nl.profile.title, nl.profile.lead, nl.profile.sector, nl.profile.size, nl.profile.skip,
    ...profileOptions.sectors.map((s) => s.label.nl), ...profileOptions.sizes.map((s) => s.label.nl),
  );
  const chrome = words(...Object.values(nl.answers), nl.nav.back, nl.nav.next);
  const questions =
    chrome +
    bank.principles.reduce((sum, p) => sum + words(p.title), 0) +
    questionsShown.reduce((sum, q) => sum + words(nl.question.progress, q.text), 0);
  const longestBand = Math.max(...Object.values(nl.result.bands).map((b) => words(b.name, b.meaning)));
  // The invitation to a scan sits on the result, worded per band: the longest is counted.
  const invitation = Math.max(...Object.values(nl.referral.invite).map((text) => words(text))) + words(nl.referral.open);
  const actionWords = questionsShown
    .map((q) => words(q.text, nl.result.askSupplier) + Math.max(words(q.advice.no), words(q.advice.partial ?? ''), words(q.advice.unknown)))
    .sort((a, b) => b - a)
    .slice(0, TOP_ACTIONS)
    .reduce((a, b) => a + b, 0);
  const result =
    longestBand +
    invitation +
    actionWords +
    words(nl.result.title, '100', nl.result.outOf, nl.result.criticalGapNote, nl.result.disclaimer, nl.result.chartTitle, nl.result.topActions, nl.result.unknownHint) +
    bank.principles.reduce((sum, p) => sum + words(p.title, '100'), 0);
  return intro + profile + questions + result;
}

describe('the five-minute promise', () => {
  it('lets a Dutch visitor read from intro to result within five minutes, on the longest profile path', () => {
    const paths = profiles.map((profile) => {
      const shown = bank.questions.filter((q) => isShown(q, profile));
      const wordCount = wordsOnPath(shown);
      return { wordCount, count: shown.length, seconds: (wordCount / WORDS_PER_MINUTE) * 60 + shown.length * SECONDS_PER_QUESTION };
    });
    const worst = paths.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    const shortest = paths.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    console.log(`reading time (nl, worst case): ${worst.wordCount} words + ${worst.count} questions = ${Math.round(worst.seconds)} s of ${BUDGET_SECONDS} s; shortest profile path ${shortest.count} questions, ${Math.round(shortest.seconds)} s`);
    expect(worst.seconds).toBeLessThanOrEqual(BUDGET_SECONDS);
  });
});

/**
 * @module The result: score and band, then at once the invitation to a scan (on a phone it must
 * not sit screens below), how others score, the chart, first steps, all advice, print and start
 * again. One primary button: the invitation's. Everything after how others score renders once the
 * top is painted (AfterPaint), in a task of its own.
 */
import type { ComponentChildren } from 'preact';
import type { Answers } from '../../core/answers';
import type { BankAdvice, QuestionBank } from '../../core/bank/types';
import { TOP_ACTIONS, type Assessment } from '../../core/scoring';
import { fill } from '../../core/fill';
import { localDate, longDate } from '../long-date';
import type { UiText } from '../i18n/types';
import { AfterPaint } from './AfterPaint';
import { AdviceByPrinciple } from './AdviceByPrinciple';
import { AdviceItem } from './AdviceItem';
import { RestartButton } from './RestartButton';
import { SupplierButton } from './SupplierButton';
import { ScoreChart } from './ScoreChart';
import { ScoreSummary } from './ScoreSummary';

/** What the result shows: the bank's texts with its advice, the answers and their score. */
export interface ResultScreenProps {
  readonly bank: QuestionBank;
  /** Absent while widget-advice.js loads or after it failed: `adviceStatus` stands in its place. */
  readonly advice: BankAdvice | undefined;
  /** Says the advice is loading or could not load, with a way to try again. */
  readonly adviceStatus?: ComponentChildren;
  readonly answers: Answers;
  readonly assessment: Assessment;
  readonly text: UiText['result'];
  readonly onPrint: () => void;
  readonly onRestart: () => void;
  /** The referral call-to-action: right under the score summary, where the urge to act is highest. */
  readonly referral?: ComponentChildren;
  /** The result link (linked-progress.ts): written out, so that it prints too. */
  readonly link: string;
  /** How similar companies score, right under the score. */
  readonly comparison?: ComponentChildren;
  /** Who offers the check (the `organiser` attribute); the header names the site without it. */
  readonly organiser?: string | undefined;
  /** A re-check's before and after, under the invitation. */
  readonly recheck?: ComponentChildren;
  /** After a sent request: the network and the reference on paper. */
  readonly printRequest?: ComponentChildren;
  /** The invitation again, at the end of the result (never a second primary button). */
  readonly inviteAgain?: ComponentChildren;
  /** "Kom terug en vergelijk": the reminder and the re-check. */
  readonly comeBack?: ComponentChildren;
}

export function ResultScreen(props: ResultScreenProps) {
  const { bank, advice, adviceStatus, answers, assessment, text, onPrint, onRestart, referral, comparison, link, organiser } = props;
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const top = assessment.actions.slice(0, TOP_ACTIONS);
  return (
    // Inside ResultSlot's section, under its heading.
    <>
      <p class="print-only">
        {fill(organiser ? text.printHeaderBy : text.printHeader, {
          date: longDate(bank.lang, localDate(new Date())),
          version: bank.version,
          site: organiser ?? location.hostname,
        })}
      </p>
      {props.printRequest}
      <ScoreSummary assessment={assessment} questions={questions} text={text} />
      {referral}
      {props.recheck}
      {comparison}
      {/* The rest, in a task of its own once the score and the invitation are painted. */}
      <AfterPaint>
        <ScoreChart principles={bank.principles} scores={assessment.principles} text={text} />
        <h3>{text.topActions}</h3>
        {!advice ? (
          adviceStatus
        ) : top.length === 0 ? (
          <p>{text.noActions}</p>
        ) : (
          <ol>
            {top.map((id) => (
              <AdviceItem key={id} question={questions.get(id)!} advice={advice.questions[id]!} answer={answers[id]} text={text} />
            ))}
          </ol>
        )}
        {assessment.unknownCount >= 2 && (
          <p class="hint">{fill(text.unknownHint, { count: assessment.unknownCount })}</p>
        )}
        {advice && <AdviceByPrinciple bank={bank} advice={advice} questions={questions} answers={answers} actions={assessment.actions} text={text} />}
        {props.inviteAgain}
        {props.comeBack}
        <h3>{text.keepTitle}</h3>
        <p>{text.keepLead}</p>
        <p class="result-link">
          <a href={link}>{link}</a>
        </p>
        <div class="nav">
          <button type="button" part="button" onClick={onPrint}>
            {text.print}
          </button>
          {advice && top.length > 0 && (
            <SupplierButton text={text} mail={{ lang: bank.lang, questions, advice, answers, actions: assessment.actions, link }} />
          )}
          <RestartButton text={text} onRestart={onRestart} />
        </div>
      </AfterPaint>
    </>
  );
}

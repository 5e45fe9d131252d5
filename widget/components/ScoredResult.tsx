/**
 * @module What widget-result.js registers for the flow: the result scored once per render, with its
 * link, a sent request dated, and, when the visitor has just finished the last question, the `cyberscan:complete` event
 * and the anonymous result, from that same score. In the chunk, so that widget.js carries no
 * scoring (issue 14): the chunk is preloaded during the questions and normally here by the click.
 */
import { Component } from 'preact';
import { bankStructure } from '../../core/bank/index';
import { scoreAssessment, type Assessment } from '../../core/scoring';
import { sendAnonymousResult } from '../anonymous-result';
import { announceComplete } from '../events';
import { localDate } from '../long-date';
import type { FlowResultProps } from '../runtime';
import { resultLink } from '../state/linked-progress';
import { ResultView } from './ResultView';

export class ScoredResult extends Component<FlowResultProps> {
  // The score this render showed: the event announces exactly what the visitor sees.
  private assessment!: Assessment;

  /**
   * Once per completion: the flow hands `onComplete` only until it is called, so re-rendering,
   * resuming a saved result or opening a result link never repeats the event or the sending.
   */
  override componentDidMount(): void {
    const { onComplete, options, progress } = this.props;
    if (!onComplete) return;
    announceComplete(options.host, bankStructure.version, this.assessment);
    onComplete(options.stats !== 'off' && !progress.submissionId ? sendAnonymousResult(options, progress) : undefined);
  }

  override render({ onComplete: _, ...props }: FlowResultProps) {
    const { answers } = props.progress;
    this.assessment = scoreAssessment(bankStructure, answers);
    return (
      <ResultView
        {...props}
        assessment={this.assessment}
        link={resultLink(bankStructure, answers)}
        onSent={(referral) => props.onSent({ ...referral, sentOn: localDate(new Date()) })}
      />
    );
  }
}

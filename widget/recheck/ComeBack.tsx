/**
 * @module "Kom terug en vergelijk" on the result: a calendar reminder for three months from now
 * (widget-reminder.js, loaded on first use) whose link starts the re-check, and the re-check
 * itself, now. Screen-only: on paper the result link stands in for both.
 */
import { Component } from 'preact';
import type { Lang } from '../../core/bank/types';
import { loadChunk } from '../load-chunk';
import { recheckWords } from './recheck-words';

interface ComeBackProps {
  readonly lang: Lang;
  /** The link that starts a re-check from this result (linked-progress.ts `recheckLink`). */
  readonly recheckLink: string;
  readonly onRecheck: () => void;
}

export class ComeBack extends Component<ComeBackProps, { status?: string }> {
  private readonly remind = () => {
    const words = recheckWords[this.props.lang];
    loadChunk('reminder').then(
      (download) => {
        download(words.reminder, this.props.recheckLink);
        this.setState({ status: words.reminded });
      },
      () => this.setState({ status: words.remindFailed }),
    );
  };

  override render({ lang, onRecheck }: ComeBackProps, { status }: { status?: string }) {
    const words = recheckWords[lang];
    return (
      <div class="come-back">
        <h3>{words.title}</h3>
        <p>{words.lead}</p>
        <div class="nav">
          <button type="button" part="button" onClick={this.remind}>
            {words.remind}
          </button>
          <button type="button" part="button" onClick={onRecheck}>
            {words.again}
          </button>
        </div>
        <p role="status">{status}</p>
      </div>
    );
  }
}

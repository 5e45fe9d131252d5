/**
 * @module The result as widget-result.js renders it for the flow (ResultSlot): the result with
 * its advice, how similar companies score, the invitation to a scan and printing, with the
 * result's own texts.
 */
import { Component } from 'preact';
import type { Lang } from '../../core/bank/types';
import { enResult } from '../i18n/en-result';
import { joinText } from '../i18n/join';
import { nlResult } from '../i18n/nl-result';
import type { ResultText } from '../i18n/types';
import { printWidget } from '../print';
import type { ResultProps } from '../runtime';
import css from '../styles/result.css?inline';
import { adoptSheet } from '../styles/adopt';
import { bankStructure } from '../../core/bank/index';
import { RECHECK_AGAIN, RECHECK_LINK_KEY } from '../../core/recheck';
import { scoreAssessment } from '../../core/scoring';
import { ComeBack } from '../recheck/ComeBack';
import { CompareSlot } from '../recheck/CompareSlot';
import { Comparison } from './Comparison';
import { PrintRequest } from './PrintRequest';
import { Referral } from './Referral';
import { ResultWithAdvice } from './ResultWithAdvice';

// Both languages, as the referral step has: the English half is small, and needs no request of its own.
const resultTexts: Readonly<Record<Lang, ResultText>> = { nl: nlResult, en: enResult };

export class ResultView extends Component<ResultProps> {
  /** Before the first paint (Preact mounts synchronously), so the result never shows unstyled. */
  override componentDidMount(): void {
    const root = this.props.options.host.shadowRoot;
    if (root) adoptSheet(root, css);
  }

  override render({ options, bank, advice, progress, assessment, link, onRestart, onSent, onRecheck, ...props }: ResultProps) {
    const { answers, profile, recheck, referral: sent } = progress;
    const text = joinText(props.text, resultTexts[bank.lang]);
    const referral = (repeat?: { line: string; open: string }) => (
      // The options and the progress hold all the referral step needs.
      <Referral
        {...options}
        bankVersion={progress.bankVersion}
        answers={answers}
        profile={profile}
        band={assessment.band}
        text={text.referral}
        sent={sent}
        onSent={onSent}
        repeat={repeat}
      />
    );
    const bandNames = { green: text.result.bands.green.name, orange: text.result.bands.orange.name, red: text.result.bands.red.name };
    return (
      <ResultWithAdvice
        bank={bank}
        advice={advice}
        answers={answers}
        assessment={assessment}
        text={text.result}
        onPrint={() => printWidget(options.host)}
        onRestart={onRestart}
        link={link}
        comparison={<Comparison api={options.api} lang={bank.lang} size={profile.size} />}
        referral={referral()}
        // Once a request is sent, the first place says so; the end need not say it again.
        inviteAgain={!sent && referral({ line: text.result.inviteAgain, open: text.result.inviteAgainOpen })}
        organiser={options.organiser}
        printRequest={sent && <PrintRequest api={options.api} sent={sent} text={text.result} />}
        recheck={
          recheck && (
            <CompareSlot lang={bank.lang} principles={bank.principles} before={scoreAssessment(bankStructure, recheck.previous)} after={assessment} bandNames={bandNames} />
          )
        }
        comeBack={<ComeBack lang={bank.lang} recheckLink={`${link}&${RECHECK_LINK_KEY}=${RECHECK_AGAIN}`} onRecheck={onRecheck} />}
      />
    );
  }
}

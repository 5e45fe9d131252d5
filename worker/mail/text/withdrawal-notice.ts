/** @module The words of the withdrawal notice to a network (webhook instruction and e-mail): Dutch only, like every message to networks. */
import type { MailTexts, Paragraphs } from './types';

/** Placeholders: `{reference}`, and in `body` `{instruction}`, `{withdrawnAt}` and `{network}` (its id). */
export interface WithdrawalNoticeText {
  /** What the network is asked to do: the webhook's `instruction`, and the e-mail's first paragraph. */
  readonly instruction: string;
  readonly subject: string;
  readonly body: Paragraphs;
}

export const withdrawalNoticeText: MailTexts<WithdrawalNoticeText, 'nl'> = {
  nl: {
    instruction: 'De ondernemer heeft aanvraag {reference} ingetrokken en CyberScan heeft de gegevens ervan gewist. Verwijder ook alle gegevens die u van deze aanvraag heeft.',
    subject: 'CyberScan: aanvraag {reference} ingetrokken',
    body: [
      '{instruction}',
      'Referentie: {reference}\nIngetrokken: {withdrawnAt}\nNetwerk: {network}',
      'Dit bericht bevat bewust geen persoonsgegevens: zoek de aanvraag op met de referentie.',
    ],
  },
};

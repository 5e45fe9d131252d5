/**
 * @module The e-mail to the IT supplier: a `mailto:` link the visitor opens in their own mail
 * program, holding "Wat vraag je je IT-leverancier?" for each open point, most important first,
 * and the result link. Nothing is sent by CyberScan.
 */
import type { Answers } from '../../core/answers';
import type { BankAdvice, Lang, QuestionOnScreen } from '../../core/bank/types';

/** What the e-mail is made of. */
export interface SupplierMailInput {
  readonly lang: Lang;
  readonly questions: ReadonlyMap<string, QuestionOnScreen>;
  readonly advice: BankAdvice;
  readonly answers: Answers;
  /** The open questions, most important first (core scoring's `actions`). */
  readonly actions: readonly string[];
  /** The result link. */
  readonly link: string;
}

const words = {
  nl: {
    subject: 'Vragen over de digitale veiligheid van ons bedrijf',
    lead: 'Hallo,\n\nIk deed de check van CyberScan. Kun je me bij deze punten helpen?',
    result: 'Mijn uitslag:',
  },
  en: {
    subject: 'Questions about the digital security of our business',
    lead: 'Hello,\n\nI did the CyberScan check. Could you help me with these points?',
    result: 'My result:',
  },
};

/** The `mailto:` link, without a recipient: the visitor fills in their supplier. */
export function supplierMail({ lang, questions, advice, actions, link }: SupplierMailInput): string {
  const text = words[lang];
  const points = actions.map((id) => `- ${questions.get(id)!.text}\n  ${advice.questions[id]!.askSupplier}`);
  const body = [text.lead, '', ...points, '', `${text.result} ${link}`].join('\n');
  return `mailto:?subject=${encodeURIComponent(text.subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * @module The e-mail to a registration's contact once it is decided: on approval the final code
 * to paste (core/embed-code.ts, as /embed writes it), on refusal a plain, polite no. Sent once by
 * the queue consumer (owed-mail.ts).
 */
import { embedHtml, frameHtml, type EmbedChoice } from '../../core/embed-code';
import { decisionMails, getDecisionMail, type DecisionMail } from '../data';
import type { Mail } from '../mail/send-mail';
import type { OwedMail } from './owed-mail';

function approvalText(decision: DecisionMail, origin: string): string[] {
  const choice: EmbedChoice = { lang: 'nl', partner: decision.partnerId, network: '' };
  return [
    `Je aanmelding van ${decision.organisation} voor CyberScan is goedgekeurd. Je partner-id is ${decision.partnerId}.`,
    '',
    'Je website is nu geregistreerd: uitkomsten en aanvragen van je site tellen vanaf nu onder je eigen naam. Plak deze code op de plek waar de check moet komen:',
    '',
    embedHtml(origin, choice),
    '',
    'Staat je website geen scripts toe? Gebruik dan deze code met een iframe:',
    '',
    frameHtml(origin, choice),
    '',
    `Kleuren kiezen en uitleg voor WordPress en een strikte Content-Security-Policy vind je op ${origin}/embed.`,
  ];
}

function refusalText(decision: DecisionMail): string[] {
  return [
    `Je aanmelding van ${decision.organisation} voor CyberScan is niet goedgekeurd.`,
    ...(decision.reason ? ['', `De reden: ${decision.reason}`] : []),
    '',
    'De check blijft op je website werken zoals nu, als niet-geregistreerde site. Denk je dat dit een vergissing is, antwoord dan op deze e-mail of meld je opnieuw aan.',
  ];
}

/** The e-mail for `decision`; approval needs the origin of the code (`snippetOrigin`, else `fallbackOrigin`). */
export function decisionMail(decision: DecisionMail, fallbackOrigin: string | undefined): Mail {
  const origin = decision.snippetOrigin ?? fallbackOrigin;
  if (decision.approved && !origin) throw new Error('No origin for the code in the approval e-mail (PUBLIC_ORIGIN)');
  const body = decision.approved ? approvalText(decision, origin!) : refusalText(decision);
  return {
    to: decision.email,
    subject: decision.approved ? 'CyberScan: je aanmelding is goedgekeurd' : 'CyberScan: je aanmelding is niet goedgekeurd',
    text: ['Hallo,', '', ...body, '', 'Je krijgt deze e-mail omdat dit adres is ingevuld bij een aanmelding op de CyberScan-pagina voor partners.', ''].join('\n'),
  };
}

/** The decision e-mail owed for a registration, by the registration's id. */
export const owedDecisionMail: OwedMail<DecisionMail> = {
  name: 'decision e-mail of registration',
  state: decisionMails,
  read: getDecisionMail,
  write: (env, decision) => decisionMail(decision, env.PUBLIC_ORIGIN ?? env.DEV_ORIGIN),
};

/** @module The words of the e-mail to a partner registration's contact once it is decided: Dutch only, like /embed's form. */
import type { MailTexts, Paragraphs } from './types';

/** One decision's subject and its paragraphs between the greeting and `footer`. */
interface DecisionVariant {
  readonly subject: string;
  readonly body: Paragraphs;
}

/** Placeholders: `{organisation}` everywhere; see each variant for its own. */
export interface RegistrationDecisionText {
  readonly greeting: string;
  /** `{partnerId}`, the code to paste as `{snippet}` and `{frame}` (core/embed-code.ts), `{origin}` of /embed. */
  readonly approved: DecisionVariant;
  /** `{reasonGiven}`: the paragraph below when a reason was given, else nothing. */
  readonly refused: DecisionVariant;
  /** `{reason}` as the decider wrote it. */
  readonly reasonGiven: string;
  readonly footer: string;
}

export const registrationDecisionText: MailTexts<RegistrationDecisionText, 'nl'> = {
  nl: {
    greeting: 'Hallo,',
    approved: {
      subject: 'CyberScan: je aanmelding is goedgekeurd',
      body: [
        'Je aanmelding van {organisation} voor CyberScan is goedgekeurd. Je partner-id is {partnerId}.',
        'Je website is nu geregistreerd: uitkomsten en aanvragen van je site tellen vanaf nu onder je eigen naam. Plak deze code op de plek waar de check moet komen:',
        '{snippet}',
        'Staat je website geen scripts toe? Gebruik dan deze code met een iframe:',
        '{frame}',
        'Kleuren kiezen en uitleg voor WordPress en een strikte Content-Security-Policy vind je op {origin}/embed.',
      ],
    },
    refused: {
      subject: 'CyberScan: je aanmelding is niet goedgekeurd',
      body: [
        'Je aanmelding van {organisation} voor CyberScan is niet goedgekeurd.',
        '{reasonGiven}',
        'De check blijft op je website werken zoals nu, als niet-geregistreerde site. Denk je dat dit een vergissing is, antwoord dan op deze e-mail of meld je opnieuw aan.',
      ],
    },
    reasonGiven: 'De reden: {reason}',
    footer: 'Je krijgt deze e-mail omdat dit adres is ingevuld bij een aanmelding op de CyberScan-pagina voor partners.',
  },
};

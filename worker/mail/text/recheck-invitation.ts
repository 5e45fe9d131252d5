/** @module The words of the invitation to do the check again after the students' scan, Dutch and English. */
import type { MailTexts, Paragraphs } from './types';

/** Placeholders: `{contactName}`, `{network}` (its name), `{reference}`, and in `body` `{open}`. */
export interface RecheckInvitationText {
  readonly subject: string;
  readonly body: Paragraphs;
  /** `{open}` with a `{link}` that opens the earlier answers (they were shared). */
  readonly openPrefilled: string;
  /** `{open}` with a `{link}` to the plain check. */
  readonly openLink: string;
  /** `{open}` without a link (the deployment has no public origin). */
  readonly openWithoutLink: string;
}

export const recheckInvitationText: MailTexts<RecheckInvitationText> = {
  nl: {
    subject: 'CyberScan: doe de check opnieuw na je scan ({reference})',
    body: [
      'Beste {contactName},',
      '{network} heeft de scan bij je bedrijf gedaan. Heb je al iets met het advies gedaan? Doe de check opnieuw en zie wat er veranderd is sinds je eerste uitslag.',
      '{open}',
      'Wat je invult blijft anoniem: {network} ziet je nieuwe antwoorden niet. Je referentie: {reference}.',
      'Je krijgt deze e-mail omdat {network} je uitnodigt na de scan die je via CyberScan hebt aangevraagd.',
    ],
    openPrefilled: 'Deze link opent je vorige antwoorden, zodat je alleen aanpast wat veranderd is: {link}',
    openLink: 'Doe de check hier: {link}',
    openWithoutLink: 'Doe de check opnieuw op de website waar je hem de eerste keer deed.',
  },
  en: {
    subject: 'CyberScan: do the check again after your scan ({reference})',
    body: [
      'Dear {contactName},',
      '{network} carried out the scan at your business. Have you already acted on the advice? Do the check again and see what has changed since your first result.',
      '{open}',
      'What you fill in stays anonymous: {network} does not see your new answers. Your reference: {reference}.',
      'You receive this e-mail because {network} invites you after the scan you asked for through CyberScan.',
    ],
    openPrefilled: 'This link opens your earlier answers, so you only change what has changed: {link}',
    openLink: 'Do the check here: {link}',
    openWithoutLink: 'Do the check again on the website where you did it the first time.',
  },
};

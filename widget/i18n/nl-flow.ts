/** @module The widget's Dutch UI strings up to the last question, and the result's while widget-result.js loads: widget.js bundles these. */
import { profileChoices } from '../../core/profile/index';
import type { FlowText } from './types';

export const nlFlow: FlowText = {
  intro: {
    title: 'Hoe digitaal veilig is jouw bedrijf?',
    lead: '{count} vragen over de vijf basisprincipes van veilig digitaal ondernemen.',
    facts: ['Duurt ongeveer 5 minuten.', 'Anoniem: geen naam of e-mail nodig.', 'Indicatief: op basis van je antwoorden.'],
    organiser: 'Van het regionale cyberweerbaarheidsnetwerk en deze website.',
    organiserNamed: 'Aangeboden door {name} en het regionale cyberweerbaarheidsnetwerk.',
    statistics: 'Je antwoorden tellen anoniem mee voor je regio.',
    privacy: 'Privacy',
    hitNow: {
      title: 'Nu getroffen?',
      steps: [
        'Haal getroffen apparaten van internet en het netwerk, en bel je IT-leverancier.',
        'Is er geld overgemaakt? Bel meteen je bank.',
        'Doe aangifte bij de politie (zie politie.nl). De Fraudehelpdesk is er ook voor ondernemers.',
        'Zijn persoonsgegevens gelekt? Meld dat binnen 72 uur bij de Autoriteit Persoonsgegevens.',
      ],
    },
    start: 'Start de check',
  },
  profile: {
    title: 'Over je bedrijf',
    lead: 'Alles optioneel.',
    sector: 'Je sector',
    size: 'Aantal mensen, jijzelf meegeteld',
    postcode: 'Postcode van je bedrijf, alleen de cijfers: dan tel je mee voor je regio',
    skip: 'Overslaan',
    options: profileChoices('nl'),
  },
  question: {
    progress: 'Vraag {n}/{total}',
    why: 'Waarom is dit belangrijk?',
    chooseFirst: 'Kies eerst een antwoord.',
    notice: {
      recheck: 'Je eerdere antwoorden staan al klaar: verander wat anders is.',
    },
  },
  answers: { yes: 'Ja', partial: 'Gedeeltelijk', no: 'Nee', unknown: 'Weet ik niet', na: 'Niet van toepassing' },
  nav: { back: 'Vorige', next: 'Volgende', finish: 'Bekijk resultaat' },
  result: {
    title: 'Je uitslag',
    loading: 'Je uitslag wordt geladen…',
    failed: 'Je uitslag kon niet worden geladen. Je antwoorden zijn bewaard. Controleer je internetverbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
};

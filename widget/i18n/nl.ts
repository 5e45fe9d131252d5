/** @module The widget's Dutch UI strings; the reading-time budget test counts these words. */
import type { UiText } from './types';

export const nl: UiText = {
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
  },
  question: {
    progress: 'Vraag {n}/{total}',
    why: 'Waarom is dit belangrijk?',
    chooseFirst: 'Kies eerst een antwoord.',
    notice: {
      carried: 'De vragen zijn vernieuwd. Je eerdere antwoorden zijn overgenomen waar dat kon; je gaat verder bij de eerste open vraag.',
      expired: 'Je opgeslagen check hoort bij een oudere vragenlijst en kon niet worden geopend. Je begint opnieuw.',
    },
  },
  answers: { yes: 'Ja', partial: 'Gedeeltelijk', no: 'Nee', unknown: 'Weet ik niet', na: 'Niet van toepassing' },
  nav: { back: 'Vorige', next: 'Volgende', finish: 'Bekijk resultaat' },
  result: {
    title: 'Je uitslag',
    outOf: 'van 100',
    bands: {
      green: { name: 'Groen', meaning: 'Je basis staat. Houd dat zo.' },
      orange: { name: 'Oranje', meaning: 'Al veel geregeld; een paar stappen maken het verschil.' },
      red: { name: 'Rood', meaning: 'Veel te winnen, en de eerste stappen zijn snel gezet.' },
    },
    criticalGapNote: 'Er ontbreken basismaatregelen die zwaar tellen.',
    disclaimer: 'Indicatieve uitslag op basis van je eigen antwoorden.',
    chartTitle: 'Score per basisprincipe',
    notApplicable: 'niet van toepassing',
    topActions: 'Begin hier',
    noActions: 'Alles is geregeld. Knap werk: houd het bij.',
    askSupplier: 'Wat vraag je je IT-leverancier?',
    allAdvice: 'Alle adviezen per basisprincipe',
    adviceLoading: 'Je advies wordt geladen…',
    adviceFailed: 'Je advies kon niet worden geladen. Je antwoorden zijn bewaard. Controleer je internetverbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
    unknownHint: 'Je koos {count} keer ‘Weet ik niet’: juist dat zoeken studenten uit bij een scan.',
    print: 'Afdrukken of opslaan als PDF',
    restart: 'Opnieuw beginnen',
  },
  referral: {
    invite: {
      green: 'Laat studenten nagaan wat je misschien nog mist.',
      orange: 'Zet nu door: studenten helpen je kiezen wat eerst moet.',
      red: 'Pak het nu aan: studenten helpen je op weg.',
    },
    open: 'Vraag je regionale netwerk om een scan',
    loading: 'Laden…',
    failed: 'Laden mislukt.',
  },
};

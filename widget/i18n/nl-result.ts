/** @module The result screen's Dutch UI strings: widget-result.js brings them, in both languages. */
import type { ResultText } from './types';

export const nlResult: ResultText = {
  result: {
    outOf: 'van 100',
    bands: {
      green: { name: 'Groen', meaning: 'Je basis staat. Houd dat zo.' },
      orange: { name: 'Oranje', meaning: 'Al veel geregeld; een paar stappen maken het verschil.' },
      red: { name: 'Rood', meaning: 'Veel te winnen, en de eerste stappen zijn snel gezet.' },
    },
    capped: {
      one: '{band}, omdat deze basismaatregel nog ontbreekt:',
      more: '{band}, omdat deze basismaatregelen nog ontbreken:',
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
    unknownHint: 'Je koos {count} keer ‘Weet ik niet’: juist dat zoeken studenten uit bij een scan.',
    print: 'Afdrukken of opslaan als PDF',
    restart: 'Opnieuw beginnen',
    printHeader: 'CyberScan, de check van het regionale cyberweerbaarheidsnetwerk, aangeboden via {site}. Afgedrukt op {date}, vragenlijst {version}.',
    mailSupplier: 'Mail je IT-leverancier',
    mailFailed: 'Het opstellen van de e-mail lukte niet. Probeer het opnieuw.',
    keepTitle: 'Bewaar je uitslag',
    keepLead: 'Deze link opent precies deze uitslag weer, ook op een ander apparaat. Je antwoorden staan alleen in de link zelf, niet bij ons.',
    restartAsk: 'Je uitslag en je antwoorden worden gewist. Opnieuw beginnen?',
    restartYes: 'Ja, wis alles',
    restartNo: 'Nee, houd mijn uitslag',
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
    sent: 'Aanvraag verstuurd op {date} bij {network} ({reference}).',
    withdraw: 'Aanvraag intrekken (opent in een nieuw tabblad)',
    again: 'Nog een aanvraag versturen',
    againAsk: '{network} heeft je aanvraag al. Toch een tweede aanvraag versturen?',
    againYes: 'Ja, nog een aanvraag',
    againNo: 'Nee',
  },
};

/** @module The referral step's Dutch strings. */
import type { ReferralText } from './types';

export const nl: ReferralText = {
  back: 'Terug naar je uitslag',
  postcode: {
    title: 'Vraag een scan aan',
    lead: 'Vul de postcode van je bedrijf in. Dan zoeken we het netwerk in jouw regio dat je helpt.',
    hint: 'Bijvoorbeeld 3511 of 3511 AB. Alleen de cijfers gaan mee.',
    find: 'Zoek mijn netwerk',
    searching: 'Netwerk zoeken…',
    failed: 'Het netwerk kon niet worden opgehaald.',
    retry: 'Opnieuw proberen',
  },
  network: {
    fallback:
      'Voor jouw postcode kennen we nog geen regionaal netwerk. Daarom helpt {network} je verder, als landelijk aanspreekpunt.',
    students: {
      yes: 'Bij dit netwerk doen studenten de scan.',
      unknown: 'Of studenten de scan doen, hoor je van het netwerk.',
    },
    contribution: 'Eigen bijdrage: {amount}',
    website: 'Website van {network} (opent in een nieuw tabblad)',
    nextTitle: 'Zo gaat het verder',
    next: [
      '{network} neemt contact met je op en plant samen met jou een datum.',
      'Vooraf leg je samen op papier vast hoe de scan gaat, ook over vertrouwelijkheid en je gegevens.',
      'Op de dag zelf komt er iemand langs (vaak studenten). Die praat met wie bij jou over ICT gaat en bekijkt je systemen.',
      'Je krijgt een rapport met advies, waarmee je zelf of met je IT-leverancier aan de slag kunt.',
      'Meestal vraagt het netwerk een kleine eigen bijdrage.',
    ],
    otherPostcode: 'Andere postcode',
  },
  form: {
    title: 'Je aanvraag bij {network}',
    labels: {
      postcode: 'Postcode van je bedrijf',
      companyName: 'Naam van je bedrijf',
      contactName: 'Je naam',
      email: 'E-mailadres',
      phone: 'Telefoonnummer',
      sector: 'Sector',
      size: 'Aantal mensen, jijzelf meegeteld',
      message: 'Bericht aan het netwerk',
    },
    optional: '(optioneel)',
    notGiven: 'Niet opgegeven',
    shareLegend: 'Je antwoorden',
    share: 'Deel mijn antwoorden met {network}',
    shareHint: 'Zo kan het netwerk de scan voorbereiden. Je score gaat altijd mee, je losse antwoorden alleen als je dit aanvinkt.',
    privacy:
      'Je gegevens gaan naar {network}, alleen om contact met je op te nemen over een scan. Ze worden bewaard tot je aanvraag is afgehandeld en uiterlijk 90 dagen daarna verwijderd, en nooit later dan 12 maanden na je aanvraag.',
    trap: 'Laat dit veld leeg',
    submit: 'Verstuur aanvraag',
    sending: 'Aanvraag versturen…',
  },
  problems: {
    postcode: { missing: 'Vul de postcode in.', invalid: 'Vul een Nederlandse postcode in, zoals 3511 of 3511 AB.' },
    companyName: { missing: 'Vul de naam van je bedrijf in.', invalid: 'Gebruik maximaal {max} tekens, op één regel.' },
    contactName: { missing: 'Vul je naam in.', invalid: 'Gebruik maximaal {max} tekens, op één regel.' },
    email: { missing: 'Vul je e-mailadres in.', invalid: 'Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.' },
    phone: { invalid: 'Vul een telefoonnummer in, zoals 06 12345678 of +31 20 123 4567.' },
    sector: { invalid: 'Kies een sector uit de lijst.' },
    size: { invalid: 'Kies een aantal uit de lijst.' },
    message: { invalid: 'Je bericht mag maximaal {max} tekens lang zijn.' },
  },
  failure: {
    failed: 'Je aanvraag is niet verstuurd. Alles wat je invulde staat er nog: probeer het opnieuw.',
    busy: 'Er komen nu veel aanvragen binnen. Probeer het over {seconds} seconden opnieuw.',
    retry: 'Opnieuw versturen',
    waiting: 'De beveiligingscontrole is nog niet klaar. Wacht even en verstuur je aanvraag dan opnieuw.',
    refused: 'Je aanvraag kan vanaf deze pagina niet worden verstuurd.',
    blocked:
      'De beveiligingscontrole kon niet laden. Een adblocker of de beveiliging van deze website houdt haar tegen, dus je aanvraag kan hier niet worden verstuurd.',
    botFailed: 'De beveiligingscontrole is niet gelukt, dus je aanvraag kan hier niet worden verstuurd.',
    unavailable: 'Je aanvraag kan vanaf deze pagina niet worden verstuurd, omdat de beveiligingscontrole hier niet beschikbaar is.',
    contact: 'Neem zelf contact op met {network}:',
    contactLink: 'website van {network} (opent in een nieuw tabblad)',
    contactByName: 'Neem zelf contact op met {network} ({area}): zoek het netwerk op naam.',
  },
  sent: {
    title: 'Je aanvraag is verstuurd',
    reference: 'Je referentie:',
    next: '{network} neemt binnen een paar werkdagen contact met je op. Bewaar je referentie en noem die als je contact hebt.',
    withdraw:
      'Wil je je aanvraag intrekken? Ga naar {link} en vul het e-mailadres van je aanvraag in. We wissen je gegevens dan direct, en {network} ziet dat je de aanvraag hebt ingetrokken.',
    withdrawLink: 'de pagina om je aanvraag in te trekken (opent in een nieuw tabblad)',
  },
};

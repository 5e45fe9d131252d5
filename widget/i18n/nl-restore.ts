/** @module The widget's Dutch UI strings that widget-restore.js brings: about a result link or older saved progress. */
import type { RestoreText } from './types';

export const nlRestore: RestoreText = {
  question: {
    notice: {
      carried: 'De vragen zijn vernieuwd. Je eerdere antwoorden zijn overgenomen waar dat kon; je gaat verder bij de eerste open vraag.',
      expired: 'Je opgeslagen check hoort bij een oudere vragenlijst en kon niet worden geopend. Je begint opnieuw.',
      linkCarried: 'Deze link hoort bij een eerdere vragenlijst. {count} antwoorden zijn overgenomen en staan al ingevuld; een paar vragen zijn nieuw of veranderd. Beantwoord die, dan zie je je uitslag.',
    },
  },
  link: {
    malformed: 'De link naar je uitslag is niet compleet of klopt niet. Kijk hem na, of doe de check opnieuw.',
    otherVersion: 'Deze link is gemaakt met versie {version} van de check. De vragen zijn sindsdien veranderd, dus die uitslag opent hier niet meer. Doe de check opnieuw om te zien waar je nu staat.',
  },
};

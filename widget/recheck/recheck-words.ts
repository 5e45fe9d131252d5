/**
 * @module The re-check's words on the result ("kom terug en vergelijk", the calendar reminder,
 * the comparison while it loads), in both languages. They load with the result's own code, not
 * with the first screens of widget.js; the comparison's own words load with widget-compare.js.
 */
import type { Lang } from '../../core/bank/types';
import type { ReminderText } from '../reminder/calendar';

export interface RecheckWords {
  readonly title: string;
  readonly lead: string;
  /** Downloads the .ics file. */
  readonly remind: string;
  readonly reminded: string;
  readonly remindFailed: string;
  /** Starts the re-check now, from these answers. */
  readonly again: string;
  readonly reminder: ReminderText;
  readonly compareLoading: string;
  readonly compareFailed: string;
  readonly retry: string;
}

export const recheckWords: Readonly<Record<Lang, RecheckWords>> = {
  nl: {
    title: 'Kom terug en vergelijk',
    lead: 'Doe de check over drie maanden opnieuw. Je begint dan met je antwoorden van nu en ziet per basisprincipe wat er beter is geworden.',
    remind: 'Zet een herinnering in je agenda (.ics)',
    reminded: 'De herinnering is gedownload. Open het bestand om hem in je agenda te zetten.',
    remindFailed: 'De herinnering kon niet worden gemaakt. Probeer het opnieuw.',
    again: 'Doe de check nu opnieuw',
    reminder: {
      summary: 'Doe de check opnieuw: hoe digitaal veilig is je bedrijf nu?',
      description: 'Drie maanden geleden deed je de check. Open deze link: je eerdere antwoorden staan al ingevuld, je verandert alleen wat er veranderd is.',
    },
    compareLoading: 'Je vorige check wordt erbij gezet…',
    compareFailed: 'Je vorige check kon niet naast deze worden gezet. Controleer je internetverbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
  en: {
    title: 'Come back and compare',
    lead: 'Do the check again in three months. You start with your answers of today and see per basic principle what has improved.',
    remind: 'Add a reminder to your calendar (.ics)',
    reminded: 'The reminder has been downloaded. Open the file to add it to your calendar.',
    remindFailed: 'The reminder could not be made. Please try again.',
    again: 'Do the check again now',
    reminder: {
      summary: 'Do the check again: how digitally safe is your business now?',
      description: 'Three months ago you did the check. Open this link: your earlier answers are filled in, so you change only what has changed.',
    },
    compareLoading: 'Adding your previous check…',
    compareFailed: 'Your previous check could not be shown next to this one. Check your internet connection and try again.',
    retry: 'Try again',
  },
};

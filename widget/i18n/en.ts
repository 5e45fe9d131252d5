/** @module The widget's English UI strings. */
import type { UiText } from './types';

export const en: UiText = {
  intro: {
    title: 'How digitally secure is your business?',
    lead: '{count} short questions on the five basic principles of doing business safely online.',
    facts: ['Takes about 5 minutes.', 'Anonymous: no name or email needed.', 'Indicative: based on your own answers.'],
    organiser: 'From the regional cyber-resilience network, together with this website.',
    organiserNamed: 'Offered by {name}, with the regional cyber-resilience network.',
    statistics: 'Your answers count anonymously in the figures for your region.',
    privacy: 'Privacy',
    hitNow: {
      title: 'Under attack right now?',
      steps: [
        'Take affected devices off the internet and the network, and call your IT supplier.',
        'Has money been transferred? Call your bank at once.',
        'Report it to the police (see politie.nl). The Fraudehelpdesk also helps businesses.',
        'Has personal data leaked? Report it to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) within 72 hours.',
      ],
    },
    start: 'Start the check',
  },
  profile: {
    title: 'About your business',
    lead: 'All optional.',
    sector: 'Your sector',
    size: 'Number of people, including you',
    postcode: 'Your business postcode, digits only: then you count for your region',
    skip: 'Skip',
  },
  question: {
    progress: 'Question {n} of {total}',
    why: 'Why does this matter?',
    chooseFirst: 'Please choose an answer first.',
    notice: {
      carried: 'The questions have been updated. Your earlier answers were kept where possible; you continue at the first open question.',
      expired: 'Your saved check belongs to an older question list and could not be opened. You are starting again.',
    },
  },
  answers: { yes: 'Yes', partial: 'Partly', no: 'No', unknown: "Don't know", na: 'Not applicable' },
  nav: { back: 'Back', next: 'Next', finish: 'See your result' },
  result: {
    title: 'Your result',
    outOf: 'out of 100',
    bands: {
      green: { name: 'Green', meaning: 'Your basics are in place. Keep it that way.' },
      orange: { name: 'Orange', meaning: 'A lot is done already; a few steps make the difference.' },
      red: { name: 'Red', meaning: 'Much to gain, and the first steps are quickly taken.' },
    },
    criticalGapNote: 'Key basic measures are missing: they weigh heavily in your score.',
    disclaimer: 'Indicative result based on your own answers.',
    chartTitle: 'Score per basic principle',
    notApplicable: 'not applicable',
    topActions: 'Start here',
    noActions: 'Everything is in place. Well done: keep it up.',
    askSupplier: 'What to ask your IT supplier',
    allAdvice: 'All advice per basic principle',
    adviceLoading: 'Loading your advice…',
    adviceFailed: 'Your advice could not be loaded. Your answers are kept. Check your internet connection and try again.',
    retry: 'Try again',
    unknownHint: "You chose ‘Don't know’ {count} times. That is what students find out in a full scan.",
    print: 'Print or save as PDF',
    restart: 'Start again',
  },
  referral: {
    invite: {
      green: 'Let students check what you may still be missing.',
      orange: 'Keep going: students help you choose what comes first.',
      red: 'Start now: students help you on your way.',
    },
    open: 'Ask your regional network for a scan',
    loading: 'Loading…',
    failed: 'Loading failed.',
  },
};

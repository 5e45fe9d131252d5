/** @module The widget's English UI strings up to the last question, and the result's while widget-result.js loads: widget.js's widget-en.js these. */
import { profileChoices } from '../../core/profile/index';
import type { FlowText } from './types';

export const enFlow: FlowText = {
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
    options: profileChoices('en'),
  },
  question: {
    progress: 'Question {n} of {total}',
    why: 'Why does this matter?',
    chooseFirst: 'Please choose an answer first.',
    notice: {
      recheck: 'You are doing the check again. Your earlier answers are filled in: change only what has changed.',
    },
  },
  answers: { yes: 'Yes', partial: 'Partly', no: 'No', unknown: "Don't know", na: 'Not applicable' },
  nav: { back: 'Back', next: 'Next', finish: 'See your result' },
  result: {
    title: 'Your result',
    loading: 'Loading your result…',
    failed: 'Your result could not be loaded. Your answers are kept. Check your internet connection and try again.',
    retry: 'Try again',
  },
};

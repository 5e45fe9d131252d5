/** @module The result screen's English UI strings: widget-result.js brings them, in both languages. */
import type { ResultText } from './types';

export const enResult: ResultText = {
  result: {
    outOf: 'out of 100',
    bands: {
      green: { name: 'Green', meaning: 'Your basics are in place. Keep it that way.' },
      orange: { name: 'Orange', meaning: 'A lot is done already; a few steps make the difference.' },
      red: { name: 'Red', meaning: 'Much to gain, and the first steps are quickly taken.' },
    },
    capped: {
      one: '{band}, because this basic measure is still missing:',
      more: '{band}, because these basic measures are still missing:',
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
    unknownHint: "You chose ‘Don't know’ {count} times. That is what students find out in a full scan.",
    print: 'Print or save as PDF',
    restart: 'Start again',
    printHeader: 'CyberScan, the check of the regional cyber-resilience network, offered on {site}. Printed on {date}, question set {version}.',
    mailSupplier: 'E-mail your IT supplier',
    mailFailed: 'The e-mail could not be composed. Try again.',
    keepTitle: 'Keep your result',
    keepLead: 'This link opens exactly this result again, also on another device. Your answers are only in the link itself, not with us.',
    restartAsk: 'Your result and your answers will be erased. Start again?',
    restartYes: 'Yes, erase everything',
    restartNo: 'No, keep my result',
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
    sent: 'Request sent on {date} to {network} ({reference}).',
    withdraw: 'Withdraw the request (opens in a new tab)',
    again: 'Send another request',
    againAsk: '{network} already has your request. Send a second one anyway?',
    againYes: 'Yes, another request',
    againNo: 'No',
  },
};

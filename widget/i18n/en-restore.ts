/** @module The widget's English UI strings that widget-restore.js brings: about a result link or older saved progress. */
import type { RestoreText } from './types';

export const enRestore: RestoreText = {
  question: {
    notice: {
      carried: 'The questions have been updated. Your earlier answers were kept where possible; you continue at the first open question.',
      expired: 'Your saved check belongs to an older question list and could not be opened. You are starting again.',
      linkCarried: 'This link belongs to an earlier question list. {count} answers were carried over and are already filled in; a few questions are new or have changed. Answer those to see your result.',
    },
  },
  link: {
    malformed: 'The link to your result is incomplete or wrong. Check it, or do the check again.',
    otherVersion: 'This link was made with version {version} of the check. The questions have changed since, so that result no longer opens here. Do the check again to see where you stand now.',
  },
};

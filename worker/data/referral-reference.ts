/** @module The short code a referral is known by between the entrepreneur and the network. */

import { REFERENCE_ALPHABET as ALPHABET } from '../../core/reference';

/** The largest multiple of the alphabet's length below 256: bytes from here on would bias the draw. */
const UNBIASED_BELOW = 256 - (256 % ALPHABET.length);

/**
 * A fresh random reference such as `CS-7K4P-2QX9`: 30^8 (about 6.6·10^11) codes, so a clash is
 * rare; the UNIQUE constraint catches it and the client's retry draws a new one.
 */
export function newReference(): string {
  let code = '';
  while (code.length < 8) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < UNBIASED_BELOW && code.length < 8) code += ALPHABET[byte % ALPHABET.length];
    }
  }
  return `CS-${code.slice(0, 4)}-${code.slice(4)}`;
}

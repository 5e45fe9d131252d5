/** @module The short code a referral is known by between the entrepreneur and the network. */

/** No 0/O, 1/I/L or U: the code is read aloud on the phone and typed from paper. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A reference such as `CS-7K4P-2QX9`: two groups of four from {@link REFERENCE_ALPHABET}. */
export const REFERENCE_PATTERN = new RegExp(`^CS-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

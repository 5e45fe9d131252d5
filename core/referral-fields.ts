/**
 * @module The referral form's field rules, in one place: the widget checks them as the visitor
 * types, the worker enforces them, so both say no to the same input.
 */

/** The longest accepted value per field, in characters, after trimming. 254 is the SMTP limit. */
export const REFERRAL_FIELD_MAX = {
  companyName: 120,
  contactName: 80,
  email: 254,
  message: 1000,
} as const;

/**
 * Dutch phone numbers, loosely: 8 to 20 digits, spaces, `+`, `-` or brackets, so "06-12345678",
 * "+31 (0)20 123 4567" and "020 123 45 67" all pass. The network calls the number; it need not
 * be parsed.
 */
export const PHONE_PATTERN = /^[0-9 +()-]{8,20}$/;

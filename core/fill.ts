/** @module Fills the `{name}` placeholders of a text template: the widget's strings, the e-mails, the privacy page. */

/**
 * Replaces each `{name}` in `template` with `values[name]` ('' for a name without a value). One
 * pass: a value that itself holds `{name}` (a company called "{url}") is left as it is.
 */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** @module Fills the `{name}` placeholders of a UI string. */

/** Replaces each `{name}` in `template` with `values[name]`. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

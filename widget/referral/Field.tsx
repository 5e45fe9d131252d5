/**
 * @module One labelled form field with its hint and message. The hint and message are tied to
 * the control (aria-describedby), and a message marks it invalid, so a screen reader reads both.
 */
import type { VNode } from 'preact';
import type { FieldName } from './form-rules';

/** What every control of a field gets: its id, name and state. */
export interface ControlAttributes {
  readonly id: string;
  readonly name: string;
  readonly 'aria-invalid'?: 'true';
  readonly 'aria-describedby'?: string;
}

interface FieldProps {
  readonly name: FieldName;
  readonly label: string;
  /** Shown after the label of an optional field, e.g. "(optioneel)". */
  readonly optional?: string;
  readonly hint?: string;
  /** The message next to the field; none while the field is fine. */
  readonly error?: string;
  readonly control: (attributes: ControlAttributes) => VNode;
}

export function Field({ name, label, optional, hint, error, control }: FieldProps) {
  // Ids are unique within the widget's shadow root, which holds one referral step at most.
  const id = `referral-${name}`;
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>
        {label}
        {optional && <span class="muted"> {optional}</span>}
      </label>
      {hint && (
        <p id={`${id}-hint`} class="muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
      {control({ id, name, 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': describedBy || undefined })}
    </div>
  );
}

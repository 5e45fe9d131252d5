/**
 * @module The internal note: a text field that counts down to the limit and says so when it is
 * over, instead of cutting off what was typed (no `maxlength`), and a save button whose result
 * stays visible in the page, not only in the screen reader's live region.
 */
import { NOTE_MAX } from '../../core/inbox';
import { formatNumber } from '../text';

interface NoteFieldProps {
  readonly value: string;
  readonly onInput: (value: string) => void;
  readonly busy: boolean;
  /** The visible outcome of the last save ("Notitie opgeslagen om 10:38."), or ''. */
  readonly saved: string;
  readonly onSave: () => void;
}

/** Whether `note` may be saved: the server trims it and refuses more than {@link NOTE_MAX} characters. */
export const noteTooLong = (note: string): boolean => note.trim().length > NOTE_MAX;

export function NoteField({ value, onInput, busy, saved, onSave }: NoteFieldProps) {
  const length = value.trim().length;
  const over = length > NOTE_MAX;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
    >
      <p class="field">
        <label for="note">Interne notitie</label>
        <span class="hint" id="note-hint">
          Alleen voor je eigen netwerk, hoogstens {NOTE_MAX} tekens. Gaat mee bij een statuswijziging.
        </span>
        <textarea
          id="note"
          rows={3}
          aria-describedby="note-hint note-count"
          aria-invalid={over ? 'true' : 'false'}
          value={value}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
        <span id="note-count" class={over ? 'error' : 'hint'}>
          {over
            ? `De notitie is ${formatNumber(length - NOTE_MAX)} tekens te lang (${formatNumber(length)} van ${NOTE_MAX}); maak hem korter om op te slaan.`
            : `${formatNumber(length)} van ${NOTE_MAX} tekens`}
        </span>
      </p>
      <p class="save-row">
        <button type="submit" class="secondary" disabled={busy}>
          Notitie opslaan
        </button>{' '}
        {saved && <span class="saved">{saved}</span>}
      </p>
    </form>
  );
}

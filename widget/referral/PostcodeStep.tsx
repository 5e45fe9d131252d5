/** @module The first view: the company's postcode, to find the network that serves it. */
import { Field } from './Field';
import { fieldMessage } from './field-message';
import type { FieldProblem } from './form-rules';
import type { ReferralText } from './i18n/types';

interface PostcodeStepProps {
  readonly text: ReferralText;
  readonly value: string;
  readonly problem?: FieldProblem;
  /** Looking the network up. */
  readonly busy?: boolean;
  /** The lookup failed; the button tries again. */
  readonly failed?: boolean;
  readonly onInput: (value: string) => void;
  readonly onFind: () => void;
  readonly onClose: () => void;
}

export function PostcodeStep({ text, value, problem, busy, failed, onInput, onFind, onClose }: PostcodeStepProps) {
  const submit = (event: Event) => {
    event.preventDefault();
    onFind();
  };
  return (
    <form noValidate onSubmit={submit}>
      <h3 tabIndex={-1}>{text.postcode.title}</h3>
      <p>{text.postcode.lead}</p>
      <Field
        name="postcode"
        label={text.form.labels.postcode}
        hint={text.postcode.hint}
        error={fieldMessage(text, 'postcode', problem)}
        control={(attributes) => (
          <input
            {...attributes}
            autocomplete="postal-code"
            value={value}
            onInput={(event) => onInput(event.currentTarget.value)}
          />
        )}
      />
      {failed && <p role="alert">{text.postcode.failed}</p>}
      <p role="status">{busy ? text.postcode.searching : ''}</p>
      <div class="nav">
        <button type="button" part="button" onClick={onClose}>
          {text.back}
        </button>
        <button type="submit" part="button" class="primary" disabled={busy}>
          {failed ? text.postcode.retry : text.postcode.find}
        </button>
      </div>
    </form>
  );
}

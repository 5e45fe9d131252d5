/**
 * @module The referral form's fields: the postcode when the postcode step was skipped, contact
 * details, sector and size (prefilled from the profile, optional) and a message (optional).
 */
import type { VNode } from 'preact';
import type { Lang } from '../../core/bank/types';
import { profileOptions, type ProfileOption } from '../../core/profile/index';
import { Field, type ControlAttributes } from './Field';
import { fieldMessage } from './field-message';
import type { FieldName, FieldValues, Problems } from './form-rules';
import type { ReferralText } from './i18n/types';

interface ContactFieldsProps {
  readonly text: ReferralText;
  readonly lang: Lang;
  /** The fields to show, in order. */
  readonly fields: readonly FieldName[];
  readonly values: FieldValues;
  readonly problems: Problems;
  readonly onInput: (name: FieldName, value: string) => void;
}

type TextInput = (attributes: ControlAttributes & { value: string; onInput: (event: Event) => void }) => VNode;

/** Browsers fill these in from the visitor's saved details, and phones show the right keyboard. */
const TEXT_INPUTS: Partial<Record<FieldName, TextInput>> = {
  postcode: (attributes) => <input {...attributes} type="text" autocomplete="postal-code" />,
  companyName: (attributes) => <input {...attributes} type="text" autocomplete="organization" />,
  contactName: (attributes) => <input {...attributes} type="text" autocomplete="name" />,
  email: (attributes) => <input {...attributes} type="email" autocomplete="email" />,
  phone: (attributes) => <input {...attributes} type="tel" autocomplete="tel" />,
};

const OPTIONAL: readonly FieldName[] = ['phone', 'sector', 'size', 'message'];

const LISTS: Partial<Record<FieldName, readonly ProfileOption[]>> = {
  sector: profileOptions.sectors,
  size: profileOptions.sizes,
};

export function ContactFields({ text, lang, fields, values, problems, onInput }: ContactFieldsProps) {
  const control = (name: FieldName) => (attributes: ControlAttributes) => {
    const value = values[name];
    const input = (event: Event) => onInput(name, (event.currentTarget as HTMLInputElement).value);
    const list = LISTS[name];
    if (list) {
      return (
        <select {...attributes} value={value} onChange={input}>
          <option value="">{text.form.notGiven}</option>
          {list.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label[lang]}
            </option>
          ))}
        </select>
      );
    }
    if (name === 'message') return <textarea {...attributes} rows={4} value={value} onInput={input} />;
    return TEXT_INPUTS[name]!({ ...attributes, value, onInput: input });
  };
  return (
    <div>
      {fields.map((name) => (
        <Field
          key={name}
          name={name}
          label={text.form.labels[name]}
          optional={OPTIONAL.includes(name) ? text.form.optional : undefined}
          error={fieldMessage(text, name, problems[name])}
          control={control(name)}
        />
      ))}
    </div>
  );
}

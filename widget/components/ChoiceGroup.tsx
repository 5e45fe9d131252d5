/** @module A radio group: a fieldset whose legend asks, with one labelled radio per choice. */
import type { ComponentChildren } from 'preact';

interface Choice<T extends string> {
  readonly value: T;
  readonly label: string;
}

interface ChoiceGroupProps<T extends string> {
  readonly legend: ComponentChildren;
  readonly name: string;
  readonly choices: readonly Choice<T>[];
  readonly value: T | undefined;
  readonly onChoose: (value: T) => void;
  readonly describedBy?: string;
}

export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChoose, describedBy }: ChoiceGroupProps<T>) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend>{legend}</legend>
      <div class="choices">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** @module Back and Next under a step's form; Next submits, so Enter works as well. */
import type { ComponentChildren } from 'preact';

interface StepNavProps {
  readonly back: string;
  readonly next: string;
  readonly onBack: () => void;
  /** Extra buttons between Back and Next. */
  readonly children?: ComponentChildren;
}

export function StepNav({ back, next, onBack, children }: StepNavProps) {
  return (
    <div class="nav">
      <button type="button" part="button" onClick={onBack}>
        {back}
      </button>
      {children}
      <button type="submit" part="button" class="primary">
        {next}
      </button>
    </div>
  );
}

/** @module "Question 4 of 17", the principle's title and a bar that shows the same. */
import { fill } from '../../core/fill';

interface QuestionProgressProps {
  /** 1-based. */
  readonly number: number;
  readonly total: number;
  readonly principle: string;
  /** e.g. "Vraag {n} van {total}". */
  readonly template: string;
}

export function QuestionProgress({ number, total, principle, template }: QuestionProgressProps) {
  return (
    <div part="progress" class="progress">
      <p aria-live="polite">
        <span>{fill(template, { n: number, total })}</span> <span class="muted">{principle}</span>
      </p>
      {/* Bar lengths are SVG attributes, not inline styles, which a strict CSP would block. */}
      <svg class="bar" viewBox={`0 0 ${total} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" width={total} height="1" />
        <rect class="fill" width={number} height="1" />
      </svg>
    </div>
  );
}

/** @module The HTTP and DOM-event contracts shared by the widget, the worker and partner pages. */
import type { Band, PrincipleScore } from './scoring';
import type { LocalisedBank } from './bank/types';

/** `GET /api/v1/assessment?lang=..`: the localised bank. */
export type AssessmentResponse = LocalisedBank;

/** Every error the API answers has this body. */
export interface ErrorBody {
  readonly error: {
    /** Stable, machine-readable, e.g. `not_found`, `invalid_query`. */
    readonly code: string;
    /** Plain English for the developer reading the network tab. */
    readonly message: string;
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
  };
}

/** `detail` of the `cyberscan:complete` event: the outcome without any answers. */
export interface CompleteEventDetail {
  readonly bankVersion: string;
  readonly overall: number;
  readonly band: Band;
  readonly principles: readonly PrincipleScore[];
}

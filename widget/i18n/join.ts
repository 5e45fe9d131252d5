/** @module Joins the two parts of the UI strings (i18n/types.ts) into one, as the result screen reads them. */
import type { FlowText, ResultText, UiText } from './types';

/** `flow` and `result` as one; both have a `result` group, which is joined too. */
export const joinText = (flow: FlowText, result: ResultText): UiText => ({ ...flow, ...result, result: { ...flow.result, ...result.result } });

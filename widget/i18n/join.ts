/** @module Joins the parts of the UI strings (i18n/types.ts) into one, as the result screen and the tests read them. */
import type { FlowText, ResultText, RestoreText, UiText } from './types';

/** `flow` and `result` as one; both have a `result` group, which is joined too. */
export const joinText = (flow: FlowText, result: ResultText): FlowText & ResultText => ({ ...flow, ...result, result: { ...flow.result, ...result.result } });

/** All three parts as one: `restore`'s notices join the flow's in `question.notice`. */
export const joinAll = (flow: FlowText, result: ResultText, restore: RestoreText): UiText => ({
  ...joinText(flow, result),
  ...restore,
  question: { ...flow.question, notice: { ...flow.question.notice, ...restore.question.notice } },
});

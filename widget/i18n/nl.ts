/**
 * @module All the widget's Dutch UI strings in one object, as the tests and the reading-time budget
 * read them. The widget ships them in two parts: nl-flow.ts in widget.js, nl-result.ts in widget-result.js.
 */
import { joinText } from './join';
import { nlFlow } from './nl-flow';
import { nlResult } from './nl-result';
import type { UiText } from './types';

export const nl: UiText = joinText(nlFlow, nlResult);

/**
 * @module All the widget's English UI strings in one object, as the tests and the reading-time budget
 * read them. The widget ships them in two parts: en-flow.ts in widget-en.js, en-result.ts in widget-result.js.
 */
import { joinText } from './join';
import { enFlow } from './en-flow';
import { enResult } from './en-result';
import type { UiText } from './types';

export const en: UiText = joinText(enFlow, enResult);

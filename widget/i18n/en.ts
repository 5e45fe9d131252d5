/**
 * @module All the widget's English UI strings in one object, as the tests and the reading-time budget
 * read them. The widget ships them in three parts: en-flow.ts in widget-en.js, en-result.ts in widget-result.js,
 * en-restore.ts in widget-restore.js.
 */
import { joinAll } from './join';
import { enFlow } from './en-flow';
import { enRestore } from './en-restore';
import { enResult } from './en-result';
import type { UiText } from './types';

export const en: UiText = joinAll(enFlow, enResult, enRestore);

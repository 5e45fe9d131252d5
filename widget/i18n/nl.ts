/**
 * @module All the widget's Dutch UI strings in one object, as the tests and the reading-time budget
 * read them. The widget ships them in three parts: nl-flow.ts in widget.js, nl-result.ts in widget-result.js,
 * nl-restore.ts in widget-restore.js.
 */
import { joinAll } from './join';
import { nlFlow } from './nl-flow';
import { nlRestore } from './nl-restore';
import { nlResult } from './nl-result';
import type { UiText } from './types';

export const nl: UiText = joinAll(nlFlow, nlResult, nlRestore);

/**
 * @module zod's English messages for the worker's schemas. The worker uses `zod/mini` (imported as
 * `import * as z from 'zod/mini'` in each file, so the bundler keeps only what is used): the same
 * validation as classic zod without its method-per-feature API and JSON-schema support. Classic
 * registers the English messages by itself; mini does not, so this module does, once, for every
 * answer `validate` (worker/http/validate.ts) gives. Messages are looked up when an issue is
 * reported, so it does not matter which schema was built first.
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

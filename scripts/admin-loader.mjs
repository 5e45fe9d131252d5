// Lets Node 20.19+ run the TypeScript admin tool (scripts/admin.ts) without a build step:
// `node --import ./scripts/admin-loader.mjs scripts/admin.ts`. Node 20 cannot strip types itself.
import { register } from 'node:module';

register('./admin-loader-hooks.mjs', import.meta.url);

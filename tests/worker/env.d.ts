/** The migrations that vitest.config.ts reads from migrations/ and hands to the test worker. */
import type { D1Migration } from 'cloudflare:test';

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
    }
  }
}

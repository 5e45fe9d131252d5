/** @module The admin tool's database failure, apart so that d1.ts and busy.ts can both use it. */

/** wrangler or D1 refused: exit code 1, with what it said. */
export class DatabaseError extends Error {}

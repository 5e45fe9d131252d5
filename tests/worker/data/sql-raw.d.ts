/** SQL files imported as text (`seed/dev.sql?raw`); vite turns them into a string. */
declare module '*.sql?raw' {
  const sql: string;
  export default sql;
}

/** wrangler.toml imported as text (`wrangler.toml?raw`), to check settings the code relies on. */
declare module '*.toml?raw' {
  const toml: string;
  export default toml;
}

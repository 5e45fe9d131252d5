// @vitest-environment node
/**
 * The console and partner tools build (vite.console.config.ts), in memory: exactly the four files
 * the worker serves by name (worker/routes/page-asset.ts). A shared chunk or a hashed name would
 * build fine and then 404 in the browser.
 */
import { build, type Rolldown } from 'vite';
import { expect, test } from 'vitest';

test('builds console.js, console.css, embed.js and embed.css, and nothing else', async () => {
  const { output } = (await build({ configFile: 'vite.console.config.ts', logLevel: 'silent', build: { write: false } })) as Rolldown.RolldownOutput;

  expect(output.map((file) => file.fileName).sort()).toEqual(['console.css', 'console.js', 'embed.css', 'embed.js']);
}, 30_000);

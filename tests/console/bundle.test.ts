// @vitest-environment node
/**
 * The console and partner tools build (build/targets.ts), in memory: exactly the four files
 * the worker serves by name (worker/routes/built-files.ts). A shared chunk or a hashed name would
 * build fine and then 404 in the browser.
 */
import { expect, test } from 'vitest';
import { buildTarget } from '../widget/build-target';

test('builds console.js, console.css, embed.js and embed.css, and nothing else', async () => {
  const output = [...(await buildTarget('console.js')), ...(await buildTarget('embed.js'))];

  expect(output.map((file) => file.fileName).sort()).toEqual(['console.css', 'console.js', 'embed.css', 'embed.js']);
}, 30_000);

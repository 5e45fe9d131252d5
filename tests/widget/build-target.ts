/**
 * @module Builds one target of build/targets.ts in memory, exactly as `npm run build` does
 * (the same vite.config.ts), for tests that look inside the output or run it.
 */
import { createBuilder, type Plugin, type Rolldown } from 'vite';
import { targetOf } from '../../build/targets';

/** The files that `npm run build` would write for `file`'s target, without writing them. */
export async function buildTarget(file: string, plugins: Plugin[] = []): Promise<(Rolldown.OutputChunk | Rolldown.OutputAsset)[]> {
  const builder = await createBuilder({ logLevel: 'silent', plugins, build: { write: false } });
  const result = await builder.build(builder.environments[targetOf(file).name]!);
  return (Array.isArray(result) ? result : [result as Rolldown.RolldownOutput]).flatMap((r) => r.output);
}

/** The one script chunk of `file`'s target. */
export async function buildScript(file: string, plugins: Plugin[] = []): Promise<Rolldown.OutputChunk> {
  const chunk = (await buildTarget(file, plugins)).find((f): f is Rolldown.OutputChunk => f.type === 'chunk');
  if (!chunk) throw new Error(`building ${file} produced no script`);
  return chunk;
}

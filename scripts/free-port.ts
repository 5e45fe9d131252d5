/**
 * @module A free loopback port, for tools that start their own `wrangler dev` (the browser tests'
 * dev server and the fault run): the operating system picks it, so two runs never collide.
 */
import { createServer } from 'node:net';

/** Asks the OS for a free port on 127.0.0.1, then releases it for the caller to listen on. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

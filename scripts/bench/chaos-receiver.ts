/**
 * @module A network's webhook receiver that misbehaves on purpose, on the loopback interface only:
 * it answers 30% of requests with 500 and holds 5% for ten seconds (past the sender's timeout)
 * before taking them, and counts what it took by delivery id (`webhook-id`, or the legacy
 * `X-CyberScan-Delivery`), so duplicates show.
 */
import { createServer, type Server } from 'node:http';

export interface ReceiverOptions {
  /** Share of requests answered 500 at once, without keeping them. */
  readonly failShare: number;
  /** Share of requests kept, but answered only after `delayMs`: the sender gives up first. */
  readonly delayShare: number;
  readonly delayMs: number;
}

export interface Receiver {
  readonly origin: string;
  /** Requests per outcome. */
  readonly counts: { failed: number; delayed: number; taken: number };
  /** Times each delivery id was taken (a 2xx answered, or answered late after taking it). */
  readonly taken: Map<string, number>;
  close(): Promise<void>;
}

/** Starts the receiver on 127.0.0.1 at a free port; `random` is for a repeatable run. */
export function startReceiver(options: ReceiverOptions, random: () => number): Promise<Receiver> {
  const counts = { failed: 0, delayed: 0, taken: 0 };
  const taken = new Map<string, number>();
  const keep = (id: string) => taken.set(id, (taken.get(id) ?? 0) + 1);
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const id = String(request.headers['webhook-id'] ?? request.headers['x-cyberscan-delivery'] ?? '');
      const roll = random();
      if (roll < options.failShare) {
        counts.failed += 1;
        response.writeHead(500).end();
      } else if (roll < options.failShare + options.delayShare) {
        counts.delayed += 1;
        // A slow receiver that does take it: the sender's timeout makes this the duplicate race.
        keep(id);
        setTimeout(() => response.writeHead(200).end(), options.delayMs);
      } else {
        counts.taken += 1;
        keep(id);
        response.writeHead(204).end();
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({
        origin: `http://127.0.0.1:${port}`,
        counts,
        taken,
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()); }),
      });
    });
  });
}

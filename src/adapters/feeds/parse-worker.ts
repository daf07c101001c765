/**
 * Worker-thread entry: decodes and parses feeds sent by parse-pool.ts, so
 * parsing (the largest CPU cost of a poll) runs beside the main thread's
 * fetching, matching and storing instead of taking turns with it.
 */
import { parentPort } from 'node:worker_threads';
import { FeedError } from '../../core/errors.ts';
import { parseInThread, type ParseRequest } from './decode-and-parse.ts';

export interface WorkerReply {
  id: number;
  ok: boolean;
  parsed?: Awaited<ReturnType<typeof parseInThread>>;
  error?: { message: string; feedError?: { url: string; reason: FeedError['reason']; status: number | undefined } };
}

parentPort?.on('message', async ({ id, req }: { id: number; req: ParseRequest }) => {
  let reply: WorkerReply;
  try {
    reply = { id, ok: true, parsed: await parseInThread(req) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply = {
      id,
      ok: false,
      error: { message, ...(err instanceof FeedError ? { feedError: { url: err.url, reason: err.reason, status: err.status } } : {}) },
    };
  }
  parentPort?.postMessage(reply);
});

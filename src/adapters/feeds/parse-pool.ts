/**
 * Parses feeds in worker threads. A poll is CPU-bound in XML parsing; with
 * one worker per spare core, the main thread keeps fetching, matching and
 * writing while feeds are parsed. Errors come back as the same FeedErrors
 * the in-thread parser throws. A worker that dies is replaced, and its
 * requests fail with a clear error (the feed is retried on the next poll).
 */
import { Worker } from 'node:worker_threads';
import { FeedError } from '../../core/errors.ts';
import type { KeywordMatcher } from '../../core/match/keyword-matcher.ts';
import { parseInThread, WORKER_MATCHERS_KEPT, type FeedParser, type ParseRequest, type ParseResult } from './decode-and-parse.ts';
import type { WorkerReply, WorkerRequest } from './parse-worker.ts';

interface Pending {
  resolve: (p: ParseResult) => void;
  reject: (e: Error) => void;
  url: string;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Matchers this worker keeps compiled, oldest first (their specs are sent once). */
  matchers: number[];
}

export interface ParsePool {
  parse: FeedParser;
  close(): Promise<void>;
}

/**
 * The build (dist/) runs the compiled worker. Run from the TypeScript sources
 * (tests, development), parse-worker.mjs registers the TypeScript loader in
 * the thread first: loaders do not carry over to worker threads.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts') ? './parse-worker.mjs' : './parse-worker.js';

/**
 * A parse worker's young generation. A feed's parse tree is garbage as soon
 * as its entries are screened, so it dies young, and V8's default (up to
 * 48 MB here) mostly holds dead trees. On the bench (1,000 feeds × 50 items)
 * 16 MB took about 20 MB off the peak RSS and 8 MB about 12 MB more, with
 * parse time within the noise of this machine.
 */
const WORKER_YOUNG_GENERATION_MB = 8;

/** Workers that die this many times make the pool parse in the main thread instead (no crash loop). */
const MAX_RESTARTS = 3;

export function createParsePool(size: number, onDegraded?: (why: string) => void): ParsePool {
  let nextId = 0;
  let closed = false;
  let restarts = 0;
  let degraded = false;
  const slots: Slot[] = [];
  // A matcher is sent to the workers as its specs, under a number that names it afterwards.
  const matcherIds = new WeakMap<KeywordMatcher, number>();
  let nextMatcherId = 0;

  const spawn = (index: number): Slot => {
    const worker = new Worker(new URL(WORKER_FILE, import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, pending: new Map(), matchers: [] };
    worker.on('message', (reply: WorkerReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      if (slot.pending.size === 0) worker.unref();
      if (reply.ok && reply.parsed) return p.resolve(reply.parsed);
      const fe = reply.error?.feedError;
      p.reject(fe ? new FeedError(fe, reply.error?.message ?? 'parse failed') : new Error(reply.error?.message ?? 'parse failed'));
    });
    const fail = (why: string) => {
      for (const p of slot.pending.values()) p.reject(new FeedError({ url: p.url, reason: 'parse' }, `${p.url}: feed parser stopped (${why}); will retry`));
      slot.pending.clear();
      if (closed || degraded) return;
      if (++restarts > MAX_RESTARTS) {
        degraded = true;
        onDegraded?.(`parse workers keep stopping (${why}); parsing in the main thread from now on`);
        return;
      }
      slots[index] = spawn(index);
    };
    worker.on('error', (err) => fail(err.message));
    worker.on('exit', (code) => {
      if (!closed) fail(`exit code ${code}`);
    });
    // Referenced only while it has work: an idle pool never keeps the process alive,
    // and a pending parse always does (an unreferenced one could let the process exit mid-cycle).
    worker.unref();
    return slot;
  };
  for (let i = 0; i < Math.max(1, size); i++) slots.push(spawn(i));

  return {
    parse(req: ParseRequest): Promise<ParseResult> {
      if (closed) return Promise.reject(new Error('parse pool closed'));
      if (degraded) return parseInThread(req);
      // The least busy worker.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      const message: WorkerRequest = { id, req: { ...req, screen: undefined } };
      const specs = req.screen?.matcher.specs;
      if (req.screen && specs) {
        // A matcher without specs cannot be rebuilt in the worker: its entries come back unscreened.
        let matcherId = matcherIds.get(req.screen.matcher);
        if (matcherId === undefined) matcherIds.set(req.screen.matcher, (matcherId = nextMatcherId++));
        const known = slot.matchers.includes(matcherId);
        if (!known) {
          slot.matchers.push(matcherId);
          if (slot.matchers.length > WORKER_MATCHERS_KEPT) slot.matchers.shift();
        }
        message.screen = { feed: req.screen.feed, matcher: matcherId, ...(known ? {} : { specs: [...specs] }) };
      }
      if (slot.pending.size === 0) slot.worker.ref();
      return new Promise<ParseResult>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject, url: req.url });
        // Hand the bytes over without a copy when they own their whole buffer (a feed body
        // does: Buffer.concat of a large body allocates its own); a view into a shared pool is copied.
        const { bytes } = req;
        const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
        slot.worker.postMessage(message, own ? [bytes.buffer as ArrayBuffer] : []);
      });
    },
    async close() {
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/**
 * Worker-thread entry: decodes, parses and screens feeds sent by
 * parse-pool.ts, so this CPU work (the largest part of a poll) runs beside
 * the main thread's fetching, deduplicating and storing instead of taking
 * turns with it.
 */
import { parentPort } from 'node:worker_threads';
import { FeedError } from '../../core/errors.ts';
import { compileKeywords, type KeywordMatcher, type KeywordSpec } from '../../core/match/keyword-matcher.ts';
import { parseInThread, WORKER_MATCHERS_KEPT, type ParseRequest, type ParseResult } from './decode-and-parse.ts';

export interface WorkerRequest {
  id: number;
  /** Without `screen`: a matcher cannot cross threads, so it travels as `screen` below. */
  req: ParseRequest;
  /** Screen with matcher number `matcher`; its specs come the first time this worker sees it. */
  screen?: { feed: { name: string; url: string }; matcher: number; specs?: KeywordSpec[] };
}

export interface WorkerReply {
  id: number;
  ok: boolean;
  parsed?: ParseResult;
  error?: { message: string; feedError?: { url: string; reason: FeedError['reason']; status: number | undefined } };
}

/** Matchers by number, the latest few (in the order the pool sent them). */
const matchers = new Map<number, KeywordMatcher>();

function matcherFor(screen: NonNullable<WorkerRequest['screen']>): KeywordMatcher {
  let matcher = matchers.get(screen.matcher);
  if (!matcher) {
    if (!screen.specs) throw new Error(`parse worker: matcher ${screen.matcher} is unknown and came without its keywords`);
    matcher = compileKeywords(screen.specs);
    matchers.set(screen.matcher, matcher);
    for (const old of matchers.keys()) if (matchers.size > WORKER_MATCHERS_KEPT) matchers.delete(old);
  }
  return matcher;
}

parentPort?.on('message', async ({ id, req, screen }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const withScreen = screen ? { ...req, screen: { feed: screen.feed, matcher: matcherFor(screen) } } : req;
    reply = { id, ok: true, parsed: await parseInThread(withScreen) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    reply = {
      id,
      ok: false,
      error: { message, ...(err instanceof FeedError ? { feedError: { url: err.url, reason: err.reason, status: err.status } } : {}) },
    };
  }
  // The hashes of the unmatched entries move over without a copy.
  const unmatched = reply.parsed?.kind === 'screened' ? reply.parsed.screened.unmatched : undefined;
  parentPort?.postMessage(reply, unmatched ? [unmatched.hashes.buffer as ArrayBuffer, unmatched.ends.buffer as ArrayBuffer] : []);
});

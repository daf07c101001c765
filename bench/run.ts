/**
 * `npm run bench [-- --feeds N --items M]`: measures the pipeline against the
 * floor any RSS bot pays (fetch + rss-parser parseString), on a generated
 * Korean corpus served from a child process on 127.0.0.1. Prints a table and
 * one JSON line. A script, never a test: figures vary with the machine.
 *
 * The floor (floor.mjs) and the pipeline (pipeline.mjs, the compiled build
 * that `npm start` runs) each run in a fresh process started with the Node
 * flags of the start script, `--runs` times (3), interleaved, and
 * the best run of each counts: a shared 2-core machine is noisy. Peak RSS is
 * the pipeline process's own, the highest of its runs.
 *
 * Each process warms up on 50 feeds, then measures its first full pass: the
 * cold cycle of a freshly started bot. With `--warmup-cycles N`, both sides
 * first make N more full passes (the pipeline into throwaway databases, so
 * each is a whole cold cycle) and the pass after them is measured, as a
 * long-running process would see it; the first pass is then printed as (a').
 * V8 keeps optimising a fresh process's code through about three such cycles
 * (measured: the pipeline's cold cycle took 3.2, 2.7, 2.5 and 2.4 s in a row,
 * compiling 274, 127, 53 and 62 functions), and the pipeline has far more
 * code to optimise than the floor; its heap also grows over the extra cycles,
 * which the peak RSS then includes.
 */
import { execFile, fork } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { articleFacts } from '../src/core/article-facts.ts';
import { compileKeywords, type KeywordSpec } from '../src/core/match/keyword-matcher.ts';
import { matchTopics } from '../src/core/match/match-topics.ts';
import { corpusItem } from './corpus.mjs';

const { values } = parseArgs({
  options: {
    feeds: { type: 'string', default: '1000' },
    items: { type: 'string', default: '50' },
    concurrency: { type: 'string', default: '8' },
    // Share of items that mention a watched topic; real feeds: a few percent. 0.5 is a stress case.
    'match-rate': { type: 'string', default: '0.08' },
    'parse-workers': { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    'warmup-cycles': { type: 'string', default: '0' },
  },
});
const FEEDS = Number(values.feeds);
const ITEMS = Number(values.items);
const CONCURRENCY = Number(values.concurrency);
const MATCH_RATE = Number(values['match-rate']);
const RUNS = Math.max(1, Number(values.runs));
const WARMUP_CYCLES = Math.max(0, Number(values['warmup-cycles']));

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
/**
 * The Node flags `npm start` runs the bot with. Both sides run with them, so
 * the comparison is between the two programs on one runtime set-up.
 */
const START_FLAGS = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } }).scripts.start
  .split(/\s+/)
  .filter((arg) => arg.startsWith('--'));
const run = promisify(execFile);

async function startServer(): Promise<{ port: number; bytes: number; stop(): void }> {
  const child = fork(new URL('./feed-server.mjs', import.meta.url), [String(FEEDS), String(ITEMS), String(MATCH_RATE)], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
  const line = await new Promise<string>((resolve) => child.stdout!.once('data', (b: Buffer) => resolve(b.toString())));
  const { port, bytes } = JSON.parse(line) as { port: number; bytes: number };
  return { port, bytes, stop: () => child.kill() };
}

/** Runs a measuring script in a fresh Node process and parses the JSON line it prints. */
async function measure<T>(script: string, args: string[], nodeFlags: string[] = []): Promise<T> {
  const { stdout } = await run(process.execPath, [...nodeFlags, new URL(script, import.meta.url).pathname, ...args], { maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as T;
}

interface PipelineRun {
  coldMs: number;
  firstColdMs: number;
  warmMs: number;
  warmNotModified: number;
  coldArticles: number;
  coldMatched: number;
  coldStories: number;
  coldSent: number;
  peakRssMB: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function matchingCost(): { k3: number; k1000: number } {
  const articles = Array.from({ length: 2000 }, (_, i) => corpusItem(i % 97, i, 1));
  const base: KeywordSpec[] = [
    { topic: 'nvidia', keyword: '엔비디아' },
    { topic: 'gpu', keyword: 'GPU' },
    { topic: 'physical-ai', keyword: '피지컬 AI' },
  ];
  const extra: KeywordSpec[] = Array.from({ length: 997 }, (_, i) => ({
    topic: `t${i % 50}`,
    keyword: i % 2 ? `키워드${i}호` : `term${i}x`,
  }));
  // The two matchers take turns, round by round, and the best round of each counts: a
  // busy spell on this shared machine then hits both, not whichever happened to run in it.
  const matchers = [compileKeywords(base), compileKeywords([...base, ...extra])] as const;
  for (const matcher of matchers) for (const a of articles.slice(0, 200)) matchTopics(matcher, a); // warm up
  const best = [Infinity, Infinity];
  for (let round = 0; round < 9; round++) {
    matchers.forEach((matcher, m) => {
      const t0 = process.hrtime.bigint();
      for (const a of articles) matchTopics(matcher, a);
      best[m] = Math.min(best[m] as number, ms(t0));
    });
  }
  const perArticle = (m: number) => ((best[m] as number) * 1000) / articles.length; // µs per article
  return { k3: perArticle(0), k1000: perArticle(1) };
}

/** Cleaning + fact extraction per matched article (the cycle runs it on matched articles only). */
function factsCost(): number {
  const published = new Date();
  const articles = Array.from({ length: 2000 }, (_, i) => ({ ...corpusItem(i % 97, i, 1), published }));
  for (const a of articles.slice(0, 200)) articleFacts(a, 'Asia/Seoul'); // warm up
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = process.hrtime.bigint();
    for (const a of articles) articleFacts(a, 'Asia/Seoul');
    best = Math.min(best, ms(t0));
  }
  return (best * 1000) / articles.length;
}

async function main() {
  const server = await startServer();
  const pattern = `http://127.0.0.1:${server.port}/feed/{i}.xml`;
  const dir = mkdtempSync(join(tmpdir(), 'news-alert-bench-'));
  try {
    const floorRuns: { ms: number; firstMs: number }[] = [];
    const pipelineRuns: PipelineRun[] = [];
    for (let r = 0; r < RUNS; r++) {
      floorRuns.push(await measure<{ ms: number; firstMs: number }>('./floor.mjs', [pattern, String(FEEDS), String(CONCURRENCY), String(WARMUP_CYCLES)], START_FLAGS));
      const runDir = mkdtempSync(join(dir, 'run-'));
      pipelineRuns.push(
        await measure<PipelineRun>(
          './pipeline.mjs',
          [pattern, String(FEEDS), String(CONCURRENCY), String(values['parse-workers']), runDir, String(WARMUP_CYCLES)],
          START_FLAGS,
        ),
      );
    }
    server.stop();

    const matching = matchingCost();
    const factsUs = factsCost();
    const floorBest = Math.min(...floorRuns.map((f) => f.ms));
    const floorFirstBest = Math.min(...floorRuns.map((f) => f.firstMs));
    const best = pipelineRuns.reduce((a, b) => (b.coldMs < a.coldMs ? b : a));
    const firstColdBest = Math.min(...pipelineRuns.map((p) => p.firstColdMs));
    const figures = {
      feeds: FEEDS,
      items: ITEMS,
      concurrency: CONCURRENCY,
      matchRate: MATCH_RATE,
      runs: RUNS,
      warmupCycles: WARMUP_CYCLES,
      nodeFlags: START_FLAGS.join(' '),
      corpusMB: +(server.bytes / 1e6).toFixed(1),
      coldMs: Math.round(best.coldMs),
      floorMs: Math.round(floorBest),
      coldOverFloor: +(best.coldMs / floorBest).toFixed(2),
      // Each run's pipeline over the floor run just before it (the same spell of the machine), the median.
      pairedMedianRatio: +median(pipelineRuns.map((p, i) => p.coldMs / (floorRuns[i] as { ms: number }).ms)).toFixed(2),
      ...(WARMUP_CYCLES > 0
        ? { firstColdMs: Math.round(firstColdBest), firstFloorMs: Math.round(floorFirstBest), firstColdOverFloor: +(firstColdBest / floorFirstBest).toFixed(2) }
        : {}),
      warmMs: Math.round(Math.min(...pipelineRuns.map((p) => p.warmMs))),
      warmNotModified: best.warmNotModified,
      coldArticles: best.coldArticles,
      coldMatched: best.coldMatched,
      coldStories: best.coldStories,
      coldSent: best.coldSent,
      match3UsPerArticle: +matching.k3.toFixed(1),
      match1000UsPerArticle: +matching.k1000.toFixed(1),
      match1000Over3: +(matching.k1000 / matching.k3).toFixed(2),
      factsUsPerArticle: +factsUs.toFixed(1),
      peakRssMB: Math.round(Math.max(...pipelineRuns.map((p) => p.peakRssMB))),
      allColdMs: pipelineRuns.map((p) => Math.round(p.coldMs)),
      allFloorMs: floorRuns.map((f) => Math.round(f.ms)),
    };
    const rows: [string, string, string][] = [
      ['(a) cold cycle, whole pipeline', `${figures.coldMs} ms`, `${figures.coldOverFloor}× floor (target ≤ 1.5×)${WARMUP_CYCLES > 0 ? `, after ${WARMUP_CYCLES} warm-up cycles` : ''}`],
      ['(b) floor: fetch + parseString', `${figures.floorMs} ms`, `best of ${RUNS} (runs: floor ${figures.allFloorMs.join(', ')}; cold ${figures.allColdMs.join(', ')})`],
      ['    cold over floor, run by run', `${figures.pairedMedianRatio}×`, 'median of each run\'s ratio: both sides of a run see the same spell of this shared machine'],
      ...(WARMUP_CYCLES > 0
        ? [
            [
              "(a') first cold cycle, fresh process",
              `${figures.firstColdMs} ms`,
              `${figures.firstColdOverFloor}× the floor's first pass (${figures.firstFloorMs} ms)`,
            ] as [string, string, string],
          ]
        : []),
      ['(c) warm cycle, all 304', `${figures.warmMs} ms`, `${figures.warmNotModified}/${FEEDS} not modified (target ≤ 1000 ms)`],
      ['(d) matching, 3 keywords', `${figures.match3UsPerArticle} µs/article`, ''],
      ['(d) matching, 1,000 keywords', `${figures.match1000UsPerArticle} µs/article`, `${figures.match1000Over3}× (target ≤ 1.5×)`],
      ['(f) cleaning + facts', `${figures.factsUsPerArticle} µs/article`, 'matched articles only; included in (a)'],
      ['(e) peak RSS', `${figures.peakRssMB} MB`, 'pipeline process, highest run (target ≤ 250 MB)'],
    ];
    console.log(
      `news-alert bench: ${FEEDS} feeds × ${ITEMS} items (${figures.corpusMB} MB), concurrency ${CONCURRENCY}, match rate ${MATCH_RATE}, ` +
        `${figures.coldArticles} articles, ${figures.coldMatched} matched in ${figures.coldStories} stories, ${figures.coldSent} messages sent; ` +
        `both run as npm start runs the bot (node ${START_FLAGS.join(' ')})\n`,
    );
    for (const [what, value, note] of rows) console.log(`${what.padEnd(34)} ${value.padStart(18)}   ${note}`);
    console.log(`\n${JSON.stringify(figures)}`);
  } finally {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

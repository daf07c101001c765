import { readFile } from 'node:fs/promises';
import { extractFacts } from '../../core/facts/extract.ts';
import { UsageError } from '../../core/errors.ts';
import { htmlToText } from '../../core/text/html-to-text.ts';
import { cleanBoilerplate } from '../../core/text/clean-boilerplate.ts';
import { describeFact } from '../../core/format/fact-text.ts';
import { checkUsage } from '../args.ts';
import { readAll } from '../read-input.ts';
import { writeJson, writeLine, type CommandContext } from '../context.ts';

/** Splits an article into headline (first non-empty line) and body; HTML is turned into text first. */
export function splitArticle(raw: string): { headline: string; body: string } {
  const text = /<[a-z!/][^>]*>/i.test(raw) ? htmlToText(raw) : raw;
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return { headline: '', body: '' };
  return { headline: (lines[first] ?? '').trim(), body: lines.slice(first + 1).join('\n') };
}

/** `facts [FILE|-] [--published ISO-8601] [--json]`: the facts of one article. */
export async function factsCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['published', 'json'], 1);
  const published = ctx.args.values.published ? new Date(ctx.args.values.published) : new Date();
  if (Number.isNaN(published.getTime())) throw new UsageError(`--published: not an ISO-8601 date: ${ctx.args.values.published}`);
  const file = ctx.args.positionals[0];
  if ((file === undefined || file === '-') && ctx.io.stdin.isTTY) throw new UsageError('give a FILE, or pipe the article on standard input');
  const raw = file === undefined || file === '-' ? await readAll(ctx.io.stdin) : await readFile(file, 'utf8');
  const { headline, body } = splitArticle(raw);
  const timeZone = ctx.loadConfig().timezone;
  const result = extractFacts({ headline, body: cleanBoilerplate(body), published, timeZone });
  if (ctx.args.values.json) {
    writeJson(ctx.io.stdout, { headline, facts: result.facts, headlineFacts: result.headlineFacts });
    return 0;
  }
  writeLine(ctx.io.stdout, headline);
  writeLine(ctx.io.stdout, `\nHeadline facts:`);
  for (const f of result.headlineFacts) writeLine(ctx.io.stdout, `  • ${describeFact(f)}`);
  writeLine(ctx.io.stdout, `\nAll facts (${result.facts.length}):`);
  for (const f of result.facts) writeLine(ctx.io.stdout, `  ${f.kind.padEnd(8)} ${describeFact(f)}   [${f.where}: "${f.text}"]`);
  return 0;
}



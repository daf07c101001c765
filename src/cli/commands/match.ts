import { readFile } from 'node:fs/promises';
import { compileTopics } from '../../compose/app.ts';
import { compileKeywords, type KeywordMatcher } from '../../core/match/keyword-matcher.ts';
import { UsageError } from '../../core/errors.ts';
import { checkUsage } from '../args.ts';
import { writeJson, type CommandContext } from '../context.ts';
import { readAll } from '../read-input.ts';

/** `match --keywords "엔비디아,GPU" [FILE|-]`: where keywords occur in a text (offsets are JavaScript string indices). */
export async function matchCommand(ctx: CommandContext): Promise<number> {
  checkUsage(ctx.args, ['keywords'], 1);
  const list = ctx.args.values.keywords;
  let matcher: KeywordMatcher;
  if (list !== undefined) {
    const keywords = list.split(',').map((k) => k.trim()).filter(Boolean);
    if (keywords.length === 0) throw new UsageError('--keywords needs at least one keyword, e.g. --keywords "엔비디아,GPU"');
    matcher = compileKeywords(keywords.map((keyword) => ({ topic: keyword, keyword })));
  } else {
    matcher = compileTopics(ctx.loadConfig());
  }
  const file = ctx.args.positionals[0];
  if ((file === undefined || file === '-') && ctx.io.stdin.isTTY) {
    throw new UsageError('give a FILE, or pipe the text on standard input');
  }
  const text = file === undefined || file === '-' ? await readAll(ctx.io.stdin) : await readFile(file, 'utf8');
  const matches = matcher
    .find(text)
    .filter((m) => !m.exclude)
    .map((m) => ({
      keyword: m.keyword,
      ...(list === undefined ? { topic: m.topic } : {}),
      text: m.text,
      start: m.start,
      end: m.end,
    }));
  writeJson(ctx.io.stdout, { matches });
  return 0;
}

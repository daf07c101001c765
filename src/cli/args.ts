/** Command-line parsing: one global option set, each command says which it accepts. */
import { parseArgs } from 'node:util';
import { UsageError } from '../core/errors.ts';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  db: { type: 'string' },
  json: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  force: { type: 'boolean' },
  keywords: { type: 'string', short: 'k' },
  since: { type: 'string' },
  limit: { type: 'string' },
  published: { type: 'string' },
  channel: { type: 'string' },
  guild: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type OptionName = keyof typeof OPTIONS;

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  values: {
    config?: string | undefined;
    db?: string | undefined;
    json?: boolean | undefined;
    'dry-run'?: boolean | undefined;
    force?: boolean | undefined;
    keywords?: string | undefined;
    since?: string | undefined;
    limit?: string | undefined;
    published?: string | undefined;
    channel?: string | undefined;
    guild?: string | undefined;
    help?: boolean | undefined;
    version?: boolean | undefined;
  };
  /** Options given on the command line, for per-command checks. */
  given: OptionName[];
}

export function parseCommandLine(argv: readonly string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const [command, ...positionals] = parsed.positionals;
  const given = [...new Set(parsed.tokens.filter((t) => t.kind === 'option').map((t) => t.name as OptionName))];
  return { command, positionals, values: parsed.values, given };
}

const GLOBAL: OptionName[] = ['config', 'db', 'help', 'version'];

/** Rejects options the command does not take and extra positional arguments. */
export function checkUsage(args: ParsedArgs, allowed: OptionName[], maxPositionals: number): void {
  const bad = args.given.filter((o) => !GLOBAL.includes(o) && !allowed.includes(o));
  if (bad.length > 0) throw new UsageError(`"${args.command}" does not take --${bad.join(', --')}`);
  if (args.positionals.length > maxPositionals) {
    throw new UsageError(`"${args.command}" got unexpected arguments: ${args.positionals.slice(maxPositionals).join(' ')}`);
  }
}

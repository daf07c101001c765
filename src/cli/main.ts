/**
 * `news-alert` entry point. Returns the exit code: 0 ok, 1 runtime failure,
 * 2 usage or configuration error.
 */
import { readFileSync } from 'node:fs';
import { readEnv } from '../config/env.ts';
import { ConfigError, UsageError } from '../core/errors.ts';
import { parseCommandLine, type ParsedArgs } from './args.ts';
import { checkConfigCommand, schemaCommand } from './commands/check-config.ts';
import { auditCommand, configCommand } from './commands/config.ts';
import { demoCommand } from './commands/demo.ts';
import { digestCommand } from './commands/digest.ts';
import { factsCommand } from './commands/facts.ts';
import { matchCommand } from './commands/match.ts';
import { onceCommand } from './commands/once.ts';
import { registerCommandsCommand } from './commands/register-commands.ts';
import { runCommand } from './commands/run.ts';
import { searchCommand } from './commands/search.ts';
import { healthCommand, statusCommand } from './commands/status.ts';
import { createContext, writeLine, type CommandContext, type Io } from './context.ts';
import { USAGE } from './usage.ts';

type Command = (ctx: CommandContext) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  run: runCommand,
  once: onceCommand,
  match: matchCommand,
  facts: factsCommand,
  search: searchCommand,
  status: statusCommand,
  health: healthCommand,
  'check-config': checkConfigCommand,
  schema: schemaCommand,
  demo: demoCommand,
  digest: digestCommand,
  config: configCommand,
  audit: auditCommand,
  'register-commands': registerCommandsCommand,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: readonly string[], io: Io = process, env = readEnv()): Promise<number> {
  let args: ParsedArgs;
  try {
    args = parseCommandLine(argv);
  } catch (err) {
    writeLine(io.stderr, `news-alert: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.version) {
    writeLine(io.stdout, version());
    return 0;
  }
  if (args.values.help || args.command === 'help' || args.command === undefined) {
    writeLine(args.command === undefined && !args.values.help ? io.stderr : io.stdout, USAGE);
    return args.command === undefined && !args.values.help ? 2 : 0;
  }
  const command = COMMANDS[args.command];
  if (!command) {
    writeLine(io.stderr, `news-alert: unknown command "${args.command}"\n\n${USAGE}`);
    return 2;
  }
  const ctx = createContext(args, env, io);
  try {
    return await command(ctx);
  } catch (err) {
    if (err instanceof ConfigError) {
      writeLine(io.stderr, err.message);
      return 2;
    }
    if (err instanceof UsageError) {
      writeLine(io.stderr, `news-alert ${args.command}: ${err.message}\nRun "news-alert --help" for usage.`);
      return 2;
    }
    ctx.logger.error({ err, command: args.command }, `${args.command} failed: ${err instanceof Error ? err.message : String(err)}`);
    writeLine(io.stderr, `news-alert ${args.command}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

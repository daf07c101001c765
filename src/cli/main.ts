/**
 * `news-alert` entry point. Returns the exit code: 0 ok, 1 runtime failure,
 * 2 usage or configuration error.
 */
import { readFileSync } from 'node:fs';
import { readEnv } from '../config/env.ts';
import { ConfigError, UsageError } from '../core/errors.ts';
import { parseCommandLine, type ParsedArgs } from './args.ts';
import { createContext, writeLine, type CommandContext, type Io } from './context.ts';
import { USAGE } from './usage.ts';

type Command = (ctx: CommandContext) => Promise<number>;

/** Each command's module is loaded only when it runs: `health` must not pay for the Discord SDK. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('./commands/run.ts')).runCommand,
  once: async () => (await import('./commands/once.ts')).onceCommand,
  match: async () => (await import('./commands/match.ts')).matchCommand,
  facts: async () => (await import('./commands/facts.ts')).factsCommand,
  search: async () => (await import('./commands/search.ts')).searchCommand,
  status: async () => (await import('./commands/status.ts')).statusCommand,
  health: async () => (await import('./commands/status.ts')).healthCommand,
  'check-config': async () => (await import('./commands/check-config.ts')).checkConfigCommand,
  schema: async () => (await import('./commands/check-config.ts')).schemaCommand,
  demo: async () => (await import('./commands/demo.ts')).demoCommand,
  digest: async () => (await import('./commands/digest.ts')).digestCommand,
  config: async () => (await import('./commands/config.ts')).configCommand,
  audit: async () => (await import('./commands/config.ts')).auditCommand,
  'register-commands': async () => (await import('./commands/register-commands.ts')).registerCommandsCommand,
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
  const load = COMMANDS[args.command];
  if (!load) {
    writeLine(io.stderr, `news-alert: unknown command "${args.command}"\n\n${USAGE}`);
    return 2;
  }
  const ctx = createContext(args, env, io);
  try {
    const command = await load();
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

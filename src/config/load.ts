/**
 * Reads the YAML configuration file and validates it. Every problem is
 * reported with the file, the key path, the line and what was expected.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ConfigError, type ConfigIssue } from '../core/errors.ts';
import { CHANNEL_PLATFORMS, ConfigSchema, type Config } from './schema.ts';

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

/** Parses YAML text; `file` is only used in messages. Throws ConfigError. */
export function parseConfigText(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      file,
      doc.errors.map((e) => ({
        path: '',
        message: `YAML syntax: ${e.message.split('\n')[0]}`,
        line: e.linePos?.[0]?.line,
      })),
    );
  }
  const raw: unknown = doc.toJS() ?? {};
  const result = ConfigSchema.safeParse(raw);
  if (result.success) return result.data;

  const lineOf = (path: readonly PropertyKey[], unknownKey?: string): number | undefined => {
    if (unknownKey !== undefined) {
      // Point at the unknown key itself, not at its value.
      const parent = (path.length ? doc.getIn(path as (string | number)[], true) : doc.contents) as
        | { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] }
        | undefined;
      const pair = parent?.items?.find((p) => p.key?.value === unknownKey);
      if (pair?.key?.range) return lineCounter.linePos(pair.key.range[0]).line;
    }
    // The issue may point at a key that is missing: walk up to the nearest node that exists.
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  throw new ConfigError(file, result.error.issues.map((i) => toIssue(i, lineOf)));
}

function toIssue(issue: z.core.$ZodIssue, lineOf: (p: readonly PropertyKey[], unknownKey?: string) => number | undefined): ConfigIssue {
  let message = issue.message;
  let unknownKey: string | undefined;
  if (issue.code === 'unrecognized_keys') {
    message = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    unknownKey = issue.keys[0];
  } else if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    message = `unknown platform (expected ${CHANNEL_PLATFORMS.join(' | ')})`;
  }
  return { path: formatPath(issue.path), message, line: lineOf(issue.path, unknownKey) };
}

/** Reads and validates a configuration file. Throws ConfigError (also when the file cannot be read). */
export function loadConfigFile(file: string): Config {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(err)})`;
    throw new ConfigError(file, [{ path: '', message: why }]);
  }
  return parseConfigText(text, file);
}

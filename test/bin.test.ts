import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The executable users run: bin/news-alert.js on the build in dist/ (`npm test` builds it first).
const BIN = fileURLToPath(new URL('../bin/news-alert.js', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const run = (...args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp' } });

describe('the built executable', () => {
  it('prints the package version', () => {
    const res = run('--version');
    expect(res.stdout.trim()).toBe((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version);
    expect(res.status).toBe(0);
  });

  it('runs the offline demo end to end, feeds parsed in its worker thread', () => {
    const res = run('demo');
    expect(res.stderr).toBe('');
    expect(res.status).toBe(0);
    expect(res.stdout).toContain('● 엔비디아 GPU 26만장 공급에 "윈윈할 것"');
    expect(res.stdout).toContain('26만장 → 260,000장');
    expect(res.stdout).toContain('(sample, EUC-KR)');
  });
});

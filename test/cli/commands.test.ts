import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

describe('news-alert command line', () => {
  it('check-config accepts the shipped configuration', async () => {
    const r = await runCli(['check-config']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^config\/default\.yaml: OK — 10 feed\(s\), 3 topic\(s\), 1 channel\(s\)/);
  });

  it('check-config exits 2 with the file, line, key path and expectation for a bad file', async () => {
    const r = await runCli(['check-config', '--config', 'test/fixtures/config/bad-types.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('test/fixtures/config/bad-types.yaml: invalid configuration');
    expect(r.stderr).toMatch(/line 3, poll\.concurrency: .*expected/);
    expect(r.stdout).toBe('');
  });

  it('NEWS_ALERT_CONFIG chooses the file', async () => {
    const r = await runCli(['check-config'], { env: { NEWS_ALERT_CONFIG: 'test/fixtures/config/unknown-key.yaml' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 2: unknown key "pol"');
  });

  it('check-config names the environment variable a Slack channel needs', async () => {
    const r = await runCli(['check-config', '--config', 'test/fixtures/config/slack-channel.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('channels[0]: channel "ai-news" (platform slack) needs SLACK_BOT_TOKEN in the environment');
    const ok = await runCli(['check-config', '--config', 'test/fixtures/config/slack-channel.yaml'], { env: { SLACK_BOT_TOKEN: 'xoxb-test' } });
    expect(ok.code).toBe(0);
  });

  it('facts prints the seed article\'s facts as JSON', async () => {
    const r = await runCli(['facts', 'test/fixtures/seed-article.txt', '--published', '2025-11-03T09:00:00+09:00', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.headline).toBe('하정우 AI미래기획수석, JTBC 유튜브 출연');
    expect(doc.facts).toContainEqual(expect.objectContaining({ kind: 'quantity', value: 260000, unit: '장' }));
    expect(doc.facts).toContainEqual(expect.objectContaining({ kind: 'person', name: '젠슨 황' }));
    expect(doc.facts.some((f: { text: string }) => f.text.includes('3190만'))).toBe(false);
    expect(doc.headlineFacts.length).toBeLessThanOrEqual(3);
  });

  it('match prints where keywords occur, with JavaScript string offsets', async () => {
    const text = '젠슨 황 엔비디아 CEO는 "피지컬AI 시대"라며 GPUs를 언급했다. KAIST는 무관.';
    const r = await runCli(['match', '--keywords', '엔비디아,GPU,피지컬 AI,AI', '-'], { input: text });
    expect(r.code).toBe(0);
    const { matches } = JSON.parse(r.stdout) as { matches: { keyword: string; text: string; start: number; end: number }[] };
    expect(matches.map((m) => [m.keyword, m.text])).toEqual([
      ['엔비디아', '엔비디아'],
      ['피지컬 AI', '피지컬AI'],
      ['AI', 'AI'],
      ['GPU', 'GPU'],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('match reads a file', async () => {
    const r = await runCli(['match', '--keywords', '엔비디아', 'test/fixtures/seed-article.txt']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).matches.length).toBeGreaterThan(5);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['once', '--bogus'], /Unknown option '--bogus'/],
    [['status', '--dry-run'], /"status" does not take --dry-run/],
    [['search', 'x', '--limit', 'many'], /--limit must be a whole number/],
    [['match', '--keywords', ' , '], /needs at least one keyword/],
  ])('exits 2 with a usage message for %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('--help prints usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: news-alert <command>');
  });

  it('demo serves the sample feeds offline and prints alerts, the EUC-KR feed decoded exactly', async () => {
    const r = await runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('● 엔비디아 GPU 26만장 공급에 "윈윈할 것"');
    expect(r.stdout).toContain('SK하이닉스, 엔비디아向 HBM4 공급 확대');
    expect(r.stdout).not.toContain('KAIST, 차세대 배터리');
    expect(r.stdout).toMatch(/\d+ message\(s\) sent/);
  });
});

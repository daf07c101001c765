import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/app/commands/parse-command.ts';
import { createDiscordRest } from '../../../src/adapters/discord/discord-sink.ts';
import { interactionToText } from '../../../src/adapters/discord/interaction-to-text.ts';
import { newsCommandDefinition, registerCommands } from '../../../src/adapters/discord/news-command.ts';
import { startFakeDiscord, type FakeDiscord } from '../../support/fake-discord.ts';

const subcommands = (def = newsCommandDefinition()) => (def.options ?? []) as (APIApplicationCommandOption & { options?: APIApplicationCommandOption[] })[];
const optionsOf = (sub: string) => subcommands().find((s) => s.name === sub)?.options ?? [];

describe('the /news command definition', () => {
  it('has one subcommand per action, within Discord limits on counts and names', () => {
    const def = newsCommandDefinition();
    expect(def.name).toBe('news');
    const subs = subcommands(def);
    expect(subs.map((s) => s.name)).toEqual([
      'search', 'topics', 'keywords', 'keywords-add', 'keywords-remove', 'topics-add', 'topics-remove',
      'subscribe', 'unsubscribe', 'feeds', 'feeds-add', 'feeds-remove', 'digest-now', 'status', 'help',
    ]);
    expect(subs.length).toBeLessThanOrEqual(25);
    for (const s of subs) {
      expect(s.type).toBe(ApplicationCommandOptionType.Subcommand);
      expect(s.name).toMatch(/^[a-z-]{1,32}$/);
      expect(s.description.length).toBeLessThanOrEqual(100);
      expect((s.options ?? []).length).toBeLessThanOrEqual(25);
    }
  });

  it('offers autocomplete for topics, keywords and feeds, and fixed choices for the subscribe mode', () => {
    expect(optionsOf('keywords-remove')).toMatchObject([
      { name: 'topic', required: true, autocomplete: true },
      { name: 'keyword', required: true, autocomplete: true },
    ]);
    expect(optionsOf('feeds-remove')).toMatchObject([{ name: 'feed', autocomplete: true }]);
    expect(optionsOf('subscribe')[1]).toMatchObject({ name: 'mode', choices: [{ value: 'instant' }, { value: 'digest' }] });
    expect(optionsOf('search').map((o) => [o.name, o.type, o.required ?? false])).toEqual([
      ['query', ApplicationCommandOptionType.String, true],
      ['period', ApplicationCommandOptionType.String, false],
      ['page', ApplicationCommandOptionType.Integer, false],
    ]);
  });

  it('takes another command name, and rejects one Discord would not accept', () => {
    expect(newsCommandDefinition('alerts').name).toBe('alerts');
    expect(() => newsCommandDefinition('News Alerts')).toThrow();
  });

  it('maps every subcommand, with its required options filled in, to the text command of the same name', () => {
    const sample: Record<string, string | number> = { query: '피지컬 AI', topic: 'physical-ai', keywords: '피지컬 AI, 물리AI', keyword: '물리AI', name: 'robots', url: 'https://example.com/rss', feed: '전자신문' };
    for (const sub of subcommands()) {
      const values = Object.fromEntries((sub.options ?? []).filter((o) => o.required).map((o) => [o.name, sample[o.name] ?? 'x']));
      const built = interactionToText(sub.name, values);
      if (!built.ok) throw new Error(`${sub.name}: ${built.error}`);
      const parsed = parseCommand(built.text);
      expect(parsed.ok && parsed.command.name, `${sub.name} → ${built.text}`).toBe(sub.name);
    }
  });
});

describe('registering the command', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('overwrites the guild commands with the definition when a guild is given', async () => {
    const rest = createDiscordRest(fake.token, fake.apiBase);
    await registerCommands({ rest, applicationId: fake.applicationId, guildId: '1200000000000000001', name: 'news' });
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/1200000000000000001/commands`);
    expect(put.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(put.body).toEqual([newsCommandDefinition('news')]);
    expect(fake.commands.get('1200000000000000001')).toHaveLength(1);
  });

  it('overwrites the global commands without a guild', async () => {
    const rest = createDiscordRest(fake.token, fake.apiBase);
    await registerCommands({ rest, applicationId: fake.applicationId, name: 'alerts' });
    const put = await fake.waitFor((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put.body).toEqual([newsCommandDefinition('alerts')]);
    expect(fake.commands.get('global')).toMatchObject([{ name: 'alerts' }]);
  });
});

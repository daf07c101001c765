import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfigText } from '../../src/config/load.ts';

describe('config/slack-manifest.yaml', () => {
  const manifest = parse(readFileSync('config/slack-manifest.yaml', 'utf8'));

  it('asks for exactly the scopes the bot uses', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(['chat:write', 'commands', 'users:read']);
  });

  it('declares the slash command the bot listens to by default, at the events endpoint', () => {
    const [command] = manifest.features.slash_commands;
    expect(command.command).toBe(parseConfigText('{}', 'x').slack.command);
    expect(command.url).toMatch(/\/slack\/events$/);
  });
});

import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { missingSecrets } from '../../src/config/secrets.ts';

const channels = [
  { name: 'ai', platform: 'slack' },
  { name: 'hook', platform: 'slack-webhook' },
  { name: 'dc', platform: 'discord' },
  { name: 'term', platform: 'console' },
];

describe('credentials a channel needs', () => {
  it('names the missing variable for each channel that needs one', () => {
    expect(missingSecrets(channels, readEnv({}))).toEqual([
      { path: 'channels[0]', message: 'channel "ai" (platform slack) needs SLACK_BOT_TOKEN in the environment' },
      { path: 'channels[2]', message: 'channel "dc" (platform discord) needs DISCORD_TOKEN in the environment' },
    ]);
  });

  it('is satisfied by the environment', () => {
    expect(missingSecrets(channels, readEnv({ SLACK_BOT_TOKEN: 'xoxb-1', DISCORD_TOKEN: 't' }))).toEqual([]);
  });

  it('reads PORT only when it is a number', () => {
    expect(readEnv({ PORT: '8080' }).port).toBe(8080);
    expect(readEnv({ PORT: 'eighty' }).port).toBeUndefined();
  });
});

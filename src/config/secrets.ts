/**
 * Checks that every channel's platform has the credentials it needs in the
 * environment; a missing one is a configuration error naming the variable.
 */
import type { ConfigIssue } from '../core/errors.ts';
import type { EnvSettings } from './env.ts';

/** Environment variable each platform needs to send, if any. */
export function requiredVariable(platform: string, env: EnvSettings): string | undefined {
  if (platform === 'slack' && !env.slack.botToken) return 'SLACK_BOT_TOKEN';
  if (platform === 'discord' && !env.discord.token) return 'DISCORD_TOKEN';
  return undefined;
}

export function missingSecrets(channels: readonly { name: string; platform: string }[], env: EnvSettings): ConfigIssue[] {
  return channels.flatMap((c, i) => {
    const variable = requiredVariable(c.platform, env);
    return variable
      ? [{ path: `channels[${i}]`, message: `channel "${c.name}" (platform ${c.platform}) needs ${variable} in the environment` }]
      : [];
  });
}

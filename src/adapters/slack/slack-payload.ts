/** Checks that a payload handed to a Slack sink is what formatSlack produced. */
import type { ChannelTarget } from '../../app/ports.ts';
import { DeliveryError } from '../../core/errors.ts';
import type { SlackMessage } from '../../core/format/slack/format-slack.ts';

export function asSlackMessage(payload: unknown, channel: ChannelTarget): SlackMessage {
  const p = payload as Partial<SlackMessage> | null;
  if (p && typeof p === 'object' && typeof p.text === 'string' && Array.isArray(p.blocks)) return p as SlackMessage;
  throw new DeliveryError(
    { channel: channel.name, platform: channel.platform, retryable: false },
    `payload for ${channel.name} is not a Slack message (expected { text, blocks } from formatSlack)`,
  );
}

export function requireAddress(channel: ChannelTarget, what: string): string {
  if (channel.address) return channel.address;
  throw new DeliveryError(
    { channel: channel.name, platform: channel.platform, retryable: false },
    `channel ${channel.name} has no ${what} configured`,
  );
}

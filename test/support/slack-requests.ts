/** Slack slash-command requests as Slack sends them: a form body and its v0 signature. */
import { createHmac } from 'node:crypto';

export interface SlashCommand {
  text: string;
  userId: string;
  channelId: string;
  channelName: string;
  responseUrl: string;
  command?: string;
}

export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: c.channelId,
    channel_name: c.channelName,
    user_id: c.userId,
    user_name: 'someone',
    command: c.command ?? '/news',
    text: c.text,
    api_app_id: 'A0APP',
    response_url: c.responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

/** Slack's request signature: HMAC-SHA256 of `v0:{timestamp}:{body}` (api.slack.com/authentication/verifying-requests-from-slack). */
export function slackSignatureHeaders(body: string, secret: string, ts = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`,
  };
}

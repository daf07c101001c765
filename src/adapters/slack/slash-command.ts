/**
 * The /news slash-command listener. It acks first: Slack shows the user an
 * error when a command is not acknowledged within 3 seconds (Bolt's
 * unhandledRequestTimeoutMillis, 3001 ms), and a search or a feed check can
 * take longer. The reply then goes to the command's response_url, ephemeral
 * (only the caller sees it). A failing command is logged with what was typed,
 * by whom and where, and answered with a short error; it never reaches Bolt
 * as an unhandled error.
 */
import type { SlackCommandMiddlewareArgs } from '@slack/bolt';
import { executeCommand, type CommandDeps, type CommandRequest } from '../../app/commands/execute-command.ts';
import type { Logger } from '../../app/ports.ts';
import type { SlackMessage } from '../../core/format/slack/blocks.ts';
import { renderSlackReply, SLACK_ERROR_REPLY } from './render-reply.ts';
import type { AdminCheck } from './slack-admin.ts';

export interface SlashCommandOptions {
  /** The command as configured ("/news"). */
  command: string;
  commands: CommandDeps;
  isAdmin: AdminCheck;
  logger: Logger;
  timeZone: string;
}

export type SlashCommandListener = (args: Pick<SlackCommandMiddlewareArgs, 'command' | 'ack' | 'respond'>) => Promise<void>;

export function slashCommandListener(opts: SlashCommandOptions): SlashCommandListener {
  return async ({ command: body, ack, respond }) => {
    await ack();
    const where = { command: `${opts.command} ${body.text}`.trim(), user: body.user_id, channel: body.channel_id };
    const req: CommandRequest = {
      platform: 'slack',
      commandName: opts.command,
      text: body.text ?? '',
      user: { id: body.user_id, name: body.user_name || undefined },
      channel: { platform: 'slack', address: body.channel_id },
      isAdmin: () => opts.isAdmin(body.user_id),
    };

    let message: SlackMessage;
    try {
      const reply = await executeCommand(req, opts.commands);
      opts.logger.info({ ...where, reply: reply.kind }, 'slack command handled');
      message = renderSlackReply(reply, { timeZone: opts.timeZone, command: opts.command });
    } catch (err) {
      opts.logger.error({ ...where, err }, 'slack command failed');
      message = SLACK_ERROR_REPLY;
    }

    try {
      await respond({ response_type: 'ephemeral', text: message.text, blocks: message.blocks });
    } catch (err) {
      // response_url expired (30 min, 5 uses) or Slack refused the blocks: nothing more to tell the user.
      opts.logger.error({ ...where, err }, 'could not send the slack command reply to its response_url');
    }
  };
}

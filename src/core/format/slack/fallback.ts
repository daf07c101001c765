/**
 * The top-level `text` of a message: what notifications and screen readers
 * show. Slack parses it as mrkdwn too, so it is escaped like everything else.
 */
import { escapeMrkdwn } from './mrkdwn.ts';
import { oneLine, truncateText } from './truncate.ts';

/**
 * A notification preview is a line or two; 500 characters is plenty and far
 * below the 40,000 at which Slack truncates `text` (api.slack.com/changelog/
 * 2018-04-truncating-really-long-messages).
 */
const FALLBACK_MAX = 500;

export function fallbackText(plain: string): string {
  return escapeMrkdwn(truncateText(oneLine(plain), FALLBACK_MAX));
}

/**
 * The Block Kit subset news-alert sends, and builders that apply the limits
 * of limits.ts. Builders taking mrkdwn expect it escaped already (mrkdwn.ts);
 * plain_text is never parsed by Slack, so it is only truncated.
 */
import { BUTTON_TEXT_MAX, CONTEXT_ELEMENTS_MAX, HEADER_TEXT_MAX } from './limits.ts';
import { safeUrl } from './mrkdwn.ts';
import { oneLine, truncateText } from './truncate.ts';

export interface PlainText {
  type: 'plain_text';
  text: string;
  emoji: boolean;
}

/**
 * `verbatim: true` turns off Slack's own parsing of the text (auto-linking
 * urls and channel names, and "certain mentions", per the text object
 * reference), so only our explicit `<url|label>` links become links.
 */
export interface Mrkdwn {
  type: 'mrkdwn';
  text: string;
  verbatim: true;
}

export interface HeaderBlock {
  type: 'header';
  text: PlainText;
}
export interface SectionBlock {
  type: 'section';
  text: Mrkdwn;
}
export interface ContextBlock {
  type: 'context';
  elements: Mrkdwn[];
}
export interface ButtonElement {
  type: 'button';
  action_id: string;
  text: PlainText;
  url: string;
}
export interface ActionsBlock {
  type: 'actions';
  elements: ButtonElement[];
}
export interface DividerBlock {
  type: 'divider';
}

export type SlackBlock = HeaderBlock | SectionBlock | ContextBlock | ActionsBlock | DividerBlock;

/** What goes into chat.postMessage (or an incoming webhook) besides channel, thread_ts and unfurl flags. */
export interface SlackMessage {
  /** Notification and accessibility fallback; mrkdwn, escaped. */
  text: string;
  blocks: SlackBlock[];
}

/**
 * action_id of the "open article" link button. Slack still sends a
 * block_actions payload when a link button is clicked; an app with
 * interactivity on should ack it.
 */
export const OPEN_ARTICLE_ACTION_ID = 'open_article';

export function plainText(text: string, max: number): PlainText {
  return { type: 'plain_text', text: truncateText(oneLine(text), max), emoji: true };
}

export function mrkdwn(text: string): Mrkdwn {
  return { type: 'mrkdwn', text, verbatim: true };
}

export function headerBlock(text: string): HeaderBlock {
  return { type: 'header', text: plainText(text, HEADER_TEXT_MAX) };
}

/** `text` must already fit SECTION_TEXT_MAX (see fitLines in story-text.ts). */
export function sectionBlock(text: string): SectionBlock {
  return { type: 'section', text: mrkdwn(text) };
}

export function contextBlock(texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.slice(0, CONTEXT_ELEMENTS_MAX).map(mrkdwn) };
}

export function dividerBlock(): DividerBlock {
  return { type: 'divider' };
}

/** An actions block with one link button, or undefined when the url is missing or unusable. */
export function linkButtonBlock(label: string, url: string | undefined): ActionsBlock | undefined {
  const href = safeUrl(url);
  if (!href) return undefined;
  return {
    type: 'actions',
    elements: [{ type: 'button', action_id: OPEN_ARTICLE_ACTION_ID, text: plainText(label, BUTTON_TEXT_MAX), url: href }],
  };
}

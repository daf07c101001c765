/**
 * Escaping for Slack mrkdwn. Slack gives `<…>` its meaning (links, <@U123>
 * user mentions, <!channel> pings), so every piece of feed text has `&`, `<`
 * and `>` replaced by entities, and nothing else (api.slack.com/reference/
 * surfaces/formatting#escaping: "All text in Slack uses the same system of
 * escaping", links included). A headline can then never ping anyone or
 * inject a link of its own.
 */
import { URL_MAX } from './limits.ts';
import { oneLine } from './truncate.ts';

export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The label of `<url|label>`: `|` would end the url and `>` the link, so they
 * become the look-alikes ｜ and › before escaping.
 */
export function escapeLinkLabel(s: string): string {
  return escapeMrkdwn(oneLine(s).replace(/\|/g, '｜').replace(/>/g, '›'));
}

/**
 * A url fit for a link or a button: http(s) only, normalised by the WHATWG
 * parser, and with `|`, `<`, `>`, double quotes and whitespace percent-encoded (the
 * parser leaves `|` alone, which would end the url part of `<url|label>`).
 * Undefined when there is none, it is not http(s), or it is longer than a
 * button url may be.
 */
export function safeUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const href = url.href.replace(/[|<>"\s]/gu, (c) => encodeURIComponent(c));
  return href.length <= URL_MAX ? href : undefined;
}

/** `<url|label>` with both parts made safe; just the escaped label, as text, when the url is unusable. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  const href = safeUrl(url);
  if (!href) return escapeMrkdwn(oneLine(label));
  return `<${escapeMrkdwn(href)}|${escapeLinkLabel(label) || escapeMrkdwn(href)}>`;
}

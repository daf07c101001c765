/**
 * Reading a Discord webhook URL, `https://discord.com/api/webhooks/{id}/{token}`.
 * The sink posts to the configured API base with the id and token, so tests
 * can point it at a fake while the configuration holds the real URL shape.
 * The token is a secret: never echo the URL in errors or logs.
 */

export interface WebhookRef {
  id: string;
  token: string;
  /** `?thread_id=` of the URL: post into that thread (forum channels). */
  threadId?: string | undefined;
}

/** Discord's own hosts; a webhook URL of another service is a configuration mistake. */
const HOSTS = /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/;
const PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d{17,20})\/([\w-]+)\/?$/;

export function parseWebhookUrl(url: string): WebhookRef | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || !HOSTS.test(parsed.hostname)) return undefined;
  const m = PATH.exec(parsed.pathname);
  if (!m?.[1] || !m[2]) return undefined;
  const threadId = parsed.searchParams.get('thread_id') ?? undefined;
  return { id: m[1], token: m[2], threadId };
}

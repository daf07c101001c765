/**
 * Who may change settings from Slack: the user ids configured in
 * `slack.admins`, and the workspace's admins and owners as users.info reports
 * them (is_admin, is_owner, is_primary_owner; needs the users:read scope).
 * Answers are cached for a few minutes, so a burst of commands costs one
 * users.info call and a demoted admin loses the right soon after. When
 * users.info fails the user is treated as not an admin: a change refused by
 * mistake can be retried, one allowed by mistake cannot be taken back.
 */
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../app/ports.ts';

export const ADMIN_CACHE_MS = 5 * 60_000;

export interface AdminCheckOptions {
  client: Pick<WebClient, 'users'>;
  /** Slack user ids that are always admins (config `slack.admins`). */
  admins: readonly string[];
  logger: Logger;
  ttlMs?: number | undefined;
  /** Milliseconds since the epoch; tests pass their own. */
  now?: (() => number) | undefined;
}

export type AdminCheck = (userId: string) => Promise<boolean>;

export function createAdminCheck(opts: AdminCheckOptions): AdminCheck {
  const admins = new Set(opts.admins);
  const ttlMs = opts.ttlMs ?? ADMIN_CACHE_MS;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { admin: boolean; until: number }>();

  return async (userId) => {
    if (admins.has(userId)) return true;
    const cached = cache.get(userId);
    if (cached && cached.until > now()) return cached.admin;
    let admin: boolean;
    try {
      const { user } = await opts.client.users.info({ user: userId });
      admin = Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (err) {
      // Not cached: the next command asks again.
      opts.logger.warn({ err, user: userId }, 'slack users.info failed; treating the user as not an admin');
      return false;
    }
    cache.set(userId, { admin, until: now() + ttlMs });
    return admin;
  };
}

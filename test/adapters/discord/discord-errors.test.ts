import * as esm from '@discordjs/rest';
import * as cjs from 'discord.js';
import { describe, expect, it } from 'vitest';
import { toDeliveryError } from '../../../src/adapters/discord/discord-errors.ts';
import { DeliveryError } from '../../../src/core/errors.ts';

const target = { channel: 'news', platform: 'discord' };
const body = { body: undefined, files: undefined };

// discord.js (CommonJS) re-exports the CommonJS build of @discordjs/rest: other classes than the ESM import.
describe.each([
  ['ESM @discordjs/rest', esm],
  ['discord.js (CommonJS)', cjs as unknown as typeof esm],
])('mapping errors of %s', (_, lib) => {
  it('maps a RateLimitError to retryable with its retry-after', () => {
    const err = new lib.RateLimitError({
      timeToReset: 5050, limit: 5, method: 'POST', hash: 'h', url: 'u', route: '/channels/:id/messages',
      majorParameter: '1', global: false, retryAfter: 5050, sublimitTimeout: 0, scope: 'user',
    });
    expect(toDeliveryError(err, target)).toMatchObject({ retryable: true, retryAfterMs: 5050, channel: 'news', platform: 'discord' });
  });

  it.each([
    [403, 50001, 'Missing Access'],
    [404, 10003, 'Unknown Channel'],
    [403, 50013, 'Missing Permissions'],
    [404, 10015, 'Unknown Webhook'],
    [401, 40001, 'Unauthorized'],
    [401, 0, '401: Unauthorized'],
    [400, 50035, 'Invalid Form Body'],
    [413, 40005, 'Request entity too large'],
  ])('maps a %i with code %i to permanent', (status, code, message) => {
    const err = new lib.DiscordAPIError({ code, message }, code, status, 'POST', 'u', body);
    const mapped = toDeliveryError(err, target);
    expect(mapped.retryable).toBe(false);
    expect(mapped.message).toContain(`Discord error ${status} code ${code} (${message})`);
    expect(mapped.cause).toBe(err);
  });

  it('blames the token only for a 401', () => {
    const notFound = toDeliveryError(new lib.DiscordAPIError({ code: 0, message: '404: Not Found' }, 0, 404, 'POST', 'u', body), target);
    expect(notFound.message).toBe('Discord error 404 code 0 (404: Not Found): not found');
    const unauthorized = toDeliveryError(new lib.DiscordAPIError({ code: 0, message: '401: Unauthorized' }, 0, 401, 'POST', 'u', body), target);
    expect(unauthorized.message).toMatch(/token was rejected/);
  });

  it('maps a 5xx HTTPError to retryable', () => {
    expect(toDeliveryError(new lib.HTTPError(503, 'Service Unavailable', 'POST', 'u', body), target)).toMatchObject({ retryable: true, message: 'Discord server error 503' });
  });
});

describe('mapping other errors', () => {
  it('treats a timeout and network failures as retryable', () => {
    const abort = Object.assign(new Error('This operation was aborted'), { name: 'AbortError' });
    expect(toDeliveryError(abort, target)).toMatchObject({ retryable: true, message: expect.stringContaining('timed out') });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    expect(toDeliveryError(refused, target)).toMatchObject({ retryable: true });
  });

  it('treats the missing token after a 401 as permanent', () => {
    expect(toDeliveryError(new Error('Expected token to be set for this request, but none was present'), target).retryable).toBe(false);
  });

  it('keeps a secret out of the message and drops the cause that holds it', () => {
    const err = new Error('connect ECONNRESET for /webhooks/1/s3cr3t');
    const mapped = toDeliveryError(err, target, { secret: 's3cr3t' });
    expect(mapped.message).not.toContain('s3cr3t');
    expect(mapped.cause).toBeUndefined();
  });

  it('passes a DeliveryError through', () => {
    const err = new DeliveryError({ ...target, retryable: false }, 'x');
    expect(toDeliveryError(err, target)).toBe(err);
  });
});

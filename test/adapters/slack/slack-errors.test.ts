import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { slackDeliveryError } from '../../../src/adapters/slack/slack-errors.ts';
import { DeliveryError } from '../../../src/core/errors.ts';

const channel = { name: 'alerts', platform: 'slack', address: 'C123' };
const platform = (error: string) => new WebAPIPlatformError({ ok: false, error });

describe('Slack errors as DeliveryError', () => {
  it.each([
    'channel_not_found',
    'not_in_channel',
    'invalid_auth',
    'account_inactive',
    'token_revoked',
    'is_archived',
    'msg_too_long',
    'no_permission',
    'missing_scope',
    'restricted_action',
  ])('%s is permanent', (code) => {
    const err = slackDeliveryError(platform(code), channel);
    expect(err).toBeInstanceOf(DeliveryError);
    expect(err).toMatchObject({ retryable: false, channel: 'alerts', platform: 'slack', retryAfterMs: undefined });
    expect(err.message).toBe(`slack chat.postMessage to alerts (C123) failed: ${code}`);
  });

  it.each(['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'some_future_error'])(
    'other platform errors (%s) are retryable',
    (code) => {
      expect(slackDeliveryError(platform(code), channel).retryable).toBe(true);
    },
  );

  it('rate limiting is retryable after Retry-After', () => {
    const err = slackDeliveryError(new WebAPIRateLimitedError(30), channel);
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 30_000 });
    expect(err.message).toMatch(/rate limited, retry after 30 s$/);
  });

  it.each([
    [500, true],
    [503, true],
    [408, true],
    [404, false],
    [400, false],
  ])('HTTP %i is retryable: %s', (status, retryable) => {
    const err = slackDeliveryError(new WebAPIHTTPError(status, 'Status', {}, ''), channel);
    expect(err.retryable).toBe(retryable);
    expect(err.message).toContain(`HTTP ${status}`);
  });

  it('network failures and unexpected errors are retryable, keeping the cause', () => {
    const original = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const err = slackDeliveryError(new WebAPIRequestError(original), channel);
    expect(err.retryable).toBe(true);
    expect(err.message).toContain('ECONNREFUSED');
    expect((err.cause as WebAPIRequestError).original).toBe(original);
    expect(slackDeliveryError(new Error('Retry header did not contain a valid timeout'), channel).retryable).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { parseWebhookUrl } from '../../../src/adapters/discord/webhook-url.ts';

describe('reading Discord webhook URLs', () => {
  it.each([
    ['https://discord.com/api/webhooks/1250000000000000001/abc-DEF_123', { id: '1250000000000000001', token: 'abc-DEF_123', threadId: undefined }],
    ['https://discordapp.com/api/webhooks/1250000000000000001/tok/', { id: '1250000000000000001', token: 'tok', threadId: undefined }],
    ['https://ptb.discord.com/api/v10/webhooks/1250000000000000001/tok', { id: '1250000000000000001', token: 'tok', threadId: undefined }],
    ['https://discord.com/api/webhooks/1250000000000000001/tok?thread_id=1260000000000000001', { id: '1250000000000000001', token: 'tok', threadId: '1260000000000000001' }],
  ])('reads %s', (url, ref) => {
    expect(parseWebhookUrl(url)).toEqual(ref);
  });

  it.each([
    'http://discord.com/api/webhooks/1250000000000000001/tok', // not https
    'https://evil.example/api/webhooks/1250000000000000001/tok',
    'https://discord.com.evil.example/api/webhooks/1250000000000000001/tok',
    'https://hooks.slack.com/services/T000/B000/XXXX',
    'https://discord.com/api/webhooks/123/tok', // id too short for a snowflake
    'https://discord.com/api/webhooks/1250000000000000001',
    'not a url',
  ])('rejects %s', (url) => {
    expect(parseWebhookUrl(url)).toBeUndefined();
  });
});

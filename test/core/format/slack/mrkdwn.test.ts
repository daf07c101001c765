import { describe, expect, it } from 'vitest';
import { escapeLinkLabel, escapeMrkdwn, mrkdwnLink, safeUrl } from '../../../../src/core/format/slack/mrkdwn.ts';

describe('escaping feed text for Slack mrkdwn', () => {
  it.each([
    ['<!channel> 긴급', '&lt;!channel&gt; 긴급'],
    ['<@U123> 호출', '&lt;@U123&gt; 호출'],
    ['<https://evil.example|click>', '&lt;https://evil.example|click&gt;'],
    ['R&D 투자 &amp; 확대', 'R&amp;D 투자 &amp;amp; 확대'],
    ['*굵게* _기울임_ 그대로', '*굵게* _기울임_ 그대로'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  it('replaces | and > in link labels with look-alikes, and escapes the rest', () => {
    expect(escapeLinkLabel('A|B > C <D> & E')).toBe('A｜B › C &lt;D› &amp; E');
  });

  it('puts link labels on one line', () => {
    expect(escapeLinkLabel('  첫 줄\n둘째 줄\t끝 ')).toBe('첫 줄 둘째 줄 끝');
  });
});

describe('urls fit for links and buttons', () => {
  it.each([
    ['https://news.example.kr/a?id=1&b=2', 'https://news.example.kr/a?id=1&b=2'],
    ['  http://news.example.kr/a  ', 'http://news.example.kr/a'],
    ['https://news.example.kr/a b|c>d', 'https://news.example.kr/a%20b%7Cc%3Ed'],
    ['https://news.example.kr/?q=x|y z', 'https://news.example.kr/?q=x%7Cy%20z'],
    ['https://news.example.kr/뉴스', 'https://news.example.kr/%EB%89%B4%EC%8A%A4'],
  ])('keeps %j as %j', (raw, expected) => {
    expect(safeUrl(raw)).toBe(expected);
  });

  it.each([undefined, '', 'javascript:alert(1)', 'ftp://files.example.kr/a', 'mailto:a@b.kr', 'not a url', '/relative/path'])(
    'drops %j',
    (raw) => {
      expect(safeUrl(raw)).toBeUndefined();
    },
  );

  it('drops urls longer than a button url may be (3000)', () => {
    expect(safeUrl(`https://a.kr/${'x'.repeat(2980)}`)).toBeDefined();
    expect(safeUrl(`https://a.kr/${'x'.repeat(3000)}`)).toBeUndefined();
  });
});

describe('mrkdwn links', () => {
  it('escapes & in the url and makes the label safe', () => {
    expect(mrkdwnLink('https://a.kr/?x=1&y=2', '제목 | 부제 > 끝')).toBe('<https://a.kr/?x=1&amp;y=2|제목 ｜ 부제 › 끝>');
  });

  it('shows just the escaped label when the url is missing or unusable', () => {
    expect(mrkdwnLink(undefined, '<!here> 제목')).toBe('&lt;!here&gt; 제목');
    expect(mrkdwnLink('javascript:alert(1)', '제목')).toBe('제목');
  });

  it('uses the url as the label when the label is empty', () => {
    expect(mrkdwnLink('https://a.kr/x', '  ')).toBe('<https://a.kr/x|https://a.kr/x>');
  });
});

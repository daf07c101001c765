import { describe, it, expect } from 'vitest';
import { htmlToText } from '../../../src/core/text/html-to-text.ts';

describe('htmlToText', () => {
  it.each([
    ['paragraphs become separate lines', '<p>발표했다.</p><p>젠슨 황은</p>', '발표했다.\n젠슨 황은'],
    ['br becomes a line break', '첫째<br>둘째<br/>셋째<BR />넷째', '첫째\n둘째\n셋째\n넷째'],
    ['div, li, headings and table rows break lines', '<h2>제목</h2><div>본문</div><ul><li>하나</li><li>둘</li></ul><table><tr><td>가</td><td>나</td></tr><tr><td>다</td></tr></table>', '제목\n본문\n하나\n둘\n가 나\n다'],
    ['inline tags vanish without adding spaces', '<b>AI</b>가 <a href="/x">GPU</a>를', 'AI가 GPU를'],
    ['a Naver highlighted title', '<b>엔비디아</b> &quot;GPU 26만장&quot; 공급', '엔비디아 "GPU 26만장" 공급'],
  ])('%s', (_name, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  describe('entities', () => {
    it.each([
      ['decimal numeric', '&#44608;&#51333;', '김종'],
      ['hex numeric', '&#xAE40;&#XC885;', '김종'],
      ['named', 'R&amp;D &lt;속보&gt; &middot; &hellip;', 'R&D <속보> · …'],
      ['single-escaped ampersand as delivered by the XML parser', 'SK E&amp;S', 'SK E&S'],
      ['double-escaped ampersand (E&amp;amp;S)', 'SK E&amp;amp;S', 'SK E&S'],
      ['triple-escaped quote', '&amp;amp;quot;인용&amp;amp;quot;', '"인용"'],
      ['an unknown entity stays as written', 'a &bogus; b', 'a &bogus; b'],
      ['a semicolon-less name after an escaped ampersand is not decoded again', '&amp;copy2024', '&copy2024'],
    ])('%s', (_name, html, expected) => {
      expect(htmlToText(html)).toBe(expected);
    });

    it('keeps a twice-escaped tag as text instead of stripping it', () => {
      expect(htmlToText('&amp;lt;b&amp;gt;굵게&amp;lt;/b&amp;gt; 표기')).toBe('<b>굵게</b> 표기');
    });

    it('keeps an escaped script tag as text and does not drop what follows it', () => {
      expect(htmlToText('&lt;script&gt;코드 예시')).toBe('<script>코드 예시');
    });
  });

  describe('things that are not text', () => {
    it.each([
      ['script content', '앞<script>var s = "<p>x</p>";</script>뒤', '앞뒤'],
      ['style content', '<style type="text/css">p { color: red }</style>본문', '본문'],
      ['noscript content', '본문<noscript>자바스크립트를 켜세요</noscript>', '본문'],
      ['comments', '가<!-- 광고 <p>x</p> -->나', '가나'],
      ['an unclosed comment to the end', '가<!-- 광고 끝없음', '가'],
      ['an unclosed script to the end', '가<script>var x = 1;', '가'],
      ['doctype and processing instructions', '<!DOCTYPE html><?xml version="1.0"?>본문', '본문'],
      ['a > inside a quoted attribute', '<img alt="a > b" src="x.jpg">사진', '사진'],
      ['an unquoted attribute holding an apostrophe', "<a title=don't>링크</a>", '링크'],
    ])('drops %s', (_name, html, expected) => {
      expect(htmlToText(html)).toBe(expected);
    });
  });

  describe('CDATA leftovers', () => {
    it.each([
      ['a CDATA wrapper the parser left in', '<![CDATA[<p>연합뉴스 본문</p>]]>', '연합뉴스 본문'],
      ['an entity-escaped CDATA wrapper', '&lt;![CDATA[본문]]&gt;', '본문'],
      ['a stray closing marker', '본문]]>', '본문'],
      ['a closing marker that forms once an inner one is removed', '본문]]]]>>', '본문'],
      ['a closing marker that forms once a tag is removed', '본문]]<b>>', '본문'],
    ])('unwraps %s', (_name, html, expected) => {
      expect(htmlToText(html)).toBe(expected);
    });
  });

  describe('Korean text and stray angle brackets', () => {
    it.each([
      ['a bracketed prefix is not a tag', '<속보> 삼성전자 실적', '<속보> 삼성전자 실적'],
      ['a less-than sign in text', '3 < 5 이고 <연합>', '3 < 5 이고 <연합>'],
      ['a < with no closing > anywhere', 'a<b 비교', 'a<b 비교'],
      ['Hangul and jamo pass through unchanged', '현금ㆍ현물 1조2천억원', '현금ㆍ현물 1조2천억원'],
    ])('%s', (_name, html, expected) => {
      expect(htmlToText(html)).toBe(expected);
    });
  });

  describe('whitespace', () => {
    it.each([
      ['NBSP entity and literal NBSP become one space', 'a&nbsp;&nbsp;b\u00a0c', 'a b c'],
      ['ideographic and thin spaces become spaces', 'a\u3000b\u2009c', 'a b c'],
      ['zero-width space, BOM and soft hyphen vanish', '\ufeff엔비\u200b디아 &shy;GPU', '엔비디아 GPU'],
      ['runs of spaces collapse and ends are trimmed', '  <p>  가   나  </p>  ', '가 나'],
      ['blank lines collapse to one line break', '<p>가</p><p></p><br><br><p>나</p>', '가\n나'],
      ['source line breaks inside markup are spaces', '<p>첫 줄\n이어지는 문장</p>', '첫 줄 이어지는 문장'],
      ['plain text keeps its line breaks', '첫 문단\r\n\r\n둘째 문단', '첫 문단\n둘째 문단'],
      ['an empty string stays empty', '', ''],
      ['plain text with tabs and double spaces collapses', '가\t\t나  다', '가 나 다'],
      ['plain text keeps Unicode line separators as line breaks', '가\u2028나\u2029다', '가\n나\n다'],
      ['NUL characters are removed, not read as line breaks', '가\u0000나<p>다</p>', '가나\n다'],
      ['clean plain text comes back unchanged', '삼성전자, GPU 실적 발표…12만장 규모', '삼성전자, GPU 실적 발표…12만장 규모'],
      ['markup only gives an empty string', '<p><img src="x.jpg"></p>', ''],
    ])('%s', (_name, html, expected) => {
      expect(htmlToText(html)).toBe(expected);
    });
  });
});

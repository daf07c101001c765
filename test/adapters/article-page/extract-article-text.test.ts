import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticleText, MAX_READABILITY_DEPTH, MAX_READABILITY_ELEMENTS } from '../../../src/adapters/article-page/extract-article-text.ts';

const page = (name: string) => readFileSync(new URL(`../../fixtures/pages/${name}`, import.meta.url), 'utf8');
const lines = (text: string | undefined) => text?.split('\n');

const YONHAP_PARAGRAPHS = [
  '엔비디아가 한국 정부와 기업에 그래픽처리장치(GPU) 26만장을 공급하기로 했다고 31일 밝혔다.',
  '젠슨 황 최고경영자(CEO)는 이날 경주에서 열린 행사에서 "한국은 인공지능(AI) 인프라의 최적지"라고 말했다.',
  '공급 물량은 정부 5만장, 삼성전자 5만장, SK그룹 5만장, 현대차그룹 5만장, 네이버클라우드 6만장이다.',
];

const HANKYUNG_PARAGRAPHS = [
  '현대자동차가 울산에 전기차 전용 공장을 짓기 시작했다고 11일 밝혔다.',
  '새 공장은 연간 20만대를 생산할 수 있으며, 2028년 가동을 목표로 한다.',
  '회사는 공장 건설에 2조원을 투자하고, 협력사와 함께 부품 생태계를 키운다는 계획이다.',
];

/** A paragraph long enough (over 100 characters) to count as an article on its own. */
const LONG_PARAGRAPH = '<p>반도체 업황이 살아나면서 메모리 가격이 석 달 연속 올랐다. 업계는 인공지능 서버 수요가 하반기에도 이어질 것으로 보고, 고대역폭메모리 생산 능력을 늘리고 있다. 정부도 수출 지원 대책을 내놨다.</p>';

describe('extractArticleText', () => {
  it('reads a Yonhap page through its body selector: one paragraph per line, without caption, header or copyright', () => {
    const article = extractArticleText(page('yonhap-like.html'), 'https://www.yna.co.kr/view/AKR20261031000100003');
    expect(article?.via).toBe('selector');
    expect(article?.title).toBe('엔비디아, 한국에 GPU 26만장 공급');
    expect(lines(article?.text)).toEqual(YONHAP_PARAGRAPHS);
  });

  it('falls back to Readability for the same page on an unknown host and gets the same paragraphs', () => {
    const article = extractArticleText(page('yonhap-like.html'), 'https://news.example.com/view/1');
    expect(article?.via).toBe('readability');
    expect(lines(article?.text)).toEqual(YONHAP_PARAGRAPHS);
  });

  it('reads an ND Soft CMS body (#article-view-content-div) on any host, dropping the caption and signature', () => {
    const article = extractArticleText(page('ndsoft-like.html'), 'https://www.thelec.kr/news/articleView.html?idxno=1001');
    expect(article?.via).toBe('selector');
    expect(lines(article?.text)).toEqual([
      'SK하이닉스와 삼성전자가 6세대 고대역폭메모리(HBM4) 양산 경쟁에 들어갔다.',
      '업계에 따르면 두 회사는 올해 하반기부터 엔비디아 차세대 가속기에 들어갈 HBM4를 공급할 계획이다.',
      '한 업계 관계자는 "수율 안정화가 점유율을 가를 것"이라고 전망했다.',
    ]);
  });

  it('uses Readability on a page with no known selector and leaves menus and side lists out', () => {
    const article = extractArticleText(page('generic-article.html'), 'https://www.example.co.kr/news/1');
    expect(article?.via).toBe('readability');
    expect(article?.title).toBe('반도체 수출, 석 달 연속 증가');
    expect(lines(article?.text)).toEqual([
      '반도체 수출이 석 달 연속 늘어나며 전체 수출 증가를 이끌었다. 산업통상자원부는 지난달 반도체 수출액이 1년 전보다 크게 늘었다고 11일 밝혔다.',
      '메모리 가격이 오르고, 인공지능 서버 수요가 이어지면서, 고대역폭메모리와 서버용 디램 판매가 늘어난 영향이다. 시스템 반도체 수출도 소폭 증가했다.',
      '지역별로는 중국, 대만, 미국, 베트남으로 가는 물량이 모두 늘었다. 특히 대만 수출은 파운드리 협력 확대에 힘입어 두 자릿수 증가율을 기록했다.',
      '정부는 하반기에도 반도체 업황이 좋을 것으로 보고, 수출 지원 대책을 이어가기로 했다. 다만 환율 변동과 통상 환경은 변수로 꼽혔다.',
    ]);
  });

  it('splits a <br>-only body (뉴시스 style) into paragraphs that never glue', () => {
    const article = extractArticleText(page('br-only-body.html'), 'https://www.newsis.com/view/NISX20260611_0001');
    expect(article?.via).toBe('selector');
    expect(lines(article?.text)).toEqual([
      '코스피가 외국인 매수세에 힘입어 2% 넘게 올랐다.',
      '11일 한국거래소에 따르면 이날 코스피는 전 거래일보다 2.3% 오른 3120.45에 장을 마쳤다.',
      '외국인은 반도체와 자동차 업종을 중심으로 1조2000억원어치를 순매수했다.',
      '증권가는 미국 금리 인하 기대가 매수세를 불렀다고 분석했다.',
    ]);
  });

  it('keeps <p> paragraphs apart even when the markup has no white space between them', () => {
    const paragraphs = [
      '엔비디아가 한국 정부와 기업에 GPU를 공급하는 계획을 31일 발표했다.',
      '젠슨 황 CEO는 경주에서 열린 행사에서 한국을 AI 인프라의 최적지라고 말했다.',
      '공급 물량은 26만장으로, 정부와 주요 기업이 나눠 받는다.',
    ];
    const html = `<html><body><div id="article-view-content-div">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    expect(lines(extractArticleText(html, 'https://a.example/')?.text)).toEqual(paragraphs);
  });

  describe('leaves out related-article boxes, captions, scripts and ads inside the body', () => {
    const markers = ['캡션문구', '관련기사문구', '기아도 새 공장', '사진설명문구', '광고스크립트문구', '광고대체문구'];
    it.each([
      ['the selector path', 'https://www.hankyung.com/article/2026061100001', 'selector'],
      ['the Readability path', 'https://news.example.com/article/1', 'readability'],
    ])('on %s', (_path, url, via) => {
      const article = extractArticleText(page('aside-and-captions.html'), url);
      expect(article?.via).toBe(via);
      expect(lines(article?.text)).toEqual(HANKYUNG_PARAGRAPHS);
      for (const marker of markers) expect(article?.text).not.toContain(marker);
    });
  });

  it('returns undefined for a page without an article', () => {
    expect(extractArticleText(page('no-article.html'), 'https://www.example.co.kr/news/404')).toBeUndefined();
  });

  it('moves on from a known selector that holds too little text', () => {
    const html = `<html><body><div id="article-view-content-div"><p>준비 중입니다.</p></div><div class="story">${LONG_PARAGRAPH}${LONG_PARAGRAPH}</div></body></html>`;
    const article = extractArticleText(html, 'https://a.example/');
    expect(article?.via).toBe('readability');
    expect(article?.text).toContain('정부도 수출 지원 대책을 내놨다.');
  });

  it('reads a fragment with no <html> element', () => {
    const article = extractArticleText(`<div id="article-view-content-div">${LONG_PARAGRAPH}</div>`, 'https://a.example/');
    expect(article?.via).toBe('selector');
    expect(article?.text).toMatch(/^반도체 업황이 살아나면서 .* 대책을 내놨다\.$/);
  });

  it('reads a body that holds inline SVG icons with classes (readability PR #742 crash shape)', () => {
    const svg = '<svg class="ico-share" viewBox="0 0 10 10"><g class="g"><path class="p" d="M0 0h10v10z"/><a class="l" href="#"><text class="t">공유</text></a></g></svg>';
    const article = extractArticleText(`<html><body><main><article>${LONG_PARAGRAPH}${svg}${LONG_PARAGRAPH}</article></main></body></html>`, 'https://a.example/');
    expect(article?.via).toBe('readability');
    expect(article?.text).not.toContain('공유');
  });

  it('does not hand a page with more elements than the limit to Readability', () => {
    const html = `<html><body>${LONG_PARAGRAPH}${'<span>x</span>'.repeat(MAX_READABILITY_ELEMENTS)}</body></html>`;
    expect(extractArticleText(html, 'https://a.example/')).toBeUndefined();
  });

  it('does not hand markup nested deeper than the limit to Readability, and answers quickly', () => {
    const depth = MAX_READABILITY_DEPTH + 10;
    const html = `<html><body>${'<div>'.repeat(depth)}${LONG_PARAGRAPH}${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(extractArticleText(html, 'https://a.example/')).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('still reads a known selector on a page too deep for Readability', () => {
    const depth = MAX_READABILITY_DEPTH + 10;
    const html = `<html><body>${'<div>'.repeat(depth)}<div id="article-view-content-div">${LONG_PARAGRAPH}</div>${'</div>'.repeat(depth)}</body></html>`;
    expect(extractArticleText(html, 'https://a.example/')?.via).toBe('selector');
  });
});

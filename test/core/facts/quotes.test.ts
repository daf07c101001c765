import { describe, expect, it } from 'vitest';
import { findFullPersons, findShortRefs } from '../../../src/core/facts/persons.ts';
import { findQuotedSpans } from '../../../src/core/facts/quote-marks.ts';
import { extractQuotes } from '../../../src/core/facts/quotes.ts';
import { leadEnd, splitSentences } from '../../../src/core/facts/sentences.ts';

function quotes(text: string) {
  const spans = findQuotedSpans(text);
  const full = findFullPersons(text);
  const persons = [...full, ...findShortRefs(text, full, full)].sort((a, b) => a.start - b.start);
  return extractQuotes(text, spans, splitSentences(text, spans), persons).map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe('findQuotedSpans', () => {
  it('pairs curly and straight double quotes within a line', () => {
    const text = '그는 “좋다”고 했다. "아니다"라며 "끝"';
    expect(findQuotedSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(['좋다', '아니다']);
  });

  it('ignores a mark left open at the end of a line', () => {
    expect(findQuotedSpans('"열린 따옴표\n다음 줄"')).toEqual([]);
  });

  it('takes single quotes only when long and followed by a quoting ending', () => {
    const text = "'윈윈' 전략과 '장르만 여의도' 인터뷰, '엔비디아 칩의 중국 판매를 허용할 것이냐'는 질문";
    expect(findQuotedSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(['엔비디아 칩의 중국 판매를 허용할 것이냐']);
  });

  it('keeps single quotes inside a double quote as part of it', () => {
    const text = `하 수석은 "(황 CEO가) '미국은 소프트웨어는 정말 강한데 공장이 부실하다'고 했다"고 전했다.`;
    const spans = findQuotedSpans(text);
    expect(spans).toHaveLength(1);
    expect(spans[0]?.kind).toBe('double');
  });
});

describe('splitSentences', () => {
  it('never splits inside a quote, a decimal or U.S.', () => {
    const text = '트럼프는 "아니다. 그렇게 하지 않을 것"이라고 했다. 성장률은 3.5%다. U.S. 정부도 같다.\n새 줄';
    const spans = findQuotedSpans(text);
    expect(splitSentences(text, spans).map((s) => text.slice(s.start, s.end))).toEqual([
      '트럼프는 "아니다. 그렇게 하지 않을 것"이라고 했다.',
      '성장률은 3.5%다.',
      'U.S. 정부도 같다.',
      '새 줄',
    ]);
  });

  it('splits sentences glued without a space', () => {
    const text = '1위다.대구시는 밝혔다.';
    expect(splitSentences(text, []).map((s) => text.slice(s.start, s.end))).toEqual(['1위다.', '대구시는 밝혔다.']);
  });

  it('makes the lead the first punctuated sentence, with sub-headlines before it', () => {
    const text = '부제목 한 줄\n첫 문장이다. 둘째 문장이다.';
    expect(text.slice(0, leadEnd(text, splitSentences(text, [])))).toBe('부제목 한 줄\n첫 문장이다.');
    expect(leadEnd('부제목뿐', splitSentences('부제목뿐', []))).toBe(4);
  });
});

describe('extractQuotes', () => {
  it('finds the speaker from a person subject before the quote', () => {
    // With no full mention of 황 in the text, the subject phrase itself is the speaker.
    expect(quotes('황 CEO는 "한국은 AI의 중심"이라며 "인프라가 될 것"이라고 말했다.')).toEqual([
      { text: '한국은 AI의 중심', speaker: '황 CEO' },
      { text: '인프라가 될 것', speaker: '황 CEO' },
    ]);
    expect(
      quotes('젠슨 황 엔비디아 최고경영자(CEO)가 왔다. 황 CEO는 "한국은 AI의 중심"이라며 "인프라가 될 것"이라고 말했다.'),
    ).toEqual([
      { text: '한국은 AI의 중심', speaker: '젠슨 황' },
      { text: '인프라가 될 것', speaker: '젠슨 황' },
    ]);
  });

  it('uses the subject word when no person is named', () => {
    expect(quotes('금융당국 관계자는 "수요가 크다"고 말했다.')).toEqual([{ text: '수요가 크다', speaker: '금융당국 관계자' }]);
    expect(quotes('다만 업계는 "수요가 크다"고 봤다.')).toEqual([{ text: '수요가 크다', speaker: '업계' }]);
    expect(quotes('대통령실이 "윈윈할 것"이라고 밝혔다.')).toEqual([{ text: '윈윈할 것', speaker: '대통령실' }]);
  });

  it('does not take adverbs or adverbial phrases for subjects', () => {
    expect(quotes('이같이 "좋다"고 했다.')).toEqual([{ text: '좋다', speaker: undefined }]);
    expect(quotes('유출에 대해서는 "왜 나가나"라고 했다.')).toEqual([{ text: '왜 나가나', speaker: undefined }]);
    // 있는 is a verb form: 는 after a final consonant is not the topic particle.
    expect(quotes('가능성 있는 "대안"이라고 했다.')).toEqual([{ text: '대안', speaker: undefined }]);
  });

  it('inherits the previous sentence speaker for 또 "…" and for 그는', () => {
    const text = '하정우 AI미래기획수석은 "첫째"라고 말했다. 또 "둘째"라고 했다.\n그는 "셋째"라고 덧붙였다. 피지컬 AI는 기술이다. 또 "넷째"라고 했다.';
    expect(quotes(text)).toEqual([
      { text: '첫째', speaker: '하정우' },
      { text: '둘째', speaker: '하정우' },
      { text: '셋째', speaker: '하정우' },
      { text: '넷째', speaker: undefined },
    ]);
  });

  it('gives no speaker to a quote that introduces a noun (…는 질문)', () => {
    const text = "도널드 트럼프 미국 대통령은 '엔비디아 칩의 중국 판매를 허용할 것이냐'는 질문에 \"아니다\"라고 했다.";
    expect(quotes(text)).toEqual([
      { text: '엔비디아 칩의 중국 판매를 허용할 것이냐', speaker: undefined },
      { text: '아니다', speaker: '도널드 트럼프' },
    ]);
  });

  it('reads a headline quote without a speaker', () => {
    expect(quotes('엔비디아 GPU 26만장 공급에 "윈윈할 것"')).toEqual([{ text: '윈윈할 것', speaker: undefined }]);
  });

  it('keys quotes by their whitespace-normalised text', () => {
    const text = '그는 "AI  전환\t모멘텀"이라고 했다.';
    const spans = findQuotedSpans(text);
    expect(extractQuotes(text, spans, splitSentences(text, spans), [])[0]?.key).toBe('quote:AI 전환 모멘텀');
  });
});

describe('quotations in long text', () => {
  it('still pairs the marks after a line full of unclosed ones', () => {
    const text = `${'‘열림 '.repeat(2000)}\n그는 "끝이다"라고 했다.`;
    expect(findQuotedSpans(text).map((s) => text.slice(s.open + 1, s.close))).toEqual(['끝이다']);
  });

  it('does not split a sentence inside a quotation that encloses another', () => {
    // A long single quote around a double one: 'x "y." z' — the full stop inside stays in the sentence.
    const text = "그는 '정말로 대단한 일이다 \"좋다.\" 그렇다'라고 했다. 끝.";
    const spans = [{ open: 3, close: 29, kind: 'single' as const }, { open: 16, close: 20, kind: 'double' as const }];
    expect(splitSentences(text, spans).map((s) => text.slice(s.start, s.end))).toEqual([text.slice(0, text.indexOf(' 끝')), '끝.']);
  });

  it('gives every quotation of one long sentence the subject that precedes it', () => {
    const text = `업계 관계자는 ${Array.from({ length: 300 }, (_, i) => `"${i}번"이라며`).join(' ')} 말했다.`;
    const found = quotes(text);
    expect(found).toHaveLength(300);
    expect(found.every((q) => q.speaker === '업계 관계자')).toBe(true);
  });

  it('reads a subject only where it stands before the quotation', () => {
    expect(quotes('"먼저"라고 업계는 "나중"이라고 했다.')).toEqual([
      { text: '먼저', speaker: undefined },
      { text: '나중', speaker: '업계' },
    ]);
  });

  it('skips a person mentioned inside another quotation', () => {
    const text = '"하정우 AI미래기획수석은 없다"는 말에 업계는 "둘째"라고 했다.';
    expect(quotes(text)).toEqual([
      { text: '하정우 AI미래기획수석은 없다', speaker: undefined },
      { text: '둘째', speaker: '업계' },
    ]);
  });
});

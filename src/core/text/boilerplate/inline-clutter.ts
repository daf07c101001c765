/**
 * Clutter removed from inside a line wherever it occurs: image links, viewer
 * UI labels, broadcast script markers, and tails (copyright, 뉴시스 sign-off,
 * broadcast sign-off) that run from their opening mark to the end of the line.
 * Cutting inside the line matters: some outlets put a whole article on one
 * line, so dropping the line would drop the article.
 */

/** `![alt](url)`; the alt text may itself hold `[기자수첩]`-style brackets. */
const MARKDOWN_IMAGE = /!\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\([^()\s]*\)/gu;
const HTML_IMAGE = /<img\b[^>]*>/giu;
const BARE_IMAGE_URL = /https?:\/\/[^\s<>()"']+\.(?:jpe?g|png|gif|webp|bmp|svg)(?:\?[^\s<>()"']*)?/giu;

/**
 * Naver viewer labels. `원본보기 아이콘` is glued to the next paragraph's first
 * word in page scrapes (`원본보기 아이콘전 세계…`), so it is cut, not split.
 */
const VIEWER_LABEL = /원본\s?보기(?:\s*아이콘)?/gu;

/** `[앵커]`, `【 앵커멘트 】`, `<리포트>`: speaker markers of broadcast scripts. */
const BROADCAST_MARKER =
  /\[\s*(?:앵커|앵커멘트|리포트|기자|인터뷰|녹취|싱크|VCR)\s*\]|【\s*(?:앵커멘트|앵커|기자|리포트|인터뷰|녹취)\s*】|<\s*(?:앵커|앵커멘트|리포트|기자|인터뷰)\s*>/gu;

/**
 * Copyright tails, from the opening mark to the end of the line:
 * `<저작권자(c) 연합뉴스, …>`, `[ⓒ 매일경제 & mk.co.kr, …]`, `Copyright © 뉴스1. …`,
 * `<ⓒ…아시아경제(www.asiae.co.kr) 무단전재 배포금지>`, `GoodNews paper ⓒ`.
 * `무단 전재` counts only when 배포/재배포/수집/복사 follows, so body sentences
 * about "무단 접속" or "무단 전재를 금지한 약관" are kept (korean.md §5).
 */
const COPYRIGHT_TAIL = new RegExp(
  String.raw`[“"\[<(]?\s*(?:GoodNews paper|Copyright\s*(?:©|ⓒ|\(c\)|\d{4})|저작권자?\s*(?:ⓒ|©|\(c\))|[ⓒ©]\s*\S` +
    String.raw`|무단\s*전재\s*(?:및|[-·,/와과])?\s*(?:재배포|배포|수집|복사)).*$`,
  'iu',
);

/** 뉴시스 ends its text with `◎공감언론 뉴시스 reporter@newsis.com` (older pages use ☞). */
const NEWSIS_SIGNOFF = /[◎☞]\s*공감언론\s*뉴시스.*$/u;

/** `KBS 뉴스 홍길동입니다.`, with the crew credits that follow it on the same line. */
const BROADCAST_SIGNOFF =
  /(?:KBS|MBC|SBS|JTBC|YTN|MBN|TV조선|채널A|연합뉴스\s?TV|OBS)\s*뉴스\s*[가-힣]{2,4}입니다\.?.*$/u;

/**
 * Each rule runs only when the text holds a literal the rule cannot match
 * without (most lines hold none): a skipped replace would have changed nothing.
 * COPYRIGHT_TAIL's Latin words hold `copyright` or `paper`, whose letters
 * no character but their ASCII capitals matches case-insensitively, so a
 * plain case-insensitive test finds them.
 */
const COPYRIGHT_WORDS = /[ⓒ©]|저작권|무단|copyright|paper/i;
const mayHaveCopyright = (s: string): boolean => COPYRIGHT_WORDS.test(s);
const mayHaveBroadcastMarker = (s: string): boolean => s.includes('[') || s.includes('【') || s.includes('<');

export function removeInlineClutter(line: string): string {
  let out = line;
  if (out.includes('![')) out = out.replace(MARKDOWN_IMAGE, ' ');
  if (out.includes('<')) out = out.replace(HTML_IMAGE, ' ');
  if (out.includes('://')) out = out.replace(BARE_IMAGE_URL, ' ');
  if (out.includes('원본')) out = out.replace(VIEWER_LABEL, ' ');
  if (mayHaveBroadcastMarker(out)) out = out.replace(BROADCAST_MARKER, ' ');
  if (mayHaveCopyright(out)) out = out.replace(COPYRIGHT_TAIL, '');
  if (out.includes('공감언론')) out = out.replace(NEWSIS_SIGNOFF, '');
  if (out.includes('입니다')) out = out.replace(BROADCAST_SIGNOFF, '');
  return out.replace(/\s{2,}/gu, ' ').trim();
}

/** `(사진=연합뉴스)`, `[사진 = 연합뉴스]`, `<사진=국민권익위원회 제공>`, `/사진=홍길동 기자`. */
const PHOTO_CREDIT =
  /\s*[([<]\s*(?:사진|그래픽|자료|영상|이미지)\s*(?:제공)?\s*[=:：][^()[\]<>\n]{0,80}[)\]>]|\s*\/?\s*사진\s*=\s*[가-힣]{2,4}\s*기자/gu;

const PHOTO_CREDIT_WORDS = /사진|그래픽|자료|영상|이미지/;

/** `[연합뉴스 자료사진]`, `[게티이미지뱅크]`: credits without `사진=`. */
const STOCK_PHOTO_CREDIT = /\s*\[[^[\]\n]{0,20}(?:자료\s*사진|게티이미지(?:뱅크|코리아)?|셔터스톡)\]/gu;

/**
 * Photo credits left inside body paragraphs. Runs after caption lines are
 * gone; before that a trailing credit is what identifies a caption.
 */
export function removePhotoCredits(line: string): string {
  let out = line;
  // PHOTO_CREDIT needs one of its source words, STOCK_PHOTO_CREDIT a bracket.
  if (PHOTO_CREDIT_WORDS.test(out)) out = out.replace(PHOTO_CREDIT, '');
  if (out.includes('[')) out = out.replace(STOCK_PHOTO_CREDIT, '');
  return out.trim();
}

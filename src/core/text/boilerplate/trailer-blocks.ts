/**
 * Page furniture that starts a block of other content: "most read" boxes,
 * related-article lists, Yonhap's tip line and 송고 stamp, automated-article
 * notices. A marker after the article body with no body paragraph after it
 * is a trailer: it and everything below it go. A marker with body text after
 * it (a related-articles box in mid-article, or navigation above the article)
 * takes only its own block: the marker and the lines up to the next body paragraph.
 */
import { isBodyLike } from './patterns.ts';
import { stripGluedCredit } from './signatures.ts';

/** Markers must start the line; a body sentence merely mentioning them is kept. */
const MARKERS: readonly RegExp[] = [
  /^꼭\s*봐야\s*할\s*주요\s*뉴스/u,
  /^(?:[▶►■◆☞]\s*)?[[【<]?\s*관련\s*기사\s*[\]】>]?(?=\s|$|[:：▶►])/u,
  /^(?:이\s*시각\s*)?가장\s*많이\s*(?:읽힌|본)\s*(?:뉴스|기사)/u,
  /^(?:오늘\s*|이\s*시각\s*|실시간\s*)?많이\s*본\s*(?:뉴스|기사)/u,
  /^(?:실시간\s*)?인기\s*(?:뉴스|기사)$/u,
  /^함께\s*(?:보면\s*좋은|볼만한)\s*(?:뉴스|기사)/u,
  /^마스크\s*영역$/u,
  /^(?:기사\s*문의나\s*)?제보는\s*카카오톡/u,
  /^\d{4}[/.-]\d{2}[/.-]\d{2}\s+\d{2}:\d{2}(?::\d{2})?\s*송고$/u,
  /^※\s*이\s*기사는.{0,80}(?:자동\s*(?:작성|생성)|인공지능|로봇)/u,
];

/** Longest marker line; a longer line is a paragraph that happens to start with the words. */
const MAX_MARKER_LINE = 80;

function isTrailerMarker(line: string): boolean {
  return line.length <= MAX_MARKER_LINE && MARKERS.some((re) => re.test(line));
}

/** Body text, judged without a glued credit (`…내다봤다. 사진=이충우 기자`). */
function isArticleParagraph(line: string, marker: boolean): boolean {
  return !marker && isBodyLike(stripGluedCredit(line));
}

export function cutTrailerBlocks(lines: readonly string[]): string[] {
  const markers = lines.map(isTrailerMarker);
  if (!markers.includes(true)) return [...lines]; // nothing to cut; body paragraphs only matter around a marker
  // Each line is judged once; nextArticle[i]: the first article paragraph after line i, or -1.
  const article = lines.map((line, i) => isArticleParagraph(line, markers[i] === true));
  const nextArticle: number[] = new Array<number>(lines.length).fill(-1);
  for (let i = lines.length - 2; i >= 0; i--) nextArticle[i] = article[i + 1] ? i + 1 : (nextArticle[i + 1] as number);
  const out: string[] = [];
  let seenBody = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!markers[i]) {
      if (article[i]) seenBody = true;
      out.push(line);
      continue;
    }
    const next = nextArticle[i] as number;
    if (next === -1) {
      if (seenBody) return out;
      continue; // no article paragraph anywhere: too little evidence, drop the marker line only
    }
    // Navigation before the article, or a box inside it: skip the block only.
    i = next - 1;
  }
  return out;
}

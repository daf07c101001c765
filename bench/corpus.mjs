// Deterministic corpus of Korean RSS feeds for the benchmark (plain JS so the
// feed server child process needs no TypeScript loader).
const SUBJECTS = ['삼성전자', 'SK하이닉스', '현대차', '네이버', '카카오', 'LG에너지솔루션', '엔비디아', '한국은행', '기획재정부', '포스코'];
const VERBS = ['실적 발표', '신제품 공개', '투자 확대', '공급 계약 체결', '공장 증설', '인력 채용', '주가 급등', '규제 대응'];
const TOPICS = ['GPU', '피지컬 AI', 'HBM', '반도체', '배터리', '자율주행', '금리', '환율'];

/** A small deterministic PRNG (mulberry32), so every run serves the same corpus. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function corpusItem(feed, item) {
  const r = rng(feed * 100003 + item);
  const subject = pick(r, SUBJECTS);
  const topic = pick(r, TOPICS);
  const n = Math.floor(r() * 90) + 1;
  const title = `${subject}, ${topic} ${VERBS[Math.floor(r() * VERBS.length)]}…${n}만장 규모`;
  const summary =
    `(서울=연합뉴스) 홍길동 기자 = ${subject}가 ${topic} 관련 사업을 확대한다고 밝혔다. ` +
    `회사 측은 "올해 ${n}조원 규모의 투자를 계획하고 있다"고 말했다. 업계에서는 ${pick(r, SUBJECTS)}와의 경쟁이 ` +
    `본격화할 것으로 보고 있다. 시장 점유율은 ${Math.floor(r() * 60) + 10}% 수준이다. <b>관련 기사</b>는 아래를 참고하라.`;
  return { title, summary, link: `https://news${feed % 50}.example/article/${feed}-${item}?utm_source=rss&idxno=${feed * 1000 + item}` };
}

export function corpusFeed(feed, items, now) {
  const body = [];
  for (let i = 0; i < items; i++) {
    const it = corpusItem(feed, i);
    body.push(
      `<item><title><![CDATA[${it.title}]]></title><link>${esc(it.link)}</link><guid isPermaLink="false">bench-${feed}-${i}</guid>` +
        `<description>${esc(it.summary)}</description><pubDate>${new Date(now - (i * 7 + feed) * 60_000).toUTCString()}</pubDate>` +
        `<dc:creator>기자${i}</dc:creator></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>벤치 피드 ${feed}</title><link>https://news${feed}.example/</link><description>bench</description>\n${body.join('\n')}\n</channel></rss>\n`;
}

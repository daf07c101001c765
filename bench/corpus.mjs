// Deterministic corpus of Korean RSS feeds for the benchmark (plain JS so the
// feed server child process needs no TypeScript loader). About `matchRate`
// of the items mention a watched topic (엔비디아, GPU, 피지컬 AI …); the rest
// is ordinary economic and industry news, as in a real outlet's feed.
const SUBJECTS = [
  '삼성전자', 'SK하이닉스', '현대차', '기아', '네이버', '카카오', 'LG에너지솔루션', 'LG전자', '포스코홀딩스', '한국은행',
  '기획재정부', '금융위원회', '셀트리온', '삼성바이오로직스', 'KB금융', '신한지주', '하나금융', 'SK텔레콤', 'KT', 'CJ제일제당',
  '롯데쇼핑', '이마트', '한화에어로스페이스', 'HD현대중공업', '두산에너빌리티', '쿠팡', '배달의민족', '대한항공', '아시아나항공', '한국전력',
];
const WATCHED = ['엔비디아', 'GPU', '피지컬 AI', '젠슨 황', 'HBM'];
const OBJECTS = ['신제품', '2차전지', '전기차', '반도체', '배터리', '바이오시밀러', '클라우드', '데이터센터', '로봇', '수소', '원전', '조선', '항공', '유통', '금리', '환율'];
const VERBS = ['실적 발표', '공개', '투자 확대', '공급 계약 체결', '공장 증설', '인력 채용', '주가 급등', '규제 대응', '협력 강화', '해외 진출', '가격 인상', '구조조정'];
const UNITS = [['만장', '장'], ['만대', '대'], ['억원', '원'], ['조원', '원'], ['%', '%']];

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

export const DEFAULT_MATCH_RATE = 0.08;

export function corpusItem(feed, item, matchRate = DEFAULT_MATCH_RATE) {
  const r = rng(feed * 100003 + item);
  const subject = pick(r, SUBJECTS);
  const watched = r() < matchRate;
  const object = watched ? pick(r, WATCHED) : pick(r, OBJECTS);
  const n = Math.floor(r() * 900) + 10;
  const [unit] = pick(r, UNITS);
  const title = `${subject}, ${object} ${pick(r, VERBS)}…${n}${unit} 규모`;
  const summary =
    `(서울=연합뉴스) 홍길동 기자 = ${subject}가 ${object} 관련 사업을 확대한다고 ${Math.floor(r() * 28) + 1}일 밝혔다. ` +
    `회사 측은 "올해 ${n}조원 규모의 투자를 계획하고 있다"고 말했다. 업계에서는 ${pick(r, SUBJECTS)}와의 경쟁이 ` +
    `본격화할 것으로 보고 있다. 시장 점유율은 ${Math.floor(r() * 60) + 10}% 수준이다. <b>관련 기사</b>는 아래를 참고하라.`;
  return { title, summary, link: `https://news${feed % 50}.example/article/${feed}-${item}?utm_source=rss&idxno=${feed * 1000 + item}` };
}

export function corpusFeed(feed, items, now, matchRate = DEFAULT_MATCH_RATE) {
  const body = [];
  for (let i = 0; i < items; i++) {
    const it = corpusItem(feed, i, matchRate);
    body.push(
      `<item><title><![CDATA[${it.title}]]></title><link>${esc(it.link)}</link><guid isPermaLink="false">bench-${feed}-${i}</guid>` +
        `<description>${esc(it.summary)}</description><pubDate>${new Date(now - (i * 7 + feed) * 60_000).toUTCString()}</pubDate>` +
        `<dc:creator>기자${i}</dc:creator></item>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>벤치 피드 ${feed}</title><link>https://news${feed}.example/</link><description>bench</description>\n${body.join('\n')}\n</channel></rss>\n`;
}

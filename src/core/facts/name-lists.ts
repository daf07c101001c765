/**
 * Curated word lists for the person and organisation extractors. Extend them
 * here; the extractors hold no words of their own.
 */

/** Common Korean surnames (single syllable) and the two-syllable ones. */
export const SURNAMES = new Set(
  [
    ...'김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감음빈동온호범좌팽승간상갈단견당화창옹순빙종',
    '남궁', '선우', '제갈', '황보', '독고', '사공', '서문',
  ],
);

/**
 * Three-syllable common nouns that start with a surname syllable and so look
 * like names before a title word (반도체 회장? no, but 이사회 의장 is common).
 */
export const NOT_NAMES = new Set([
  '반도체', '이사회', '위원회', '전문가', '관계자', '대변인', '정부는', '정치권', '지자체', '지도부', '이사장',
  '대통령', '부회장', '부사장', '사무국', '조합장', '전임자', '후임자', '신임', '공동', '현직', '전직', '회장단',
]);

/**
 * Title words, longest first (the matcher also accepts them as a word's
 * suffix: AI미래기획수석, 국회의원). 기자 is left out on purpose: bylines and
 * photo credits (강진형 기자) are not news.
 */
export const TITLES: readonly string[] = [
  '최고재무책임자', '최고기술책임자', '최고운영책임자', '최고경영자', '대표이사', '부위원장', '비서실장', '선임연구원',
  '수석연구원', '책임연구원', '연구위원', '부대변인', '대변인', '부회장', '부사장', '부총리', '부총재', '부통령',
  '위원장', '본부장', '센터장', '연구소장', '은행장', '도지사', '창업자', '창업주', '이사장', '사무총장',
  '대통령', '국무총리', '총리', '장관', '차관', '의원', '교수', '연구원', '회장', '사장', '대표', '전무', '상무',
  '이사', '실장', '팀장', '청장', '처장', '원장', '총재', '총장', '의장', '수석', '대사', '행장', '국왕', '주석',
  'CEO', 'CFO', 'CTO', 'COO', 'CSO', 'CIO',
];

/** Titles that need something before them in the same word (서울시장, 경기도지사), since 시장 alone is "market". */
export const PREFIXED_TITLES: readonly string[] = ['시장', '지사'];

/** Final syllables of institutions (민주당, 문화부, 서울대, 이사회), which a three-syllable name never ends in here. */
export const NOT_NAME_ENDINGS = new Set(['당', '회', '청', '처', '실', '부', '사', '단', '팀', '과', '대', '측', '계']);

/** Countries and blocs: affiliations in titles (도널드 트럼프 미국 대통령), never names. */
export const COUNTRIES = new Set([
  '한국', '미국', '중국', '일본', '대만', '독일', '영국', '프랑스', '이탈리아', '스페인', '네덜란드', '러시아',
  '우크라이나', '인도', '인도네시아', '베트남', '태국', '싱가포르', '말레이시아', '필리핀', '호주', '캐나다',
  '멕시코', '브라질', '북한', '이스라엘', '이란', '사우디', '사우디아라비아', '튀르키예', '폴란드', '스웨덴',
  '핀란드', '노르웨이', '스위스', '유럽연합', 'EU', '유엔', 'UN',
]);

/** Words that are neither names nor affiliations: connectives and time words before a name. */
export const STOP_WORDS = new Set([
  '다만', '또', '또한', '이어', '한편', '특히', '그러나', '하지만', '그러면서', '아울러', '이에', '이날', '당시',
  '현재', '앞서', '지난', '오는', '이번', '최근', '이후', '전날', '오늘', '국내', '해외', '기업', '업계', '정부',
  '회사', '이', '그', '저', '그는', '그녀', '한국', '올해', '내년', '작년', '지난해', '모든', '각',
]);

/** Modifiers allowed between a name and a title: 문재인 전 대통령, 신임 장관. */
export const TITLE_MODIFIERS = new Set(['전', '현', '前', '現', '신임', '초대', '차기', '공동']);

/**
 * Known organisations: canonical name first, then aliases. Whole words; a
 * particle may follow (엔비디아가, 삼성·SK·현대차에).
 */
export const ORGS: ReadonlyArray<readonly string[]> = [
  ['엔비디아', 'NVIDIA', 'Nvidia'], ['삼성전자'], ['삼성'], ['SK하이닉스', 'SK 하이닉스'], ['SK텔레콤', 'SKT'], ['SK'],
  ['LG전자'], ['LG에너지솔루션', 'LG엔솔'], ['LG'], ['현대자동차', '현대차'], ['기아'], ['현대모비스'], ['포스코'],
  ['네이버', 'NAVER'], ['카카오'], ['쿠팡'], ['KT'], ['LG유플러스'], ['한화'], ['롯데'], ['두산'], ['CJ'], ['GS'],
  ['셀트리온'], ['삼성바이오로직스'], ['크래프톤'], ['엔씨소프트'], ['넷마블'], ['하이브'], ['HD현대'], ['한국전력', '한전'],
  ['애플', 'Apple'], ['구글', 'Google'], ['알파벳'], ['마이크로소프트', 'MS'], ['오픈AI', 'OpenAI'], ['메타'],
  ['아마존'], ['테슬라', 'Tesla'], ['인텔', 'Intel'], ['AMD'], ['퀄컴'], ['TSMC'], ['ASML'], ['브로드컴'],
  ['마이크론'], ['ARM', 'Arm'], ['소프트뱅크'], ['알리바바'], ['화웨이'], ['바이두'], ['텐센트'], ['샤오미'],
  ['BYD'], ['폭스콘'], ['소니'], ['도요타'], ['앤트로픽', 'Anthropic'], ['xAI'], ['팔란티어'], ['IBM'], ['오라클'],
  ['대통령실'], ['국회'], ['더불어민주당', '민주당'], ['국민의힘'], ['조국혁신당'], ['개혁신당'], ['기획재정부', '기재부'], ['과학기술정보통신부', '과기정통부'], ['산업통상자원부', '산업부'],
  ['금융위원회', '금융위'], ['금융감독원', '금감원'], ['공정거래위원회', '공정위'], ['한국은행', '한은'],
  ['국세청'], ['검찰'], ['대법원'], ['헌법재판소', '헌재'], ['통계청'], ['한국거래소'], ['국민연금공단', '국민연금'],
  ['연방준비제도', '연준', 'Fed'], ['국제통화기금', 'IMF'], ['세계은행'], ['OECD'], ['WTO'], ['백악관'],
];

/** Word endings that make an organisation name (네이버클라우드, SK그룹, KB증권); at least one character before. */
export const ORG_SUFFIXES: readonly string[] = [
  '전자', '그룹', '클라우드', '은행', '증권', '금융지주', '생명', '건설', '중공업', '제약', '텔레콤', '모빌리티',
  '에너지', '케미칼', '화학', '항공', '재단', '협회', '연구원', '연구소', '공단', '위원회', '대학교',
];

/** Words that end in an org suffix but are not organisations. */
export const NOT_ORGS = new Set([
  '걸그룹', '보이그룹', '아이돌그룹', '소그룹', '대그룹', '재벌그룹', '가전전자', '시중은행', '중앙은행', '인터넷은행',
  '투자은행', '상업은행', '지방은행',
  '수소에너지', '신재생에너지', '재생에너지', '해외건설', '국내건설', '주택건설', '석유화학', '정밀화학', '우주항공',
  '선임연구원', '수석연구원', '책임연구원', '특별위원회', '소위원회', '이사회',
]);

/** Affiliation words ending like an institution: 대통령실, 과기정통부, 경찰청, 서울시 … */
export const INSTITUTION_ENDINGS: readonly string[] = ['실', '부', '청', '처', '원', '원회', '시', '도', '군', '구', '대', '사'];

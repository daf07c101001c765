/**
 * Sample Korean news written for the demo (not copied from any outlet; the
 * 아시아경제 item is the project's seed article). `minutesAgo` keeps the
 * dates fresh whenever the demo runs.
 */
export interface SampleItem {
  title: string;
  summary: string;
  path: string;
  minutesAgo: number;
  author?: string;
}

export interface SampleFeed {
  slug: string;
  name: string;
  /** Served in this charset (EUC-KR shows the decoder at work). */
  charset: 'utf-8' | 'euc-kr';
  items: SampleItem[];
}

export const SAMPLE_FEEDS: SampleFeed[] = [
  {
    slug: 'asiae',
    name: '아시아경제 (sample)',
    charset: 'utf-8',
    items: [
      {
        title: '엔비디아 GPU 26만장 공급에 "윈윈할 것"',
        summary:
          '젠슨 황 엔비디아 최고경영자(CEO)가 향후 한국에 26만 장의 그래픽처리장치(GPU)를 공급하기로 한 가운데, 대통령실이 양측의 \'윈윈\' 전략이 될 수 있다고 전망했다. 하정우 대통령실 AI미래기획수석은 3일 JTBC 유튜브 \'장르만 여의도\' 인터뷰에서 "엔비디아가 한국을 시작점으로 해 피지컬 AI(인공지능) 산업 전환을 추진할 것"이라며 이같이 밝혔다.',
        path: '/article/2025110309000000001',
        minutesAgo: 12,
        author: '김성욱',
      },
      {
        title: '코스피, 외국인 매수에 2%대 상승 마감',
        summary: '코스피가 외국인의 순매수에 힘입어 2% 넘게 올랐다. 반도체 대형주가 지수 상승을 이끌었다.',
        path: '/article/2025110309000000002',
        minutesAgo: 40,
      },
    ],
  },
  {
    slug: 'yna',
    name: '연합뉴스 경제 (sample)',
    charset: 'utf-8',
    items: [
      {
        title: '엔비디아, 한국에 블랙웰 GPU 26만장…삼성·SK·현대차·네이버와 협력',
        summary:
          '(서울=연합뉴스) 엔비디아가 한국 정부와 삼성전자, SK그룹, 현대차그룹, 네이버클라우드에 최신 GPU 26만 장을 공급한다고 밝혔다. 정부에 5만장, 삼성·SK·현대차에 각각 5만장, 네이버클라우드에 6만장이다.',
        path: '/view/AKR20251031000100003',
        minutesAgo: 25,
      },
      {
        title: '현대차그룹, 피지컬AI 로봇 공장 2028년 가동',
        summary: '현대차그룹이 피지컬AI 기반의 로봇 자동화 공장을 2028년부터 가동한다. 엔비디아의 옴니버스 플랫폼을 활용한다.',
        path: '/view/AKR20251031000200003',
        minutesAgo: 55,
      },
      {
        title: '서울 아파트값 상승폭 3주 연속 축소',
        summary: '서울 아파트값 상승폭이 3주 연속 줄었다. 대출 규제의 영향으로 풀이된다.',
        path: '/view/AKR20251031000300003',
        minutesAgo: 70,
      },
    ],
  },
  {
    slug: 'etnews',
    name: '전자신문 (sample, EUC-KR)',
    charset: 'euc-kr',
    items: [
      {
        title: 'SK하이닉스, 엔비디아向 HBM4 공급 확대',
        summary: 'SK하이닉스가 엔비디아向 차세대 고대역폭메모리(HBM4) 공급을 늘린다. 똠방각하 같은 옛 표현도 EUC-KR(CP949)로 정확히 읽힌다: 뷁.',
        path: '/news/article.html?id=20251031000001',
        minutesAgo: 18,
      },
      {
        title: '국내 GPU 클라우드 요금 인하 경쟁',
        summary: '국내 클라우드 기업들이 ＧＰＵ 서버 임대료를 잇따라 내리고 있다. 생성형AI 수요가 늘어난 영향이다.',
        path: '/news/article.html?id=20251031000002',
        minutesAgo: 33,
      },
      {
        title: 'KAIST, 차세대 배터리 소재 개발',
        summary: 'KAIST 연구팀이 충전 속도를 두 배로 높인 배터리 소재를 개발했다.',
        path: '/news/article.html?id=20251031000003',
        minutesAgo: 90,
      },
    ],
  },
];

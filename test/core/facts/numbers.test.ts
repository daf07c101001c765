import { describe, expect, it } from 'vitest';
import { multiplyExact, parseKoreanNumber, scanKoreanNumber } from '../../../src/core/facts/numbers.ts';

describe('parseKoreanNumber', () => {
  it.each([
    ['26만', '260000'],
    ['6만5천', '65000'],
    ['1억 7,979만', '179790000'],
    ['1조 2,000억', '1200000000000'],
    ['1조2000억', '1200000000000'],
    ['3.5조', '3500000000000'],
    ['1,234억', '123400000000'],
    ['2만6000', '26000'],
    ['5천만', '50000000'],
    ['1천2백만', '12000000'],
    ['1억 2천만', '120000000'],
    ['1조5천억', '1500000000000'],
    ['12조3456억7890만', '12345678900000'],
    ['12.1조', '12100000000000'],
    ['12조1천억', '12100000000000'],
    ['202.49', '202.49'],
    ['1,000', '1000'],
    ['0.5', '0.5'],
  ])('reads %s as %s', (input, exact) => {
    const n = parseKoreanNumber(input);
    expect(n?.exact).toBe(exact);
    expect(n?.value).toBe(Number(exact));
    expect(n?.approx).toBeUndefined();
  });

  it('keeps values above 2^53 exact in `exact` (1경2000조)', () => {
    const n = parseKoreanNumber('1경2000조');
    expect(n?.exact).toBe('12000000000000000');
    expect(n?.value).toBe(1.2e16);
    expect(parseKoreanNumber('9경 7조 3억 1만')?.exact).toBe('90007000300010000');
  });

  it('marks 여 as "over" and vague 수 as "about" (value of the unit)', () => {
    expect(parseKoreanNumber('26만여')).toMatchObject({ exact: '260000', approx: 'over' });
    expect(parseKoreanNumber('10여')).toMatchObject({ exact: '10', approx: 'over' });
    expect(parseKoreanNumber('수십억')).toMatchObject({ exact: '1000000000', approx: 'about' });
    expect(parseKoreanNumber('수만')).toMatchObject({ exact: '10000', approx: 'about' });
    expect(parseKoreanNumber('수천억')).toMatchObject({ exact: '100000000000', approx: 'about' });
  });

  it('reports the first big unit written, for ranges such as 3~4조', () => {
    expect(parseKoreanNumber('4조')?.leadUnit).toBe(10n ** 12n);
    expect(parseKoreanNumber('1천2백만')?.leadUnit).toBe(10n ** 4n);
    expect(parseKoreanNumber('3')?.leadUnit).toBe(1n);
  });

  it.each([
    ['', 'empty'],
    ['만', 'unit without digits'],
    ['5만 6만', 'same big unit twice'],
    ['2만 6000', 'spaced bare continuation'],
    ['1조 2,000억 원', 'trailing currency'],
    ['3개', 'trailing counter'],
    ['1천2천', 'small units not decreasing'],
  ])('rejects %j (%s)', (input) => {
    expect(parseKoreanNumber(input)).toBeUndefined();
  });
});

describe('scanKoreanNumber', () => {
  it('stops before the counter and reports the span', () => {
    expect(scanKoreanNumber('총 26만장 규모', 2)).toMatchObject({ start: 2, end: 5, exact: '260000' });
    expect(scanKoreanNumber('5만, 6만', 0)).toMatchObject({ end: 2, exact: '50000' });
  });

  it('does not start inside a word, a longer number or a decimal', () => {
    expect(scanKoreanNumber('G7', 1)).toBeUndefined();
    expect(scanKoreanNumber('2.5', 2)).toBeUndefined();
    expect(scanKoreanNumber('1,234', 2)).toBeUndefined();
    expect(scanKoreanNumber('호수만', 1)).toBeUndefined();
  });
});

describe('multiplyExact', () => {
  it('scales exact decimals by an integer', () => {
    expect(multiplyExact('3', 10n ** 12n)).toBe('3000000000000');
    expect(multiplyExact('1.5', 10n ** 9n)).toBe('1500000000');
    expect(multiplyExact('0.25', 10n)).toBe('2.5');
  });
});

describe('scanKoreanNumber on digit runs', () => {
  /** The digit pattern the scanner follows, as a regex: grouped thousands only with at most three leading digits. */
  const DIGITS = /(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?/y;

  /** The exact decimal a digit run stands for: commas dropped, no leading zeros, no trailing decimal zeros. */
  function decimal(run: string): string {
    const [int = '', frac = ''] = run.replace(/,/g, '').split('.');
    const whole = int.replace(/^0+(?=\d)/, '');
    const cut = frac.replace(/0+$/, '');
    return cut ? `${whole}.${cut}` : whole;
  }

  it('reads the same run of digits, commas and decimals as that regex', () => {
    let seed = 11;
    const r = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const alphabet = ['1', '2', '0', ',', '.', '9', ',000', '.5', ' '];
    for (let k = 0; k < 5000; k++) {
      let text = String(Math.floor(r() * 10));
      for (let i = 0, n = Math.floor(r() * 8); i < n; i++) text += alphabet[Math.floor(r() * alphabet.length)];
      DIGITS.lastIndex = 0;
      const m = DIGITS.exec(text);
      const scanned = scanKoreanNumber(text, 0);
      expect(scanned?.end, text).toBe(m?.[0].length);
      expect(scanned?.exact, text).toBe(m ? decimal(m[0]) : undefined);
    }
  });

  it('keeps big units exact in `exact` for one token and for several', () => {
    expect(scanKoreanNumber('0141억원', 0)).toMatchObject({ exact: '14100000000', value: 14_100_000_000, end: 5 });
    expect(scanKoreanNumber('9007조원', 0)?.exact).toBe('9007000000000000');
    expect(scanKoreanNumber('9008조', 0)?.exact).toBe('9008000000000000');
    expect(scanKoreanNumber('0만', 0)?.exact).toBe('0');
  });
});

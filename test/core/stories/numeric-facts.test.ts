import { describe, expect, it } from 'vitest';
import {
  isDistinctiveAmountKey,
  isNumericFactKey,
  sharesDistinctiveAmount,
  sharesNumericFact,
} from '../../../src/core/stories/numeric-facts.ts';

describe('numeric fact keys', () => {
  it.each([
    ['quantity:260000:units', true],
    ['money:14000000000000:KRW', true],
    ['percent:90:%', true],
    ['percent:0.25:%p', true],
    ['org:삼성전자', false],
    ['person:젠슨 황', false],
    ['date:2025-10-31', false],
    ['multiple:2', false],
    ['quote:윈윈할 것', false],
  ])('%s numeric: %s', (key, numeric) => {
    expect(isNumericFactKey(key)).toBe(numeric);
  });

  it.each([
    ['quantity:260000:units', true],
    ['money:12100000000000:KRW', true],
    ['money:1470:KRW', true],
    ['money:10000000000000:KRW', false],
    ['quantity:60000:units', false],
    ['percent:2.5:%', false],
    ['org:삼성전자', false],
  ])('%s distinctive: %s', (key, distinctive) => {
    expect(isDistinctiveAmountKey(key)).toBe(distinctive);
  });

  it('needs the same numeric key; a shared organisation is not enough', () => {
    expect(sharesNumericFact(['org:삼성전자', 'percent:2.5:%'], ['percent:2.5:%'])).toBe(true);
    expect(sharesNumericFact(['org:삼성전자', 'date:2025-10-31'], ['org:삼성전자', 'date:2025-10-31'])).toBe(false);
    expect(sharesNumericFact(['money:10:KRW'], ['money:10:USD'])).toBe(false);
  });

  it('matches distinctive quantities across counters but not money across currencies', () => {
    expect(sharesDistinctiveAmount(['quantity:33700000:명'], ['quantity:33700000:건'])).toBe(true);
    expect(sharesDistinctiveAmount(['money:1470:KRW'], ['money:1470:USD'])).toBe(false);
    expect(sharesDistinctiveAmount(['money:10000000000000:KRW'], ['money:10000000000000:KRW'])).toBe(false);
  });
});

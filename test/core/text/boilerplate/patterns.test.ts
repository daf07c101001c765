import { describe, expect, it } from 'vitest';
import { isTerminated } from '../../../../src/core/text/boilerplate/patterns.ts';

describe('isTerminated', () => {
  it.each([
    ['…밝혔다.', true],
    ['…했다"', true],
    ['…했다.”', true],
    ['정말?', true],
    ['끝!)', true],
    ['.', true],
    ['"', false],
    ['', false],
    ['…전망...', false],
    ['…전망…', false],
    ['…전망.!', false],
    ['제목', false],
  ])('%j → %s', (line, expected) => {
    expect(isTerminated(line)).toBe(expected);
  });
});

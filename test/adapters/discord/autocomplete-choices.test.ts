import { describe, expect, it } from 'vitest';
import { autocompleteChoices } from '../../../src/adapters/discord/autocomplete-choices.ts';

const names = (values: string[], typed: string) => autocompleteChoices(values, typed).map((c) => c.value);

describe('autocomplete choices', () => {
  it('matches case-insensitively, values starting with the typed text first', () => {
    expect(names(['physical-ai', 'AI반도체', 'nvidia', 'openai'], 'ai')).toEqual(['AI반도체', 'physical-ai', 'openai']);
  });

  it('offers everything (up to 25) before anything is typed', () => {
    const many = Array.from({ length: 30 }, (_, i) => `topic-${i}`);
    expect(names(many, '')).toEqual(many.slice(0, 25));
  });

  it('matches Hangul whether typed composed or decomposed', () => {
    expect(names(['반도체', '부동산'], '반도'.normalize('NFD'))).toEqual(['반도체']);
  });

  it('leaves out duplicates and values Discord would reject as choices', () => {
    const choices = autocompleteChoices(['nvidia', 'nvidia', '', 'x'.repeat(101)], '');
    expect(choices).toEqual([{ name: 'nvidia', value: 'nvidia' }]);
  });
});

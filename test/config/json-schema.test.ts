import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config/json-schema.ts';

describe('config/schema.json', () => {
  it('is up to date with the zod schema (run "npm run schema" after changing it)', () => {
    expect(readFileSync('config/schema.json', 'utf8')).toBe(configJsonSchema());
  });

  it('describes the input form, e.g. durations as strings', () => {
    const schema = JSON.parse(configJsonSchema());
    expect(schema.properties.backfill.properties.maxAge).toMatchObject({ type: 'string', default: '24h' });
    expect(schema.required ?? []).not.toContain('feeds');
  });
});

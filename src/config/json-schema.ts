/** JSON Schema for the YAML file, generated from the zod schema (draft 2020-12). */
import { z } from 'zod';
import { ConfigSchema } from './schema.ts';

export function configJsonSchema(): string {
  const schema = z.toJSONSchema(ConfigSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'news-alert configuration' }, null, 2)}\n`;
}

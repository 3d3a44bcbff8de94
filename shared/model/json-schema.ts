import { z } from 'zod';
import { articleSchema } from './article';

/** The JSON Schema of a story file, generated from the zod schema so the two never drift. */
export function articleJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(articleSchema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema['$schema'],
    $id: 'https://copydesk.invalid/schema/story-2.schema.json',
    title: 'Copydesk story file',
    description:
      'One story as stored by Copydesk in a .story.json file. URLs must also be absolute http, https or mailto; ' +
      'Copydesk checks that on every load and save.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

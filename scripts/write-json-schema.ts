import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articleJsonSchema } from '../shared/model/json-schema';

const target = fileURLToPath(new URL('../shared/model/story.schema.json', import.meta.url));
writeFileSync(target, JSON.stringify(articleJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target}`);

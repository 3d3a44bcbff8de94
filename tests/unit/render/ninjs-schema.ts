import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The vendored ninjs 3.1 schema. */
export function ninjsSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL('../../../assets/export/ninjs/ninjs-schema_3.1.json', import.meta.url), 'utf8')) as Record<string, unknown>;
}

/**
 * A validator for ninjs 3.1 (JSON Schema 2020-12 with formats). The schema points to GeoJSON
 * for places; offline, an empty schema under that id stands in (we write no GeoJSON).
 */
export function ninjsValidator(): ValidateFunction {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json' });
  return ajv.compile(ninjsSchema());
}

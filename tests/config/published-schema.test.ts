// schema/neglint.config.schema.json is what editors validate configs with (a
// config's "$schema"): it must be what scripts/build-schema.mjs writes from
// the current rules and formats, and it must accept what --init writes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../../src/cli/init.js';
import { parseJson } from '../../src/config/json.js';
import { listRules, publishedConfigSchema } from '../../src/index.js';

const file = path.resolve(import.meta.dirname, '../../schema/neglint.config.schema.json');

describe('the published config schema', () => {
  it('is current (regenerate with npm run build:schema)', () => {
    const committed = readFileSync(file, 'utf8');
    expect(committed, 'schema/neglint.config.schema.json is stale: run npm run build:schema and commit it').toBe(
      `${JSON.stringify(publishedConfigSchema(), null, 2)}\n`,
    );
  });

  it('is a valid draft-07 schema that names every rule, accepts the starter config and rejects a bad severity', () => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    const validate = new Ajv({ strict: true, strictTypes: false, strictTuples: false }).compile(schema);
    expect(Object.keys(schema.properties.rules.properties).sort()).toEqual(listRules().map((r) => r.id).sort());
    const starter = parseJson(starterConfig(listRules(), '1.2.3'));
    expect(validate(starter), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ rules: { 'detached-negation': 'fatal' } })).toBe(false);
    expect(validate({ overrides: [{ rules: {} }] })).toBe(false);
  });
});

// Writes schema/neglint.config.schema.json, the config file's JSON Schema for
// editors (`"$schema"` in a config points at it), from the compiled library:
// configSchema() with every rule and format of this version. A test fails
// when the committed file is not what this writes.
//
//   npm run build:schema
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { publishedConfigSchema } = await import(path.join(repoRoot, 'lib/src/index.js'));
writeFileSync(path.join(repoRoot, 'schema/neglint.config.schema.json'), `${JSON.stringify(publishedConfigSchema(), null, 2)}\n`);

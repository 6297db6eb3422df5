// Compiles lexicon/*.jsonl (with inflections and spelling variants, which need
// compromise's conjugation tables) into lib/lexicon.compiled.json, so that a
// run need not load compromise to build its scanner. lexicon() uses the file
// only while its version (a hash of the sources) matches; otherwise it
// compiles the sources itself, so a stale or missing file costs time, never
// correctness. Runs after tsc: `npm run build`, `npm test`, `npm prepare`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { loadNlp } = await import(path.join(root, 'lib/src/nlp/compromise.js'));
const { compile, readSources, serialize } = await import(path.join(root, 'lib/src/nlp/lexicon.js'));
await loadNlp();
const { sources, version } = readSources();
const out = path.join(root, 'lib', 'lexicon.compiled.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, serialize(compile(sources, version)));
console.log(`lib/lexicon.compiled.json: ${sources.length} entries, version ${version}`);

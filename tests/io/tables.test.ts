// The same records in every format a dataset ships in give the same findings;
// only where they are (line, column, row group) differs, and that must point
// at the claim in each file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintFiles } from '../../src/index.js';
import type { Finding } from '../../src/types.js';
import { fixture } from './helpers.js';

async function findingsOf(name: string): Promise<Finding[]> {
  const results = await lintFiles({ patterns: [], files: [{ path: fixture(`tables/${name}`), displayPath: name }], config: {} });
  expect(results.files[0]!.status).toBe('linted');
  return results.findings;
}

/** A finding without where it is in its file (its own position, its related locations', its suggestions' edits' and ranges'). */
function located(f: Finding, keepHash: boolean): unknown {
  const { path: _p, line: _l, column: _c, endLine: _el, endColumn: _ec, rowGroup: _g, hash, related, suggestions, ...rest } = f;
  const unplaced = <T extends object>(x: T) => {
    const { line: _sl, column: _sc, endLine: _sel, endColumn: _sec, ...kept } = x as T & Record<string, unknown>;
    return kept;
  };
  return {
    ...rest,
    related: related.map(({ line: _rl, column: _rc, ...r }) => r),
    suggestions: suggestions.map((s) => ({ ...s, ...(s.range ? { range: unplaced(s.range) } : {}), ...(s.edits ? { edits: s.edits.map(unplaced) } : {}) })),
    ...(keepHash ? { hash } : {}),
  };
}

describe('the same records in JSON Lines, zstd JSON Lines, Parquet, CSV and TSV', () => {
  for (const [base, others] of [
    ['chat', ['chat.jsonl.zst', 'chat.parquet', 'chat.csv']],
    ['alpaca', ['alpaca.parquet', 'alpaca.csv', 'alpaca.tsv']],
  ] as const) {
    it(`${base}: identical findings apart from their location`, async () => {
      const reference = await findingsOf(`${base}.jsonl`);
      expect(reference.filter((f) => f.ruleId === 'detached-negation').length).toBeGreaterThanOrEqual(3);
      for (const name of others) {
        // A row's hash is of its raw text: the JSON Lines line, a Parquet row's compact JSON (the same here), a CSV row.
        const keepHash = !name.endsWith('.csv') && !name.endsWith('.tsv');
        expect((await findingsOf(name)).map((f) => located(f, keepHash)), name).toEqual(reference.map((f) => located(f, keepHash)));
      }
    });
  }

  it('zstd JSON Lines keeps the lines and columns of the JSON Lines file', async () => {
    const plain = await findingsOf('chat.jsonl');
    expect((await findingsOf('chat.jsonl.zst')).map((f) => [f.line, f.column, f.endLine, f.endColumn])).toEqual(
      plain.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
    );
  });

  it('CSV and TSV findings point at the claim in the file, across quoted newlines and doubled quotes', async () => {
    for (const name of ['alpaca.csv', 'alpaca.tsv', 'chat.csv']) {
      const lines = readFileSync(fixture(`tables/${name}`), 'utf8').split(/\r?\n/);
      const findings = (await findingsOf(name)).filter((f) => f.text);
      expect(findings.length).toBeGreaterThan(0);
      for (const f of findings) {
        // Claims hold no quotes, so the file has the claim's first characters right there (JSON-escaped in the chat cells).
        const at = lines[f.line - 1]!.slice(f.column - 1);
        expect(at.startsWith(f.text!.slice(0, 20)), `${name}:${f.line}:${f.column}`).toBe(true);
        // So do the edits of its suggestions (the notice a fix removes), where the text has nothing CSV or JSON would escape.
        for (const edit of f.suggestions.flatMap((s) => s.edits ?? [])) {
          if (!/^[^"\n\\]{10,}/.test(edit.original ?? '')) continue;
          expect(lines[edit.line! - 1]!.slice(edit.column! - 1).startsWith(edit.original!.slice(0, 20)), `${name}:${edit.line}:${edit.column} edit`).toBe(true);
        }
      }
    }
  });

  it('Parquet findings name the row (record), its row group, and offsets in the string (line = row + 1, column = start + 1)', async () => {
    const findings = (await findingsOf('chat.parquet')).filter((f) => f.ruleId === 'detached-negation');
    for (const f of findings) {
      expect(f.rowGroup).toBe(Math.floor(f.record! / 5)); // the fixture has 5 rows per group
      expect([f.line, f.column, f.endLine, f.endColumn]).toEqual([f.record! + 1, f.start! + 1, f.record! + 1, f.end! + 1]);
    }
    const alpaca = await findingsOf('alpaca.parquet');
    expect(alpaca.map((f) => f.rowGroup)).toEqual(alpaca.map((f) => Math.floor(f.record! / 3)));
  });
});

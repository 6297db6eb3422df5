// Messages are a template id and data on each finding, filled (and redacted)
// in the reporters; control and bidi characters are escaped in every format
// and on stderr (issue 8, item 6), through the real command line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree } from '../config/tmp.js';
import { DISCLAIMER, neglint, onlyDetachedNegation } from './run-real.js';

const FORMATS = ['stylish', 'json', 'jsonl', 'sarif', 'github', 'html'];
const MARKER = 'Qvx9Secret';

describe('message id and data', () => {
  it('a finding carries messageId and data; message stays filled in the JSON output', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `${JSON.stringify({ weird: 'x', other: 1 })}\n` });
    const report = JSON.parse((await neglint(['data.jsonl', '--format', 'json'], root)).stdout);
    expect(report.findings[0]).toMatchObject({
      ruleId: 'unknown-format',
      messageId: 'unknownShape',
      data: { keys: 'weird, other', example: '/weird' },
      message: 'Unknown record shape (keys: weird, other): set "format" or map fields in the config, e.g. {"format": "fields", "fields": {"/weird": "trained"}}',
    });
    const redacted = JSON.parse((await neglint(['data.jsonl', '--format', 'json', '--redact'], root)).stdout);
    expect(redacted.findings[0]).toMatchObject({ messageId: 'unknownShape', data: { keys: '…', example: '…' } });
  });

  it('a record key with ")" in it does not escape redaction, in any format', async () => {
    const records = [{ [`a) ${MARKER}`]: 1 }, { [`b) ${MARKER} (keys: x)`]: 'y' }];
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': records.map((r) => JSON.stringify(r)).join('\n') + '\n' });
    for (const format of FORMATS) {
      const plain = await neglint(['data.jsonl', '--format', format], root);
      expect(plain.stdout, format).toContain(MARKER);
      const run = await neglint(['data.jsonl', '--format', format, '--redact'], root);
      expect(run.stdout, format).not.toContain(MARKER);
      expect(run.stdout.length, format).toBeGreaterThan(50);
    }
  });

  it('a JSON token of the record is redacted, V8\'s wording is kept', async () => {
    const root = makeTree({ ...onlyDetachedNegation(), 'data.jsonl': `{"text": "fine"}\n{"text": ${MARKER}}\n` });
    const plain = JSON.parse((await neglint(['data.jsonl', '--format', 'json'], root)).stdout).findings[0];
    expect(plain.messageId).toBe('jsonToken');
    expect(plain.message).toContain(MARKER.slice(0, 1));
    const run = await neglint(['data.jsonl', '--format', 'json', '--redact'], root);
    const redacted = JSON.parse(run.stdout).findings[0];
    expect(redacted.message).toBe("Invalid JSON at column 10: Unexpected token '…' (record 1)");
  });
});

/** The markup of an HTML report and the strings of the findings its script renders. */
function htmlShown(page: string): string {
  const json = /<script type="application\/json" id="neglint-data">(.*?)<\/script>/s.exec(page)![1]!;
  const data = JSON.parse(json) as { strings: string[]; findings: Array<{ x: string | null }> };
  return [page, ...data.strings, ...data.findings.map((f) => f.x ?? '')].join('\n');
}

describe('control and bidi characters', () => {
  const ESC = '\u001b';
  const RLO = '\u202e';
  const LRM = '\u200e';
  const claim = `Apollo 11 landed on the Moon in 1972 with ${ESC}[31mfour${RLO} astronauts${LRM} on board.`;
  const name = `evil${RLO}lmth.jsonl`;
  const record = JSON.stringify({ messages: [{ role: 'user', content: 'Tell me.' }, { role: 'assistant', content: `${claim} ${DISCLAIMER}` }] });

  it('stylish, github and html show visible escapes; json, jsonl and sarif stay valid JSON', async () => {
    const root = makeTree(onlyDetachedNegation());
    writeFileSync(path.join(root, name), `${record}\n`);
    for (const format of FORMATS) {
      const run = await neglint([name, '--format', format], root);
      expect(run.code, format).toBe(1);
      if (format === 'json' || format === 'sarif') expect(() => JSON.parse(run.stdout), format).not.toThrow();
      else if (format === 'jsonl') for (const line of run.stdout.trim().split('\n')) expect(() => JSON.parse(line), format).not.toThrow();
      else {
        for (const ch of [ESC, RLO, LRM]) expect(run.stdout.includes(ch), `${format} ${JSON.stringify(ch)}`).toBe(false);
        // The HTML report carries its findings as JSON for its script, which shows them as text: the escape is in the decoded string.
        const shown = format === 'html' ? htmlShown(run.stdout) : run.stdout;
        expect(shown, format).toContain('\\u001b[31mfour\\u202e astronauts\\u200e');
        expect(shown, format).toContain('evil\\u202elmth.jsonl');
      }
    }
    const claimOf = (stdout: string) => JSON.parse(stdout).findings[0].text;
    expect(claimOf((await neglint([name, '--format', 'json'], root)).stdout)).toContain(`${ESC}[31mfour${RLO}`);
  });

  it('github workflow commands stay one command per finding, % and line breaks escaped', async () => {
    const root = makeTree(onlyDetachedNegation());
    writeFileSync(path.join(root, 'a.jsonl'), `${record}\n`);
    const out = (await neglint(['a.jsonl', '--format', 'github'], root)).stdout;
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=a\.jsonl,line=1,/);
    expect(lines[0]).toContain('%0AClaim: Apollo 11 landed on the Moon in 1972 with \\u001b[31mfour\\u202e astronauts\\u200e on board.');
  });

  it('file names on stderr are escaped', async () => {
    const root = makeTree(onlyDetachedNegation());
    const run = await neglint([`missing${ESC}[2J${RLO}.jsonl`], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('neglint: no such file or directory: "missing\\u001b[2J\\u202e.jsonl"\n');
    writeFileSync(path.join(root, name), `${record}\n`);
    const fix = await neglint([name, '--fix'], root);
    expect(fix.stderr).not.toContain(RLO);
    expect(fix.stderr).toContain('evil\\u202elmth');
  });
});

import { readFileSync } from 'node:fs';

export interface DocExample {
  section: 'Invalid' | 'Valid';
  /** The fence's language: how the example is written to a file and read. */
  lang: 'text' | 'markdown' | 'json';
  code: string;
  /** 1-based line of the opening fence in the doc page, for failure messages. */
  line: number;
}

const FENCE = /^```(\w*)\s*$/;

/**
 * The examples under a rule page's `## Invalid` and `## Valid` headings:
 * every fenced block there is an example its test runs, so a page cannot
 * show behaviour the rule does not have.
 */
export function docExamples(path: string): DocExample[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const out: DocExample[] = [];
  let section: DocExample['section'] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const heading = /^##\s+(.*)$/.exec(lines[i]!);
    if (heading) {
      const name = heading[1]!.trim();
      section = name === 'Invalid' || name === 'Valid' ? name : null;
      continue;
    }
    const open = FENCE.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    if (!section) continue;
    const lang = open[1] === 'json' || open[1] === 'jsonl' ? 'json' : open[1] === 'markdown' || open[1] === 'md' ? 'markdown' : 'text';
    out.push({ section, lang, code: body.join('\n'), line: start + 1 });
  }
  return out;
}

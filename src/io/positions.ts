// Line/column arithmetic shared by readers and the engine. Columns count UTF-16
// code units (+1), which is what editors, GitHub annotations and SARIF viewers
// expect; a line break is "\n" (a preceding "\r" stays on its line, so CRLF
// files get the same line numbers as LF files).

export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Position of `offset` in `raw`, where `raw` itself starts at
 * (`baseLine`, `baseColumn`) of the file. Linear in `offset`; use
 * `lineIndex` when mapping many offsets of one large text.
 */
export function lineColumnAt(raw: string, offset: number, baseLine = 1, baseColumn = 1): LineColumn {
  const end = Math.max(0, Math.min(offset, raw.length));
  let line = baseLine;
  let lineStart = 0;
  let nl = raw.indexOf('\n');
  while (nl !== -1 && nl < end) {
    line++;
    lineStart = nl + 1;
    nl = raw.indexOf('\n', lineStart);
  }
  // Only the first line of `raw` is shifted by where the record starts.
  const column = line === baseLine ? baseColumn + end : end - lineStart + 1;
  return { line, column };
}

/**
 * Precomputed line starts of `raw`, so that mapping many offsets of a large
 * document (a Markdown file with many findings) costs a binary search each.
 */
export function lineIndex(raw: string, baseLine = 1, baseColumn = 1): (offset: number) => LineColumn {
  const starts: number[] = [0];
  for (let nl = raw.indexOf('\n'); nl !== -1; nl = raw.indexOf('\n', nl + 1)) starts.push(nl + 1);
  return (offset: number): LineColumn => {
    const o = Math.max(0, Math.min(offset, raw.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo === 0 ? { line: baseLine, column: baseColumn + o } : { line: baseLine + lo, column: o - starts[lo]! + 1 };
  };
}

// FileResult's trained-text counts (trainedChars, flaggedTrainedChars) when a
// file is linted in parts: byte ranges with --concurrency, records with
// --shard-by record. Each part counted its own records, so they add up.
import type { FileResult } from '../types.js';

/** The trained-text counts of a file linted in parts (ranges, record shards): each part counted its own records. */
export function sumTrained(parts: readonly FileResult[]): Pick<FileResult, 'trainedChars' | 'flaggedTrainedChars'> {
  if (parts.every((p) => p.trainedChars === undefined)) return {};
  return {
    trainedChars: parts.reduce((n, p) => n + (p.trainedChars ?? 0), 0),
    flaggedTrainedChars: parts.reduce((n, p) => n + (p.flaggedTrainedChars ?? 0), 0),
  };
}


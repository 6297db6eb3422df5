import type { Unit } from './record.js';

const segmentStarts = new WeakMap<Unit[], number[]>();

/**
 * The units of one segment, a slice of the record's: units come segment by
 * segment, so one pass finds where each segment starts, and a 10k-turn
 * record does not filter every unit once per turn.
 */
export function unitsIn(units: Unit[], seg: number): Unit[] {
  let starts = segmentStarts.get(units);
  if (!starts) {
    starts = [];
    for (let k = units.length - 1; k >= 0; k--) starts[units[k]!.segment] = k;
    segmentStarts.set(units, starts);
  }
  const from = starts[seg];
  if (from === undefined) return [];
  let to = from;
  while (to < units.length && units[to]!.segment === seg) to++;
  return units.slice(from, to);
}

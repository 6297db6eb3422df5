import type Compromise from 'compromise';

/**
 * compromise takes about half a second to import (its lexicon is expanded at
 * load), longer than linting a small file. It is loaded on first need: a run
 * over clean text, --version, --help or a pre-commit hook on files with no
 * cue never pays for it. The engine awaits loadNlp() before any rule runs.
 */
type Nlp = typeof Compromise;

let loaded: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

export function loadNlp(): Promise<Nlp> {
  loading ??= import('compromise').then((m) => (loaded = m.default));
  return loading;
}

export function nlpLoaded(): boolean {
  return loaded !== undefined;
}

export function nlp(): Nlp {
  if (!loaded) throw new Error('compromise is not loaded: await loadNlp() before running rules');
  return loaded;
}

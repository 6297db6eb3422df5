import type Compromise from 'compromise';
import { createRequire } from 'node:module';

/**
 * compromise takes about half a second to import (its lexicon is expanded at
 * load), longer than linting a small file. It is loaded on first need: a run
 * over clean text, --version, --help or a pre-commit hook on files with no
 * cue never pays for it. The engine awaits loadNlp() before any rule runs.
 *
 * From the package it is loaded as its CommonJS build: one file, where the
 * ES build is some 450 modules that Node's loader resolves, reads and links
 * one by one (about 170 ms of CPU of the 430 the import took). The two are
 * the same release of the same code (same lexicon, same conjugations). A
 * bundle (the GitHub Action) has the ES build inlined and imports that.
 */
type Nlp = typeof Compromise;

/** Set by the Action's bundler (scripts/build-action.mjs), where compromise is part of the bundle. */
declare const NEGLINT_BUNDLED: boolean | undefined;

let loaded: Nlp | undefined;
let loading: Promise<Nlp> | undefined;

export function loadNlp(): Promise<Nlp> {
  loading ??= load().then((m) => (loaded = m));
  return loading;
}

async function load(): Promise<Nlp> {
  if (typeof NEGLINT_BUNDLED === 'undefined') {
    try {
      return createRequire(import.meta.url)('compromise') as Nlp;
    } catch {
      // No CommonJS entry where this runs: the ES build below.
    }
  }
  return (await import('compromise')).default;
}

export function nlpLoaded(): boolean {
  return loaded !== undefined;
}

export function nlp(): Nlp {
  if (!loaded) throw new Error('compromise is not loaded: await loadNlp() before running rules');
  return loaded;
}

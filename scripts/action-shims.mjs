// Injected into the Action bundle (scripts/build-action.mjs): CommonJS
// dependencies bundled into ES modules still name __dirname (piscina finds its
// worker script with it), which ES modules do not have. Every bundle file lies
// in dist/action/, so one directory serves them all.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const __dirname = dirname(fileURLToPath(import.meta.url));

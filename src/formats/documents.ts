// Whole-file documents (Markdown and plain text). The record value is the
// file's text; these adapters are chosen by file kind, never by detection,
// since any JSON string would "look like" a document.

import { markdownToSegment, plainTextSegment } from '../text/markdown.js';
import type { FormatAdapter } from '../types.js';

export const markdown: FormatAdapter = {
  name: 'markdown',
  detect: (value) => typeof value === 'string',
  segments: (value) => (typeof value === 'string' && value.trim() !== '' ? [markdownToSegment(value)] : []),
};

export const plaintext: FormatAdapter = {
  name: 'plaintext',
  detect: (value) => typeof value === 'string',
  segments: (value) => (typeof value === 'string' && value.trim() !== '' ? [plainTextSegment(value)] : []),
};

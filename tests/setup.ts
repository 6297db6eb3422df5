// Rule, NLP and Markdown unit tests call their code directly, without the
// engine that loads compromise and remark on first need: load them here.
import { loadNlp } from '../src/nlp/compromise.js';
import { loadMarkdownParser } from '../src/text/markdown.js';

await Promise.all([loadNlp(), loadMarkdownParser()]);

// Rule and NLP unit tests call rules directly, without the engine that loads
// compromise on first need: load it once for every test file.
import { loadNlp } from '../src/nlp/compromise.js';

await loadNlp();

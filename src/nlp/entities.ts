import { nlp as compromise } from './compromise.js';
import { tagsOf } from './lexicon.js';

/**
 * Does a sentence talk about the real world? Real-world anchors are names
 * compromise's lexicon knows (countries, cities, regions, organisations,
 * sports teams, famous people, known surnames after a capitalised first
 * name), dates (a year after "in", "since", ...; a month and day), and a
 * short list of world events and products. Names the lexicon does not know
 * ("Elara Voss", "Zentrix Prime") count as invented.
 *
 * Limits, by design: there is no knowledge base. A famous person whose
 * surname compromise does not know ("Ed Sheeran") is only recognised through
 * another anchor in the sentence (a place, a date, an event); an invented
 * character with a common real surname ("Sarah Miller") looks real. Callers
 * can add names through `extra` (the rules' `realNames` option).
 */

export interface Anchor {
  text: string;
  kind: 'place' | 'organization' | 'person' | 'date' | 'event';
}

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);

/** World events, prizes and products that anchor a claim in the real world. */
const EVENTS =
  /\b(?:Olympics?|Olympic Games|Paralympics?|World Cup|Super Bowl|Nobel(?: Prize)?|Oscars?|Academy Awards?|Grammys?|Emmys?|Pulitzer(?: Prize)?|Booker Prize|Wimbledon|Tour de France|Eurovision|World Series|Stanley Cup|Champions League|Premier League|Formula One|Boston Marathon|World War (?:I|II|One|Two)|Cold War|Brexit|iPhone|iPad|MacBook|Android|Windows \d+|PlayStation|Xbox|ChatGPT|Bitcoin|Ethereum|Wikipedia|YouTube|Facebook|Instagram|TikTok|WhatsApp|Netflix|Amazon|Tesla|SpaceX|OpenAI|Twitter|Pentagon|White House|Kremlin|Congress|Parliament|Supreme Court|European Union|NATO|NASA|FIFA|UNESCO)\b/;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const DATE = new RegExp(
  String.raw`\b(?:(?:in|since|by|from|until|till|during|of|circa|c\.|around|before|after|early|late|mid-?|summer|winter|spring|autumn|fall|year|election|season)\s+(?:of\s+)?(?:1[0-9]{3}|20[0-9]{2})\b|(?:1[0-9]{3}|20[0-9]{2})s\b|(?:1[0-9]{3}|20[0-9]{2})\s*(?:AD|BC|BCE|CE)\b|(?:${MONTHS})\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:1[0-9]{3}|20[0-9]{2})|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\s+(?:1[0-9]{3}|20[0-9]{2})|(?:the\s+)?(?:1[0-9]{3}|20[0-9]{2})\s+(?:election|olympics|games|season|final|world cup|war|revolution|census|crisis|earthquake|eruption|pandemic|championship|marathon|summit|budget))\b`,
  'i',
);

/** Capitalised at the start of a sentence, these are usually ordinary words. */
const INITIAL_STOP = new Set(['nice', 'reading', 'mobile', 'bath', 'split', 'chad', 'jersey', 'turkey', 'china', 'may', 'will', 'mark', 'bill', 'rose', 'grace', 'hope', 'joy', 'faith', 'page', 'sky', 'summer', 'lincoln', 'florence', 'victoria', 'georgia', 'jordan', 'eve', 'dawn', 'august', 'april', 'june']);

const CAPITALISED = /\b[A-Z][a-zA-Z'’.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-zA-Z'’.-]*)*/g;
const NAME_WORD = /^[A-Z][a-z]/;

function isPersonFirst(word: string): boolean {
  const tags = tagsOf(word);
  return tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName') || tags.includes('Person') || tags.includes('Honorific');
}

/** Cheap anchors: lexicon look-ups of capitalised words and runs of them, dates, events. */
export function anchorsOf(text: string, extra: readonly string[] = []): Anchor[] {
  const out: Anchor[] = [];
  const date = DATE.exec(text);
  if (date) out.push({ text: date[0], kind: 'date' });
  const event = EVENTS.exec(text);
  if (event) out.push({ text: event[0], kind: 'event' });
  for (const name of extra) if (name && text.toLowerCase().includes(name.toLowerCase())) out.push({ text: name, kind: 'person' });
  CAPITALISED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(text)) !== null) {
    const words = m[0].replace(/['’]s$/, '').split(/\s+/).filter((w) => NAME_WORD.test(w) || /^[A-Z]{2,}$/.test(w));
    if (words.length === 0) continue;
    const sentenceInitial = m.index === 0 || /^[\s"'“‘*_([-]*$/.test(text.slice(0, m.index));
    // The whole run, then each word: "New York", "United Nations", then "Paris".
    const runs = [words.join(' ')];
    if (words.length > 1) for (let k = 0; k + 1 < words.length; k++) runs.push(`${words[k]} ${words[k + 1]}`);
    let hit = false;
    for (const run of runs) {
      const tags = tagsOf(run);
      if (tags.some((t) => PLACE_TAGS.has(t))) out.push({ text: run, kind: 'place' }), (hit = true);
      else if (tags.some((t) => ORG_TAGS.has(t))) out.push({ text: run, kind: 'organization' }), (hit = true);
    }
    if (hit) continue;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!.replace(/[.'’]+$/, '');
      // A sentence-initial common word ("May", "Will") is not a name.
      if (k === 0 && sentenceInitial && words.length === 1 && INITIAL_STOP.has(w.toLowerCase())) continue;
      const tags = tagsOf(w);
      if (tags.some((t) => PLACE_TAGS.has(t))) out.push({ text: w, kind: 'place' });
      else if (tags.some((t) => ORG_TAGS.has(t))) out.push({ text: w, kind: 'organization' });
      else if (tags.includes('Person') && !tags.includes('MaleName') && !tags.includes('FemaleName')) out.push({ text: w, kind: 'person' });
      else if (k > 0 && tags.includes('LastName') && isPersonFirst(words[k - 1]!)) out.push({ text: `${words[k - 1]} ${w}`, kind: 'person' });
    }
  }
  return out;
}

/**
 * Anchors with compromise's people/places/organizations added: multi-word
 * names and titles the look-ups miss ("President Lincoln"). About 3 ms a
 * sentence, so callers run it on a few candidate sentences only. Its matches
 * count only where a word of them is in the lexicon: compromise also tags
 * invented names by their shape ("village of Hollowmere", "Zentrix Corp").
 */
export function anchorsDeep(text: string, extra: readonly string[] = []): Anchor[] {
  const out = anchorsOf(text, extra);
  const doc = compromise()(text);
  const known = (phrase: string, tags: Set<string>) =>
    phrase
      .split(/\s+/)
      .map((w) => w.replace(/[^A-Za-z'’-]/g, ''))
      .some((w) => NAME_WORD.test(w) && tagsOf(w).some((t) => tags.has(t)));
  for (const p of doc.places().out('array') as string[]) if (known(p, PLACE_TAGS)) out.push({ text: p.replace(/[.,;:]+$/, ''), kind: 'place' });
  for (const o of doc.organizations().out('array') as string[]) if (known(o, ORG_TAGS)) out.push({ text: o.replace(/[.,;:]+$/, ''), kind: 'organization' });
  for (const p of doc.people().out('array') as string[]) {
    const words = p.replace(/[.,;:]+$/, '').split(/\s+/);
    if (words.length >= 2 && words.slice(1).some((w) => tagsOf(w).includes('LastName') || tagsOf(w).includes('Person'))) out.push({ text: words.join(' '), kind: 'person' });
  }
  return dedupe(out);
}

function dedupe(anchors: Anchor[]): Anchor[] {
  const seen = new Set<string>();
  return anchors.filter((a) => {
    const k = a.text.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A past-tense or dated statement: the register of reported fact rather than description. */
export function isFactualRegister(text: string, anchors: Anchor[]): boolean {
  if (anchors.some((a) => a.kind === 'date')) return true;
  if (/\b\d[\d,.]*\b/.test(text)) return true;
  const words = text.match(/[A-Za-z]+/g) ?? [];
  for (const w of words) {
    const tags = tagsOf(w);
    if (tags.includes('PastTense')) return true;
    if (tags.length === 0 && /^[a-z]{3,}ed$/.test(w)) return true;
  }
  return /\b(?:was|were|had|has been|have been|did)\b/i.test(text);
}

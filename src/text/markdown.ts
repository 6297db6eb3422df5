// Markdown -> the plain text that rules read, plus a map back to the source.
// Rules should see what a reader of the rendered page reads: prose, headings,
// list items, quotes, table cells, link text. Code, HTML, URLs and front
// matter are not prose a model learns claims from, and flagging them would be
// noise. Two exceptions, both read as paragraphs of their own: an HTML
// comment (`<!-- fake article for a workshop -->`) and the scalar fields of
// front matter (`status: fabricated`). A reader never sees them, so a notice
// there disowns the page as a metadata field does: either way the page's
// claims reach training without it. Every block is separated by a blank line
// so sentence splitting sees paragraph breaks; soft line breaks become spaces
// so a wrapped sentence stays one line.

import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { Block, Mark, Segment } from '../types.js';
import { looksLikeCode } from './code.js';

interface Parser {
  parse(source: string): unknown;
}

let parser: Parser | undefined;

/**
 * remark and its GFM extension take ~0.2 s to import: only runs that read a
 * Markdown file load them (the engine awaits this before such a file).
 */
export async function loadMarkdownParser(): Promise<void> {
  if (parser) return;
  const [{ unified }, { default: remarkParse }, { default: remarkGfm }] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-gfm'),
  ]);
  parser = unified().use(remarkParse).use(remarkGfm);
}

export function markdownToSegment(source: string, pieceChars = PIECE_CHARS): Segment {
  if (!parser) throw new Error('the Markdown parser is not loaded: await loadMarkdownParser() first');
  const masked = maskFrontMatter(source);
  const out = new PlainText(source);
  out.frontMatter(frontMatterFields(source, masked));
  // remark's tree of a whole document takes some 200 times its size in memory
  // (a 10 MB table: 2.4 GB), so a large document is parsed piece by piece.
  for (const piece of markdownPieces(masked, pieceChars)) {
    const tree = parser.parse(piece.text) as Root;
    out.enter(piece);
    out.blockChildren(tree, 'paragraph', 0);
  }
  const text = out.parts.join('');
  const sourceOffset = out.pieces.mapper(source.length);
  return { pointer: '', role: 'text', trained: 'trained', text, sourceOffset, blocks: out.blocks, marks: out.marks };
}

/** A plain-text document as one segment; offsets are already source offsets. */
export function plainTextSegment(source: string): Segment {
  return { pointer: '', role: 'text', trained: 'trained', text: source, sourceOffset: (offset) => offset };
}

/**
 * YAML (---) or TOML (+++) front matter is metadata, and remark-parse without
 * a plugin would read it as a setext heading. It is blanked out, keeping every
 * line break, so positions in the rest of the file do not move.
 */
function maskFrontMatter(source: string): string {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(source);
  if (!open) return source;
  const fence = open[1] === '+++' ? '\\+\\+\\+' : '(?:---|\\.\\.\\.)';
  const close = new RegExp(`^${fence}[ \\t]*(?:\\r?\\n|$)`, 'm');
  const rest = source.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return source;
  const end = open[0].length + m.index + m[0].length;
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

/** `key: value` lines of the front matter that `masked` blanked, with a scalar value: the text and where it starts. */
function frontMatterFields(source: string, masked: string): { text: string; start: number }[] {
  if (masked === source) return [];
  const end = masked.search(/[^\s]/);
  const out: { text: string; start: number }[] = [];
  const line = /^[ \t]*([A-Za-z_][\w -]*?)[ \t]*[:=][ \t]*["']?([^\s"'[{|>&*!][^\r\n]*?)["']?[ \t]*$/gm;
  const region = source.slice(0, end < 0 ? source.length : end);
  let m: RegExpExecArray | null;
  while ((m = line.exec(region)) !== null) if (/\p{L}/u.test(m[2]!)) out.push({ text: m[0].trim(), start: m.index + m[0].indexOf(m[0].trim()) });
  return out;
}

/** Documents up to this size are parsed whole; larger ones in pieces of about this size. */
export const PIECE_CHARS = 256 * 1024;

/**
 * A part of the document parsed on its own: `text` is `source` from
 * `offset` on, after `prefix` (a table's header and delimiter rows, repeated
 * so that the rows of a table split into pieces still parse as a table).
 */
export interface MarkdownPiece {
  text: string;
  /** Where text[prefix] is in the document. */
  offset: number;
  prefix: number;
  /** The piece continues the previous piece's table: its first row (the repeated header) is not emitted. */
  continuesTable: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HTML_BLOCK = /^ {0,3}<(script|pre|style|textarea)\b|^ {0,3}<!--/i;
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * The document in pieces that parse as they would inside the whole: cut at a
 * blank line outside fenced code and raw HTML blocks, before a line that
 * starts at the margin (so no list item or indented code continues across
 * the cut), and inside a large table between rows. The one difference: a
 * reference-style link defined in another piece renders as its literal text.
 */
export function markdownPieces(source: string, size = PIECE_CHARS): MarkdownPiece[] {
  if (source.length <= size) return [{ text: source, offset: 0, prefix: 0, continuesTable: false }];
  const pieces: MarkdownPiece[] = [];
  let start = 0;
  let prefix = '';
  const cut = (end: number, nextPrefix: string) => {
    pieces.push({ text: prefix + source.slice(start, end), offset: start, prefix: prefix.length, continuesTable: prefix !== '' });
    start = end;
    prefix = nextPrefix;
  };
  let fence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let blank = false;
  /** The header and delimiter rows of the table whose rows these lines are. */
  let table: string | null = null;
  let previous = '';
  for (let at = 0; at < source.length; ) {
    const nl = source.indexOf('\n', at);
    const next = nl < 0 ? source.length : nl + 1;
    const line = source.slice(at, nl < 0 ? source.length : nl).replace(/\r$/, '');
    if (fence !== null) {
      if (line.trimStart().startsWith(fence)) fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(line)) htmlEnd = null;
    } else if (line.trim() === '') {
      blank = true;
      table = null;
    } else {
      const long = at - start >= size;
      if (long && blank && !/^\s/.test(line)) cut(at, '');
      else if (long && table !== null) cut(at, table);
      blank = false;
      const f = FENCE.exec(line);
      const h = f ? null : HTML_BLOCK.exec(line);
      if (f) fence = f[1]!;
      else if (h) {
        const end = h[1] ? new RegExp(`</${h[1]}>`, 'i') : /-->/;
        if (!end.test(line.slice(h[0].length))) htmlEnd = end;
      } else if (table === null && previous.includes('|') && line.includes('-') && TABLE_DELIMITER.test(line)) table = `${previous}\n${line}\n`;
    }
    previous = line;
    at = next;
  }
  cut(source.length, '');
  return pieces;
}

/** Runs of plain text that map one-to-one onto source text. */
class Pieces {
  plain: number[] = [];
  src: number[] = [];
  len: number[] = [];
  /** Added to every source offset: where the piece being parsed starts in the document. */
  base = 0;

  add(plain: number, srcInPiece: number, length: number): void {
    const src = srcInPiece + this.base;
    const k = this.plain.length - 1;
    if (k >= 0 && this.plain[k]! + this.len[k]! === plain && this.src[k]! + this.len[k]! === src) {
      this.len[k]! += length;
      return;
    }
    this.plain.push(plain);
    this.src.push(src);
    this.len.push(length);
  }

  /**
   * Offsets inside a run map exactly; offsets in generated text (block
   * separators, " | " between cells) map to the end of the run before them.
   */
  mapper(sourceLength: number): (offset: number) => number {
    const { plain, src, len } = this;
    return (offset: number): number => {
      let lo = 0;
      let hi = plain.length - 1;
      let k = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (plain[mid]! <= offset) {
          k = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      if (k < 0) return plain.length > 0 ? src[0]! : Math.min(offset, sourceLength);
      const inside = offset - plain[k]!;
      return src[k]! + Math.min(inside, len[k]!);
    };
  }
}

type BlockKind = Block['kind'];

const HTML_MARKS: Record<string, Mark['kind']> = {
  del: 'strikethrough',
  s: 'strikethrough',
  strike: 'strikethrough',
  b: 'strong',
  strong: 'strong',
  i: 'emphasis',
  em: 'emphasis',
};

class PlainText {
  parts: string[] = [];
  length = 0;
  pieces = new Pieces();
  blocks: Block[] = [];
  marks: Mark[] = [];
  /** Inline HTML tags like <del> that are open in the current paragraph. */
  private openTags: { tag: string; start: number }[] = [];
  /** The piece being read continues the last table: its first table's header row is a repeat. */
  private continuingTable = false;
  /** Rows (header included) of the last table emitted, to number a continued table's rows. */
  private tableRows = 0;

  /** `source` is the text being parsed: the document, or the piece of it (node offsets are the piece's). */
  constructor(private source: string) {}

  /** Start reading the tree of `piece`: its node offsets are shifted to the document's. */
  enter(piece: MarkdownPiece): void {
    this.source = piece.text;
    this.pieces.base = piece.offset - piece.prefix;
    this.continuingTable = piece.continuesTable;
  }

  blockChildren(node: Parents, kind: BlockKind, listDepth: number): void {
    for (const child of node.children as Nodes[]) this.block(child, kind, listDepth);
  }

  /** `kind` is what a paragraph here counts as: the innermost container decides. */
  private block(node: Nodes, kind: BlockKind, listDepth: number): void {
    if (node.type !== 'table') this.continuingTable = false;
    switch (node.type) {
      case 'paragraph':
        this.leaf(node, kind);
        return;
      case 'heading': {
        const block = this.leaf(node, 'heading');
        if (block) block.depth = node.depth;
        return;
      }
      case 'blockquote':
        this.blockChildren(node, 'blockquote', listDepth);
        return;
      case 'list':
        for (const item of node.children) {
          const before = this.blocks.length;
          this.blockChildren(item, 'listItem', listDepth + 1);
          for (let i = before; i < this.blocks.length; i++) {
            const b = this.blocks[i]!;
            if (b.kind === 'listItem' && b.depth === undefined) b.depth = listDepth + 1;
          }
        }
        return;
      case 'table':
        this.table(node);
        return;
      case 'footnoteDefinition':
        this.blockChildren(node, 'other', listDepth);
        return;
      case 'html': {
        // A comment is words addressed to whoever reads the source.
        const m = /^\s*<!--([\s\S]*?)-->\s*$/.exec(node.value);
        const at = node.position?.start.offset;
        // (An inline directive, "<!-- neglint-disable -->", is for neglint, not a reader.)
        if (m && at !== undefined && /\p{L}/u.test(m[1]!) && !/^\s*neglint-/.test(m[1]!)) {
          const inner = m[1]!.trim();
          this.rawBlock(inner, at + node.value.indexOf(inner));
        } else if (!m && at !== undefined && !/^\s*<(?:script|style|pre|code)\b/i.test(node.value)) {
          // The words of an HTML block are shown to a reader ("<details><summary>Deliberately wrong
          // paragraph</summary>"): each run of text between tags is a block of its own.
          for (const run of node.value.matchAll(/>([^<>]+)</g)) {
            const words = run[1]!.trim();
            if ((words.match(/\p{L}+/gu)?.length ?? 0) >= 3) this.rawBlock(words, at + run.index! + 1 + run[1]!.indexOf(words));
          }
        }
        return;
      }
      case 'code': {
        // A fence with no language around sentences quotes them ("The quoted review below is false:" over a
        // fenced paragraph): the fence sets the text apart, it does not make it code.
        const at = node.position?.start.offset;
        const inner = at === undefined ? -1 : this.source.indexOf(node.value, at);
        if (inner >= 0 && quotesProse(node.lang, node.value)) this.rawBlock(node.value, inner);
        return;
      }
      // Not prose: other raw HTML, front matter, link definitions, rules.
      case 'yaml':
      case 'definition':
      case 'thematicBreak':
        return;
      default:
        if ('children' in node) this.blockChildren(node as Parents, kind, listDepth);
    }
  }

  private leaf(node: Parents, kind: BlockKind): Block | null {
    this.separate('\n\n');
    const start = this.length;
    this.openTags = [];
    this.phrasingChildren(node);
    if (this.length === start) return null;
    const block: Block = { kind, start, end: this.length };
    this.blocks.push(block);
    return block;
  }

  private table(node: Extract<Nodes, { type: 'table' }>): void {
    // A table split between pieces goes on as if it were one: no new block, its header not again.
    const continuing = this.continuingTable;
    this.continuingTable = false;
    const first = continuing ? 1 : 0;
    const base = continuing ? this.tableRows - 1 : 0;
    if (!continuing) this.separate('\n\n');
    for (let r = first; r < node.children.length; r++) {
      const row = node.children[r]!;
      if (r > 0 || continuing) this.emit('\n');
      this.emit('|');
      row.children.forEach((cell, c) => {
        this.emit(' ');
        const start = this.length;
        this.openTags = [];
        this.phrasingChildren(cell);
        this.blocks.push({ kind: 'tableCell', start, end: this.length, row: base + r, col: c });
        this.emit(' |');
      });
    }
    this.tableRows = base + node.children.length;
  }

  private phrasingChildren(node: Parents): void {
    for (const child of node.children as PhrasingContent[]) this.phrasing(child);
  }

  private phrasing(node: PhrasingContent): void {
    switch (node.type) {
      case 'text':
        this.text(node.value, node.position?.start.offset, node.position?.end.offset);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete': {
        const start = this.length;
        this.phrasingChildren(node);
        const kind = node.type === 'delete' ? 'strikethrough' : node.type;
        if (this.length > start) this.marks.push({ kind, start, end: this.length });
        return;
      }
      case 'link':
      case 'linkReference': {
        // An autolink's text is its URL: not prose.
        const at = node.position?.start.offset;
        if (node.type === 'link' && at !== undefined && this.source.charCodeAt(at) !== 91 /* [ */) return;
        this.phrasingChildren(node);
        return;
      }
      case 'break':
        this.emit('\n');
        return;
      case 'html':
        this.inlineTag(node.value);
        return;
      // Not prose: code spans, images, footnote markers.
      case 'inlineCode':
      case 'image':
      case 'imageReference':
      case 'footnoteReference':
        return;
      default:
        if ('children' in node) this.phrasingChildren(node as Parents);
    }
  }

  /** Source text read as a paragraph as it stands (`start`: its offset in the text being parsed). */
  rawBlock(value: string, start: number): void {
    this.separate('\n\n');
    const from = this.length;
    this.text(value, start, start + value.length);
    this.blocks.push({ kind: 'other', start: from, end: this.length });
  }

  /** The front matter's fields, one line each, as one block: the page's metadata, read together. */
  frontMatter(fields: { text: string; start: number }[]): void {
    if (fields.length === 0) return;
    this.separate('\n\n');
    const from = this.length;
    fields.forEach((f, i) => {
      if (i > 0) this.emit('\n');
      this.text(f.text, f.start, f.start + f.text.length);
    });
    this.blocks.push({ kind: 'frontMatter', start: from, end: this.length });
  }

  /** <del>, <s>, <b>, <em> ... written as inline HTML still mark their text. */
  private inlineTag(html: string): void {
    const m = /^<(\/?)([a-z]+)\b[^>]*>$/i.exec(html.trim());
    if (!m) return;
    const tag = m[2]!.toLowerCase();
    const kind = HTML_MARKS[tag];
    if (!kind) return;
    if (!m[1]) {
      this.openTags.push({ tag, start: this.length });
      return;
    }
    for (let i = this.openTags.length - 1; i >= 0; i--) {
      if (this.openTags[i]!.tag !== tag) continue;
      const { start } = this.openTags[i]!;
      this.openTags.splice(i, 1);
      if (this.length > start) this.marks.push({ kind, start, end: this.length });
      return;
    }
  }

  private text(value: string, start: number | undefined, end: number | undefined): void {
    const plainStart = this.length;
    // Soft line breaks become spaces (same length, so the map is unchanged).
    this.emit(value.replace(/[\r\n]/g, ' '));
    if (start !== undefined && end !== undefined) align(value, this.source, start, end, plainStart, this.pieces);
  }

  private emit(s: string): void {
    if (s.length === 0) return;
    this.parts.push(s);
    this.length += s.length;
  }

  private separate(separator: string): void {
    if (this.length > 0) this.emit(separator);
  }
}

const ENTITY = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|[A-Za-z][A-Za-z0-9]{1,31});/;

/**
 * Map each character of a text node's value onto the source range it came
 * from. They differ where Markdown consumed characters: backslash escapes,
 * character references (&amp;), and the "> " and indentation that start the
 * continuation lines of quotes and list items.
 */
function align(value: string, source: string, start: number, end: number, plainStart: number, out: Pieces): void {
  if (end - start === value.length && source.startsWith(value, start)) {
    if (value.length > 0) out.add(plainStart, start, value.length);
    return;
  }
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    let k = j;
    let at = -1;
    let next = j;
    let span = 1;
    while (k < end) {
      const s = source.charCodeAt(k);
      if (s === 92 /* \ */ && source.charCodeAt(k + 1) === c && isAsciiPunctuation(c)) {
        at = k + 1;
        next = k + 2;
        break;
      }
      if (s === 38 /* & */) {
        // A reference, unless the value has the same text (an unknown name stays literal).
        const m = ENTITY.exec(source.slice(k, k + 40));
        if (m && !value.startsWith(m[0], i)) {
          at = k;
          next = k + m[0].length;
          const code = m[1] ? Number(m[1]) : m[2] ? parseInt(m[2], 16) : 0;
          span = code > 0xffff ? 2 : 1;
          break;
        }
      }
      if (s === c) {
        at = k;
        next = k + 1;
        break;
      }
      // Container prefixes on continuation lines: "> ", indentation.
      if (s === 32 || s === 9 || s === 10 || s === 13 || s === 62 /* > */) {
        k++;
        continue;
      }
      break;
    }
    if (at < 0) at = Math.min(k, Math.max(start, end - 1)); // generated: map, consume nothing
    for (let t = 0; t < span && i + t < value.length; t++) out.add(plainStart + i + t, at, 1);
    i += span - 1;
    j = next;
  }
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** A fenced block that holds prose: no language (or plain text), whole sentences, nothing shaped like code. */
function quotesProse(lang: string | null | undefined, value: string): boolean {
  if (lang && !/^(?:text|txt|plain|plaintext|quote)$/i.test(lang)) return false;
  const words = value.match(/\p{L}+/gu)?.length ?? 0;
  return words >= 8 && /[.!?]["'”)]?\s*$/u.test(value) && !looksLikeCode(value);
}

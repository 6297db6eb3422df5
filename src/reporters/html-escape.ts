// Escaping for the HTML report: element content, attribute values, links and
// the JSON the page's script reads.
import { sanitizeBlock } from './common.js';

/**
 * Escapes text for HTML element content and (double- or single-quoted)
 * attribute values. Control and bidi characters become visible escapes
 * (`\u202e`), as in the terminal: a page must not reorder what a reviewer reads.
 */
export function escapeHtml(value: string): string {
  return sanitizeBlock(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only web links and scheme-less relative links become hrefs (never `javascript:` and the like). */
export function safeHref(url: string): string | undefined {
  if (/^https?:\/\//i.test(url)) return url;
  // eslint-disable-next-line no-control-regex
  if (url !== '' && !/^[^/?#]*:/.test(url) && !/[\u0000-\u0020]/.test(url)) return url;
  return undefined;
}

/**
 * JSON for a `<script type="application/json">` element: nothing in it can
 * close the element or start markup (`<` is written as \u003c), and the line
 * separators JavaScript once treated as line ends are escaped too.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

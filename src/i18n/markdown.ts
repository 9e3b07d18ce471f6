/**
 * Chat text is Markdown: Web Chat renders it with markdown-it (HTML, linkify and typographer on)
 * and Adaptive Card TextBlocks take a Markdown subset. A value put into a sentence (a stored name,
 * an application or entity name, a username, what the user typed and is said back) must read as
 * plain text there: never a link, bold, a heading, a list, an image, a table, code or HTML.
 *
 * Only what could start markup is escaped (CommonMark backslash escapes), so an ordinary name
 * reads the same in a field that shows no Markdown (a button title).
 */

/** Inline markup anywhere: emphasis, code, strike, links and images, autolinks, HTML, entities, tables, schemes (https:). */
const ALWAYS = new Set(['\\', '`', '*', '~', '[', ']', '<', '>', '&', '|', ':']);
/**
 * Blocks a value could open at the start of a line: heading, quote, list item ("- ", "+ ", "1. ",
 * "2) "), setext underline or rule ("===", "---"). "85.07.30-033.28" opens none and stays as is.
 */
const LINE_START = /^(?:#|>|[-+](?= |$)|\d{1,9}[.)](?= |$)|[-=](?=[-= ]*$))/;
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

export function escapeMarkdown(value: string): string {
  // One line: a value never opens a block of its own (no heading, table row or code block on a new line).
  const text = value.replace(/\s+/gu, ' ').trim();
  const chars = Array.from(text);
  let out = '';
  chars.forEach((c, i) => {
    const before = chars[i - 1] ?? '';
    const after = chars[i + 1] ?? '';
    const escape =
      ALWAYS.has(c) ||
      // snake_case stays as is (no emphasis inside a word), _this_ does not.
      (c === '_' && !(WORD.test(before) && WORD.test(after))) ||
      // "evil.com", "www.x", "a@b.be": linkify finds domains and e-mails; an escaped dot breaks them.
      (c === '.' && LETTER.test(after)) ||
      // "--" would be set as a dash (typographer): the text is shown as typed.
      (c === '-' && before === '-');
    out += escape ? `\\${c}` : c;
  });
  const start = LINE_START.exec(out);
  if (!start) return out;
  // "1. x" → "1\. x", "# x" → "\# x".
  const marker = start[0];
  return /\d/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}${out.slice(marker.length)}` : `\\${out}`;
}

/**
 * The parameters of a sentence with every string in them escaped, at any depth (names in four
 * languages, lists of people). Numbers, booleans and enum keys ("CO_RAE", "tooLong") are unchanged.
 */
export function escapeParams<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeParams(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeParams(v)])) as T;
  }
  return value;
}

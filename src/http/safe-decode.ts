/**
 * Every decoding of what a client sends (path, query, header, data: URL) goes through here, so a
 * malformed escape or invalid UTF-8 is an answer (undefined → 400) and never an exception: one
 * `URIError` thrown outside restify's chain (the WebSocket upgrade) used to end the process.
 */

/** decodeURIComponent, or undefined for a bad escape (`%ZZ`, `%E0%A4`) or invalid UTF-8 (`%C3%28`, a lone surrogate). */
export function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** An absolute URL, or undefined when the text is not one. */
export function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

export interface RequestTarget {
  /** The decoded path. */
  path: string;
  query: URLSearchParams;
}

// RFC 9112's request-target is visible ASCII; node hands other bytes through as latin-1 characters.
const TARGET_CHARS = /^[\x21-\x7e]*$/;

/**
 * The path and query of a request line, or undefined when either does not decode: the caller
 * answers 400. Read by hand rather than with `new URL(target, base)`, which takes `//host/...`
 * for another host and throws on some of them.
 */
export function parseTarget(target: string | undefined): RequestTarget | undefined {
  const raw = target ?? '';
  if (!raw.startsWith('/') || !TARGET_CHARS.test(raw)) return undefined;
  const mark = raw.indexOf('?');
  const path = safeDecode(mark < 0 ? raw : raw.slice(0, mark));
  const rawQuery = mark < 0 ? '' : raw.slice(mark + 1);
  // URLSearchParams never throws: it would keep `%ZZ` as is and turn bad UTF-8 into U+FFFD, silently.
  if (path === undefined || safeDecode(rawQuery.replaceAll('+', ' ')) === undefined) return undefined;
  return { path, query: new URLSearchParams(rawQuery) };
}

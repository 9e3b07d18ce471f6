import fc from 'fast-check';
import { gzipSync, deflateSync } from 'node:zlib';

/**
 * Requests at the byte level, for the raw-socket fuzz: what no HTTP client library would send.
 * Paths with random escapes and Unicode, odd, duplicated and oversized headers, upgrades,
 * encodings, slow and cut bodies, bogus versions.
 */
export interface RawCase {
  parts: Buffer[];
  /** whole: written at once; slow: in pieces with pauses; truncated: the client closes before the end. */
  mode: 'whole' | 'slow' | 'truncated';
  pauseMs: number;
  /** A complete, well-framed HTTP/1.x request: it must get an answer. */
  framed: boolean;
  summary: string;
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(2, '0');
const encodeOrRaw = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s; // a lone surrogate: sent as raw (invalid) UTF-8
  }
};

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.stringMatching(/^[a-zA-Z0-9._~-]{0,10}$/) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 255 }).map((n) => `%${hex(n)}`) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%Z', '%ZZ', '%G0', '%%', '%0', '%C3%28', '%E0%A4', '%C0%AF', '%ED%A0%80', '%F4%90%80%80', '%2F', '%00', '..', '/', '//') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }).map(encodeOrRaw) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }).map(encodeOrRaw) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
const clean = fc.stringMatching(/^[a-zA-Z0-9._~-]{1,16}$/);
// Half clean, so that requests also get past the request line to the routes and their checks.
const segment = fc.oneof({ weight: 1, arbitrary: clean }, { weight: 1, arbitrary: fc.array(piece, { maxLength: 3 }).map((p) => p.join('')) });

const TEMPLATES = [
  '/api/messages{}', '/api/{}', '/api', '/v3/directline/conversations/{}/activities', '/v3/directline/conversations/{}/stream',
  '/v3/directline/conversations/{}', '/v3/directline/conversations', '/v3/directline/tokens/{}', '/password/{}', '/', '/{}', '/web/{}',
  '/web/webchat.js{}', '/healthz{}', '/api/webchat/token{}', '/directline/connector/{}/v3/conversations/{}/activities', '//{}', '{}', '*', 'http://127.0.0.1/{}',
];

const query = fc.option(fc.array(fc.tuple(segment, segment), { maxLength: 3 }).map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`), { nil: '' });
const templated = fc.tuple(fc.constantFrom(...TEMPLATES), segment, segment, query).map(([t, a, b, q]) => `${t.replace('{}', a).replace('{}', b)}${q}`);
/** The routes that read a body, exactly: their own refusals (401, 413, 415) are reached too. */
const bodyRoutes = (conversationId: () => string) =>
  fc.constantFrom('/api/messages', '/v3/directline/conversations/{conversation}/activities', '/v3/directline/tokens/generate', '/api/webchat/token', '/password/{token}')
    .chain((t) => fc.stringMatching(/^[\w-]{43}$/).map((token) => t.replace('{conversation}', encodeURIComponent(conversationId())).replace('{token}', token)));

const method = fc.oneof(
  { weight: 16, arbitrary: fc.constantFrom('GET', 'POST', 'POST', 'POST', 'PUT', 'OPTIONS', 'HEAD') },
  { weight: 1, arbitrary: fc.constantFrom('DELETE', 'PATCH', 'BREW', 'get', 'G ET', '', 'POST\u0000') },
);
const version = fc.oneof(
  { weight: 20, arbitrary: fc.constant('HTTP/1.1') },
  { weight: 2, arbitrary: fc.constant('HTTP/1.0') },
  { weight: 2, arbitrary: fc.constantFrom('HTTP/2.0', 'HTTP/0.9', 'HTTP/9.9', 'HTTP/1.1x', 'HTTPS/1.1', '', 'http/1.1', 'HTTP/1.12', 'HTTP/-1.1') },
);

type Header = [string, string];
const value = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[ -~]{0,30}$/) },
  { weight: 2, arbitrary: segment },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
// Headers that break the framing (node answers 400 itself) are rarer, so that most requests reach a route.
const header = (demoToken: () => string): fc.Arbitrary<Header[]> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x', '', 'application/json; charset=%ZZ', ';;;', 'APPLICATION/JSON').map((v): Header[] => [['Content-Type', v]]) },
    { weight: 3, arbitrary: fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'gzip, deflate', 'x-gzip', 'compress', '', 'GZIP', 'identity, gzip', 'zstd').map((v): Header[] => [['Content-Encoding', v]]) },
    { weight: 3, arbitrary: fc.oneof(fc.constant('__demo__'), fc.constantFrom('Bearer', 'Bearer ', 'Bearer %ZZ', 'Basic dXNlcjpwYXNz', 'Bearer a.b.c'), value).map((v): Header[] => [['Authorization', v === '__demo__' ? `Bearer ${demoToken()}` : v]]) },
    { weight: 2, arbitrary: value.map((v): Header[] => [['Cookie', v]]) },
    { weight: 2, arbitrary: value.map((v): Header[] => [['Accept-Language', v]]) },
    { weight: 2, arbitrary: value.map((v): Header[] => [['Accept', v]]) },
    { weight: 2, arbitrary: value.map((v): Header[] => [['X-Forwarded-Proto', v]]) },
    { weight: 3, arbitrary: fc.constant<Header[]>([['Upgrade', 'websocket'], ['Connection', 'Upgrade'], ['Sec-WebSocket-Key', 'dGhlIHNhbXBsZSBub25jZQ=='], ['Sec-WebSocket-Version', '13']]) },
    { weight: 3, arbitrary: fc.constantFrom('websocket', 'h2c', 'WebSocket', '').map((v): Header[] => [['Upgrade', v], ['Connection', 'upgrade']]) },
    { weight: 3, arbitrary: fc.constant<Header[]>([['Expect', '100-continue']]) },
    { weight: 1, arbitrary: fc.constantFrom('chunked', 'gzip, chunked', 'identity', 'chunked, chunked', 'x').map((v): Header[] => [['Transfer-Encoding', v]]) },
    { weight: 1, arbitrary: fc.constantFrom('-1', '1e3', '99999999999999999999', ' 5', '0x10', '', '5, 6').map((v): Header[] => [['Content-Length', v]]) },
    { weight: 1, arbitrary: fc.integer({ min: 1, max: 20 }).map((k): Header[] => [['X-Big', 'a'.repeat(k * 1000)]]) },
    { weight: 1, arbitrary: fc.tuple(fc.oneof(fc.stringMatching(/^[A-Za-z-]{1,12}$/), fc.string({ maxLength: 12 })), value).map(([k, v]): Header[] => [[k, v]]) },
    { weight: 1, arbitrary: fc.constant<Header[]>([['Host', 'a'], ['Host', 'b']]) },
  );

const smallGzip = gzipSync(Buffer.alloc(1 << 20, 0x20));
const smallDeflate = deflateSync(Buffer.alloc(1 << 20, 0x20));
const body = fc.oneof(
  { weight: 4, arbitrary: fc.constant(Buffer.alloc(0)) },
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v) ?? 'null')) },
  { weight: 2, arbitrary: fc.constant(Buffer.from(JSON.stringify({ type: 'message', channelId: 'test', conversation: { id: 'raw' }, from: { id: 'someone' }, deliveryMode: 'expectReplies', text: 'bonjour' }))) },
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 600 }).map((a) => Buffer.from(a)) },
  { weight: 2, arbitrary: fc.constant(Buffer.alloc(300 * 1024, 0x20)) },
  { weight: 3, arbitrary: fc.constantFrom(smallGzip, smallDeflate, Buffer.from('password=a&confirmation=b'), Buffer.from('{"a":'.repeat(2000))) },
);

/** How the body is framed: an exact length, none, a length that lies, or chunks (well or badly formed). */
const framing = fc.constantFrom('exact', 'exact', 'exact', 'none', 'more', 'less', 'chunked', 'badChunks');

export const rawCase = (demo: { token: () => string; conversationId: () => string }): fc.Arbitrary<RawCase> =>
  fc
    .record({
      method,
      target: fc.oneof({ weight: 2, arbitrary: templated }, { weight: 1, arbitrary: bodyRoutes(demo.conversationId) }),
      version,
      host: fc.constantFrom(true, true, true, true, true, true, true, false),
      headers: fc.array(header(demo.token), { maxLength: 4 }).map((h) => h.flat()),
      duplicate: fc.boolean(),
      body,
      framing,
      mode: fc.constantFrom<RawCase['mode']>('whole', 'whole', 'whole', 'slow', 'truncated'),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 3 }),
      pauseMs: fc.integer({ min: 2, max: 40 }),
    })
    .map((r): RawCase => {
      const headers: Header[] = [...(r.host ? [['Host', '127.0.0.1'] as Header] : []), ...r.headers];
      if (r.duplicate && r.headers.length > 0) headers.push(r.headers[0]!);
      let payload = r.body;
      if (r.framing === 'exact') headers.push(['Content-Length', String(payload.length)]);
      if (r.framing === 'more') headers.push(['Content-Length', String(payload.length + 50)]);
      if (r.framing === 'less' && payload.length > 1) headers.push(['Content-Length', String(payload.length >> 1)]);
      if (r.framing === 'chunked' || r.framing === 'badChunks') {
        headers.push(['Transfer-Encoding', 'chunked']);
        payload = r.framing === 'chunked'
          ? Buffer.concat([Buffer.from(`${payload.length.toString(16)}\r\n`), payload, Buffer.from(`\r\n0\r\n\r\n`)])
          : Buffer.concat([Buffer.from('zz\r\n'), payload]);
      }
      const lines = [`${r.method} ${r.target} ${r.version}`, ...headers.map(([k, v]) => `${k}: ${v}`)];
      // utf8 for the request line (raw Unicode in the path), latin-1 for headers (obs-text bytes).
      const bytes = Buffer.concat([Buffer.from(`${lines[0]}\r\n`, 'utf8'), Buffer.from(`${lines.slice(1).join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
      const cuts = [...new Set(r.cuts.map((c) => Math.floor(c * bytes.length)))].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b);
      const parts = r.mode === 'whole' || cuts.length === 0 ? [bytes] : [0, ...cuts].map((c, i, all) => bytes.subarray(c, all[i + 1] ?? bytes.length));
      const pool = r.headers.map(([k]) => k.toLowerCase());
      const framed = r.mode !== 'truncated' && r.framing === 'exact' && r.host && !r.duplicate && /^HTTP\/1\.[01]$/.test(r.version) && /^[A-Z]+$/.test(r.method)
        && !pool.some((k) => ['content-length', 'transfer-encoding', 'host', 'expect'].includes(k));
      return {
        parts: r.mode === 'truncated' ? parts.slice(0, Math.max(1, parts.length - 1)) : parts,
        mode: r.mode,
        pauseMs: r.pauseMs,
        framed,
        summary: `${r.mode} ${r.framing} ${lines[0]!.slice(0, 120)} [${headers.map(([k]) => k).join(', ').slice(0, 200)}] body ${payload.length} B`,
      };
    });

import type { IncomingMessage, ServerResponse } from 'node:http';
import { refuseAndClose } from './refuse';

export type BodyKind = 'json' | 'form';

export type BodyRefusal = { status: 400 | 413 | 415; code: string; message: string };
export type BodyResult = { ok: true; value: unknown } | ({ ok: false } & BodyRefusal);

/** Large enough for any activity Teams or Web Chat sends (Adaptive Card submits included). */
export const MAX_BODY_BYTES = 256 * 1024;

const KINDS: Record<string, BodyKind> = {
  'application/json': 'json',
  'application/x-www-form-urlencoded': 'form',
};

const refusal = (status: BodyRefusal['status'], code: string, message: string): BodyResult => ({ ok: false, status, code, message });

/**
 * Reads and parses a request body, never holding more than `maxBytes` of it.
 *
 * Compressed bodies are refused (415), not inflated: restify's bodyParser checked its limit
 * against the compressed bytes, so 243 kB of gzip became 250 MB in memory. None of our clients
 * compresses what it sends (the Bot Framework channels and Teams post plain JSON, directlinejs
 * and Web Chat too, browsers never compress a form), so refusing costs nothing legitimate and
 * leaves the bytes read equal to the bytes held.
 *
 * Called by each route once it has checked who is asking: nothing is read before that.
 */
export async function readBody(req: IncomingMessage, options: { accept: BodyKind[]; maxBytes?: number }): Promise<BodyResult> {
  const max = options.maxBytes ?? MAX_BODY_BYTES;
  const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity' && encoding !== '') return refusal(415, 'UnsupportedMediaType', 'compressed bodies are not accepted (send it without Content-Encoding)');
  const declared = req.headers['content-length'] === undefined ? undefined : Number(req.headers['content-length']);
  if (declared !== undefined && declared > max) return refusal(413, 'PayloadTooLarge', `the body is limited to ${max} bytes`);
  const mayHaveBody = (declared ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (!mayHaveBody) return { ok: true, value: undefined };

  const type = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const kind = KINDS[type];
  if (!kind || !options.accept.includes(kind)) {
    return refusal(415, 'UnsupportedMediaType', `Content-Type must be ${options.accept.map((k) => Object.keys(KINDS).find((t) => KINDS[t] === k)).join(' or ')}`);
  }

  const read = await new Promise<Buffer | 'tooLarge' | 'aborted'>((resolve) => {
    // The route may have awaited (a token check) while the client went away or finished.
    if (req.destroyed) return resolve('aborted');
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (outcome: Buffer | 'tooLarge' | 'aborted') => {
      req.removeListener('data', onData).removeListener('end', onEnd).removeListener('error', onAbort).removeListener('close', onAbort);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        // Stop reading: the rest is never buffered; the answer closes the connection.
        req.pause();
        return done('tooLarge');
      }
      chunks.push(chunk);
    };
    const onEnd = () => done(Buffer.concat(chunks, size));
    const onAbort = () => done('aborted');
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
  if (read === 'tooLarge') return refusal(413, 'PayloadTooLarge', `the body is limited to ${max} bytes`);
  if (read === 'aborted') return refusal(400, 'BadRequest', 'the body ended early');
  if (read.length === 0) return { ok: true, value: undefined };

  const text = read.toString('utf8');
  if (kind === 'form') return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return refusal(400, 'BadRequest', 'the body is not valid JSON');
  }
}

export function refuseBody(res: ServerResponse, refused: BodyRefusal): void {
  refuseAndClose(res, refused.status, refused.code, refused.message);
}

import { connect } from 'node:net';

export interface RawAnswer {
  /** The status of the answer's first line; undefined when none came (closed early, timed out). */
  status: number | undefined;
  /** The answer's head (status line and headers), as received. */
  head: string;
  /**
   * How it ended: an answer, the server closing or resetting the connection (a refusal sent while
   * the client was still writing may be lost to the reset), the client closing, or nothing in time.
   */
  ended: 'answer' | 'closed' | 'reset' | 'client' | 'timeout';
}

export interface RawOptions {
  /** Pause between two parts: a slow client. */
  pauseMs?: number;
  /** Close the socket once every part is written, without waiting for an answer: a client gone early. */
  closeAfterSend?: boolean;
  timeoutMs?: number;
}

const STATUS = /^HTTP\/1\.[01] (\d{3})/;

/**
 * Writes bytes to the server on a plain socket, exactly as given (no client library fixes
 * anything), and resolves with the head of the answer. Never rejects: a reset is an answer too.
 */
export function rawRequest(port: number, parts: (string | Buffer)[], options: RawOptions = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    let settled = false;
    const settle = (ended: RawAnswer['ended']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const head = received.split('\r\n\r\n')[0]!;
      const m = STATUS.exec(head);
      resolve({ status: m ? Number(m[1]) : undefined, head, ended: m ? 'answer' : ended });
    };
    const timer = setTimeout(() => settle('timeout'), options.timeoutMs ?? 5000);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      if (received.includes('\r\n\r\n')) settle('answer');
    });
    socket.on('error', () => settle('reset'));
    socket.on('close', () => settle('closed'));
    socket.on('connect', async () => {
      for (const [i, part] of parts.entries()) {
        if (socket.destroyed) return;
        if (i > 0 && options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
        socket.write(part);
      }
      if (options.closeAfterSend) settle('client');
    });
  });
}

/** A request's bytes: request line, headers and an optional body, CRLF-separated. */
export function rawMessage(method: string, target: string, headers: [string, string][] = [], body: string | Buffer = '', version = 'HTTP/1.1'): Buffer {
  const lines = [`${method} ${target} ${version}`, ...headers.map(([k, v]) => `${k}: ${v}`)];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'latin1') : body]);
}

export const portOf = (url: string): number => Number(new URL(url).port);

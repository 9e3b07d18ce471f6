import type { ServerResponse } from 'node:http';

/**
 * A JSON refusal that ends the connection. Sent when the request's body was not read (or not
 * wholly): on a kept-alive connection its unread bytes would be taken for the next request.
 */
export function refuseAndClose(res: ServerResponse, status: number, code: string, message: string): void {
  const body = JSON.stringify({ error: { code, message } });
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), connection: 'close' });
  res.end(body);
}

import { createDeflate, createGzip, type Gzip, type Deflate } from 'node:zlib';

/** A JSON-looking body: zeros after an opening, as a bomb that passes a first glance would be. */
async function compress(stream: Gzip | Deflate, inflatedBytes: number): Promise<Buffer> {
  const out: Buffer[] = [];
  stream.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve) => stream.on('end', resolve));
  const chunk = Buffer.alloc(1 << 20, 0x20);
  stream.write('{"type":"message","text":"');
  // Written a megabyte at a time: the test process never holds the inflated body itself.
  for (let written = 0; written < inflatedBytes; written += chunk.length) {
    if (!stream.write(chunk)) await new Promise((resolve) => stream.once('drain', resolve));
  }
  stream.end('"}');
  await done;
  return Buffer.concat(out);
}

const cache = new Map<string, Promise<Buffer>>();

/** About 250 kB of gzip or deflate that inflates to `inflatedBytes` (250 MB by default). */
export function bomb(kind: 'gzip' | 'deflate', inflatedBytes = 250 * 1024 * 1024): Promise<Buffer> {
  const key = `${kind}:${inflatedBytes}`;
  if (!cache.has(key)) cache.set(key, compress(kind === 'gzip' ? createGzip({ level: 9 }) : createDeflate({ level: 9 }), inflatedBytes));
  return cache.get(key)!;
}

/**
 * Draws the two icons of the Teams app package, once; the PNGs are committed in teams/.
 *
 *   npx tsc --outDir /tmp/icons --module commonjs --target es2022 --types node scripts/teams-icons.ts
 *   node /tmp/icons/teams-icons.js teams
 *
 * color.png: 192×192, full-bleed blue with a white keyhole. outline.png: 32×32, the white keyhole
 * on a transparent background, as Teams asks. Written with node:zlib alone, no image library.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG (colour type 6) from a pixel function. */
export function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Whether a point (in units of the icon's side, 0..1) is inside the keyhole. */
function inKeyhole(u: number, v: number): boolean {
  const dx = u - 0.5;
  const dy = v - 0.4;
  if (dx * dx + dy * dy <= 0.16 * 0.16) return true;
  if (v < 0.45 || v > 0.76) return false;
  const t = (v - 0.45) / 0.31;
  return Math.abs(dx) <= 0.07 + t * 0.07;
}

/** Share of a pixel covered by the keyhole (4×4 samples), for smooth edges. */
function coverage(x: number, y: number, size: number, scale = 1, offset = 0): number {
  let hits = 0;
  for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
      const u = ((x + (i + 0.5) / 4) / size - offset) / scale;
      const v = ((y + (j + 0.5) / 4) / size - offset) / scale;
      if (inKeyhole(u, v)) hits++;
    }
  }
  return hits / 16;
}

const BLUE: Rgba = [0x0b, 0x5c, 0xad, 255];

export const colorIcon = () =>
  png(192, (x, y) => {
    const c = coverage(x, y, 192, 0.8, 0.1);
    return [
      Math.round(BLUE[0] + (255 - BLUE[0]) * c),
      Math.round(BLUE[1] + (255 - BLUE[1]) * c),
      Math.round(BLUE[2] + (255 - BLUE[2]) * c),
      255,
    ];
  });

export const outlineIcon = () => png(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, 32, 1.15, -0.075))]);

if (require.main === module) {
  const dir = process.argv[2] ?? join(__dirname, '..', 'teams');
  writeFileSync(join(dir, 'color.png'), colorIcon());
  writeFileSync(join(dir, 'outline.png'), outlineIcon());
  console.log(`wrote ${join(dir, 'color.png')} and ${join(dir, 'outline.png')}`);
}

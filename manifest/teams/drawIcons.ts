import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

/**
 * Draws the two Teams icons once (run: npx tsx manifest/teams/drawIcons.ts; the PNGs are committed):
 * color.png 192×192, a white heart on the accent colour; outline.png 32×32, the heart in white on
 * transparent, as Teams requires. Plain RGBA PNGs written with node:zlib, no image library.
 */
const ACCENT = [0x2e, 0x6f, 0x73] as const;
const SAMPLES = 4;

/** The classic heart curve, (x²+y²−1)³ − x²y³ ≤ 0, in a unit box with y pointing up. */
function insideHeart(u: number, v: number): boolean {
  const x = (u - 0.5) * 2.7;
  const y = (0.55 - v) * 2.7;
  return (x * x + y * y - 1) ** 3 - x * x * y ** 3 <= 0;
}

/** Share of the pixel covered by the heart, supersampled for smooth edges. */
function coverage(px: number, py: number, size: number, margin: number): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy++) {
    for (let sx = 0; sx < SAMPLES; sx++) {
      const u = ((px + (sx + 0.5) / SAMPLES) / size - margin) / (1 - 2 * margin);
      const v = ((py + (sy + 0.5) / SAMPLES) / size - margin) / (1 - 2 * margin);
      if (insideHeart(u, v)) hits++;
    }
  }
  return hits / (SAMPLES * SAMPLES);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const rows = Buffer.alloc(size * (1 + size * 4));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 4);
    for (let x = 0; x < size; x++) rows.set(pixel(x, y), row + 1 + x * 4);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const blend = (a: number, b: number, t: number) => Math.round(a + (b - a) * t);

const color = png(192, (x, y) => {
  const t = coverage(x, y, 192, 0.2);
  return [blend(ACCENT[0], 255, t), blend(ACCENT[1], 255, t), blend(ACCENT[2], 255, t), 255];
});
const outline = png(32, (x, y) => [255, 255, 255, Math.round(255 * coverage(x, y, 32, 0.06))]);

writeFileSync(new URL('./color.png', import.meta.url), color);
writeFileSync(new URL('./outline.png', import.meta.url), outline);

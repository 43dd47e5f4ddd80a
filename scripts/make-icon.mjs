// Draws build/icon.png (512×512), the app icon electron-builder turns into .ico/.icns: a white shield with a
// navy "D" on a rounded navy square. Written with zlib alone (no image library), anti-aliased by sampling
// each pixel 4×4 times. Run `node scripts/make-icon.mjs` after changing the drawing; the PNG is committed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4;
const NAVY = [27, 47, 82];
const WHITE = [255, 255, 255];
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Inside a rectangle with rounded corners. */
function inRoundedRect(x, y, left, top, right, bottom, radius) {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return x >= left && x <= right && y >= top && y <= bottom && (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** The shield: straight sides down to y=260, then curving in to a point at y=420. */
function inShield(x, y) {
  const halfWidth = 112;
  if (y < 104 || y > 420) return false;
  if (y <= 260) return inRoundedRect(x, y, 256 - halfWidth, 104, 256 + halfWidth, 300, 28);
  const t = (y - 260) / 160;
  return Math.abs(x - 256) <= halfWidth * (1 - t ** 1.8);
}

/** The letter D: an upright bar and a half-ring, centred in the shield. */
function inLetterD(x, y) {
  const barLeft = 198;
  const barRight = 228;
  const centreY = 252;
  const inBar = x >= barLeft && x <= barRight && y >= centreY - 85 && y <= centreY + 85;
  const outer = x >= barRight && ((x - barRight) / 86) ** 2 + ((y - centreY) / 85) ** 2 <= 1;
  const inner = x >= barRight && ((x - barRight) / 56) ** 2 + ((y - centreY) / 55) ** 2 <= 1;
  return inBar || (outer && !inner);
}

/** The colour and coverage of one sample point. */
function sample(x, y) {
  if (!inRoundedRect(x, y, 24, 24, 488, 488, 104)) return null;
  if (inShield(x, y) && !inLetterD(x, y)) return WHITE;
  return NAVY;
}

const rows = [];
for (let py = 0; py < SIZE; py += 1) {
  const row = Buffer.alloc(1 + SIZE * 4); // first byte: PNG filter type 0 (none)
  for (let px = 0; px < SIZE; px += 1) {
    let r = 0;
    let g = 0;
    let b = 0;
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy += 1) {
      for (let sx = 0; sx < SAMPLES; sx += 1) {
        const colour = sample(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
        if (colour === null) continue;
        covered += 1;
        r += colour[0];
        g += colour[1];
        b += colour[2];
      }
    }
    const offset = 1 + px * 4;
    if (covered > 0) row.set([r / covered, g / covered, b / covered].map(Math.round), offset);
    row[offset + 3] = Math.round((255 * covered) / SAMPLES ** 2);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, deflate, standard filtering, no interlace
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

await mkdir(path.join(root, 'build'), { recursive: true });
await writeFile(path.join(root, 'build/icon.png'), png);
console.log(`Wrote build/icon.png (${SIZE}×${SIZE}, ${png.length} bytes).`);

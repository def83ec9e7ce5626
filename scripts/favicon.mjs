// Regenerates app/favicon.ico from app/icon.svg (run after changing the icon):
//   node scripts/favicon.mjs
// Browsers ask for /favicon.ico on their own; without it every page logs a 404 in the console.
// Chromium (the one the e2e tests use) renders the SVG at 16, 32 and 48 px on a transparent
// background; the PNGs are packed into one .ico (PNG entries, read by every current browser).
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { ensureChromium } from "./find-chromium.mjs";

const SIZES = [16, 32, 48];
const svg = readFileSync("app/icon.svg", "utf8");

const browser = await chromium.launch({ executablePath: ensureChromium() });
const pngs = [];
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    pngs.push(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
} finally {
  await browser.close();
}

// ICONDIR (6 bytes), one ICONDIRENTRY (16 bytes) per image, then the PNG data.
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const entry = 6 + 16 * i;
  header.writeUInt8(SIZES[i] % 256, entry); // width (0 would mean 256)
  header.writeUInt8(SIZES[i] % 256, entry + 1); // height
  header.writeUInt8(0, entry + 2); // no palette
  header.writeUInt8(0, entry + 3); // reserved
  header.writeUInt16LE(1, entry + 4); // colour planes
  header.writeUInt16LE(32, entry + 6); // bits per pixel
  header.writeUInt32LE(png.length, entry + 8);
  header.writeUInt32LE(offset, entry + 12);
  offset += png.length;
});
writeFileSync("app/favicon.ico", Buffer.concat([header, ...pngs]));
console.log(`✓ app/favicon.ico: ${SIZES.join(", ")} px, ${offset} bytes`);

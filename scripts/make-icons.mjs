// Renders the toolbar icons (public/icon/{16,32,48,128}.png) with Debian's Chromium and
// Noto Serif CJK: the character 清 on the accent colour. Run by hand: node scripts/make-icons.mjs
import { chromium } from 'playwright-core';

const browser = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${size * 0.22}px;background:#1f5f66;color:#fff;
      display:flex;align-items:center;justify-content:center;font:700 ${size * 0.74}px/1 'Noto Serif CJK TC',serif">清</div></body></html>`);
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();

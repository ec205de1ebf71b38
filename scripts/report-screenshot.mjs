// Writes `nianbao report` of examples/ (and ../shared/corpus when present) and takes a screenshot of the
// page in Chromium (playwright-core; CHROMIUM as in scripts/e2e/common.sh), opened from file:// with the
// network blocked: the page must show everything on its own. Also checks the table sorts on a click.
// Usage: npm run build && node scripts/report-screenshot.mjs [out.png]   (default: .e2e/report.png)
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = path.join(root, '.e2e');
fs.mkdirSync(work, { recursive: true });
const png = path.resolve(process.argv[2] ?? path.join(work, 'report.png'));
const html = path.join(work, 'report.html');
const inputs = ['examples', path.join('..', 'shared', 'corpus')].filter((p) => fs.existsSync(path.join(root, p)));
try {
  execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'report', '--jobs', '2', '-o', html, ...inputs], { cwd: root, stdio: 'inherit' });
} catch (e) {
  if (e.status !== 1) throw e; // 1: the reports hold error-level findings, as expected
}
const executablePath = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  const requests = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(html).href);
  const rows = await page.locator('table.reports tbody tr').count();
  // Sort by errors, most first: the first row then has the most errors.
  await page.locator('table.reports th', { hasText: '错误 Errors' }).click();
  await page.locator('table.reports th', { hasText: '错误 Errors' }).click();
  const counts = await page.locator('table.reports tbody tr td:nth-child(6)').allTextContents();
  const sorted = counts.map(Number).every((n, i, a) => i === 0 || a[i - 1] >= n);
  await page.screenshot({ path: png, fullPage: false });
  // The charts, from their heading down.
  const charts = png.replace(/\.png$/, '') + '-charts.png';
  const top = await page.locator('h2', { hasText: '主要数据' }).evaluate((h) => h.getBoundingClientRect().top + window.scrollY);
  await page.screenshot({ path: charts, clip: { x: 0, y: top, width: 1280, height: 1600 } , fullPage: true });
  console.log(`${rows} reports; sorted by errors: ${sorted}; outside requests: ${requests.length}; script errors: ${errors.length}`);
  console.log(`screenshots: ${png}, ${charts}`);
  if (!sorted || requests.length || errors.length || rows === 0) process.exitCode = 1;
} finally {
  await browser.close();
}

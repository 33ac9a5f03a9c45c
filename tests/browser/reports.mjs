// Drives the operator console's "Signalements" list in headless Chromium:
// log in, wait for the report with the given receipt, check its text is
// shown as text (not markup) and its photo loads.
// Usage: node reports.mjs URL USERNAME PASSWORD RECEIPT TEXT SCREENSHOT
// The citizen side is driven by tests/python/test_reports.py.
import { chromium } from 'playwright-core';

const [url, username, password, receipt, text, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(15000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${url}/console`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#login-button');
  const item = page.locator('#reports .report-item').filter({ hasText: receipt });
  await item.waitFor();
  await item.getByText(text, { exact: true }).waitFor();
  if (await item.locator('b').count() !== 0) throw new Error('citizen text rendered as markup');
  const photo = item.locator('img.report-photo');
  await photo.waitFor();
  await page.waitForFunction((img) => img.complete && img.naturalWidth > 0, await photo.elementHandle());
  await page.screenshot({ path: screenshot, fullPage: true });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log('REPORTS-TEST-OK');
} finally {
  await browser.close();
}

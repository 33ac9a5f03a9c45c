// Drives the operator console's "Signalements" list in headless Chromium:
// log in, wait for the report with the given receipt, check its text is
// shown as text (not markup) and its photo loads.
// Usage: node reports.mjs URL USERNAME PASSWORD RECEIPT TEXT SCREENSHOT
// The citizen side is driven by tests/python/test_reports.py.
import { launch, logIn, newPage } from './browser.mjs';

const [url, username, password, receipt, text, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const { page, errors } = await newPage(browser);
  await logIn(page, url, username, password);
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

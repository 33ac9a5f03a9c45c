// Drives the operator console's "Pré-plaintes" panel in headless Chromium:
// log in, wait for the pre-complaint with the given receipt, check the
// declarant's surname is listed, open it, and check the case view shows the
// form with the citizen's description as text (not markup).
// Usage: node precomplaints.mjs URL USERNAME PASSWORD RECEIPT SURNAME DESCRIPTION SCREENSHOT
// The citizen side is driven by tests/python/test_precomplaint.py.
import { launch, logIn, newPage } from './browser.mjs';

const [url, username, password, receipt, surname, description, screenshot] = process.argv.slice(2);
const browser = await launch();
try {
  const { page, errors } = await newPage(browser, 900);
  await logIn(page, url, username, password);
  const row = page.locator('#pre-complaints .pc-row').filter({ hasText: receipt });
  await row.waitFor();
  await row.locator('.pc-surname').filter({ hasText: surname }).waitFor();
  await row.click();
  const form = page.locator('#case [data-kind="pre_complaint"]');
  await form.locator('.pc-receipt').filter({ hasText: receipt }).waitFor();
  await form.locator('.pc-description').getByText(description, { exact: true }).waitFor();
  if (await form.locator('b').count() !== 0) throw new Error('citizen text rendered as markup');
  await form.locator('.pc-item').first().waitFor();
  await page.screenshot({ path: screenshot, fullPage: true });
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  console.log('PRECOMPLAINTS-TEST-OK');
} finally {
  await browser.close();
}

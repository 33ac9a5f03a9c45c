// Drives the operator console in headless Chromium (Debian's /usr/bin/chromium)
// through one chat: log in, open the waiting case, read the citizen's text
// and its detected language, take it, answer with a one-click reply and a
// typed one, push a tap question, see the answer and the location, dispatch
// a patrol, close.
// Usage: node console.mjs URL USERNAME PASSWORD MARKER SCREENSHOT
// The citizen side is driven by tests/python/test_console_browser.py.
import { launch, logIn, newPage } from './browser.mjs';

const [url, username, password, marker, screenshot] = process.argv.slice(2);
const TIMEOUT = 15000;

const browser = await launch();
const step = (name) => console.log(`console: ${name}`);
try {
  const { page, errors } = await newPage(browser);
  page.setDefaultTimeout(TIMEOUT);
  await logIn(page, url, username, 'wrong password!!');
  await page.locator('#login-error').filter({ hasText: /\S/ }).waitFor();
  step('a wrong password is refused');
  await page.fill('#password', password);
  await page.click('#login-button');
  await page.locator('#operator-name').filter({ hasText: /\S/ }).waitFor();
  step('logged in');

  const item = page.locator('.queue-item').first();
  await item.locator('.badge.victim').waitFor();
  await item.locator('.badge.silent').waitFor();
  await item.click();
  await page.locator('#transcript').getByText(marker).waitFor();
  step('the citizen\'s text is shown');
  await page.locator('#transcript .from-citizen .lang-info')
    .filter({ hasText: /détecté : [a-z]{2,3} \(\d,\d\d/ }).first().waitFor();
  step('the detected language and its confidence are shown');
  await page.locator('#case-location').filter({ hasText: '48.85660 N' }).waitFor();
  step('the location is shown');
  // The desk's assessment of it: commune, competent force, nearest stations.
  const places = page.locator('#case-places');
  await places.filter({ hasText: 'Paris' }).filter({ hasText: 'zone police' }).waitFor();
  await places.locator('.places-nearest li').first().waitFor();
  step('the commune, the competent force and the nearest stations are shown');

  await page.click('#take-button');
  await page.locator('.quick-reply').first().click();
  await page.locator('#transcript .from-operator').first().waitFor();
  await page.fill('#reply-text', 'Restez où vous êtes, nous arrivons.');
  await page.press('#reply-text', 'Enter');
  await page.locator('#transcript').getByText('Restez où vous êtes, nous arrivons.').waitFor();
  step('answered');

  await page.locator('.quick-question').first().click();
  await page.locator('#transcript').getByText('Réponse :').waitFor();
  step('the tap answer came back');

  await page.click('#dispatch-button');
  await page.locator('.queue-item .badge.patrol').first().waitFor();
  await page.fill('#close-reason', 'Patrouille sur place');
  await page.click('#close-button');
  await page.locator('.queue-item.state-closed').first().waitFor();
  step('patrol dispatched and case closed');
  await page.screenshot({ path: screenshot, fullPage: true });
  if (errors.length) throw new Error(`errors in the page: ${errors.join(' | ')}`);
  console.log('CONSOLE-TEST-OK');
} catch (e) {
  console.error(`console test failed: ${e.message}`);
  process.exitCode = 1;
} finally {
  await browser.close();
}

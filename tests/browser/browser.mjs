// What the console's browser tests share: Debian's Chromium started headless
// with the flags this machine needs, a page that records script errors
// (401s are expected: the console asks /me before login), and the login.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

// A page and the list its errors go to.
export async function newPage(browser, height = 800) {
  const page = await browser.newPage({ viewport: { width: 1280, height } });
  page.setDefaultTimeout(15000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 401/.test(m.text())) errors.push(m.text());
  });
  return { page, errors };
}

export async function logIn(page, url, username, password) {
  await page.goto(`${url}/console`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('#login-button');
}

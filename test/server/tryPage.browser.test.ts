import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './startTestApp.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('../../test-results/', import.meta.url));

/** The try-it page in a real browser, as a newcomer uses it: type, press Enter, read the answer. */
describe('try-it page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium)`);
    t = await startTestApp();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('answers a typed question and shows the platform renderings', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(t.base);
    await expect.poll(() => page.locator('.answer[data-intent="help"]').count()).toBe(1);

    await page.fill('#question', 'programs high relevance');
    await page.press('#question', 'Enter');
    const answer = page.locator('.answer[data-intent="list"]');
    await answer.waitFor();
    const text = (await answer.textContent()) ?? '';
    expect(text).toContain('Emotion-Focused Training for Helping Professionals (EFT-HP)');
    expect(text).toContain('Mockingbird Family');
    expect(text).not.toContain('Community Resiliency Model');
    expect(await answer.locator('a[href^="https://www.cebc4cw.org/"]').count()).toBeGreaterThan(0);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOTS}try-page.png`, fullPage: true });

    await page.click('[data-view="slack"]');
    expect((await page.locator('#slack').textContent()) ?? '').toContain('"blocks"');
    await page.click('[data-view="teams"]');
    expect((await page.locator('#teams').textContent()) ?? '').toContain('"AdaptiveCard"');

    await page.click('[data-view="chat"]');
    await page.fill('#question', '<img src=x onerror=alert(1)> what is sts');
    await page.press('#question', 'Enter');
    await page.locator('.answer[data-intent="explain"]').waitFor();
    expect(await page.locator('img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

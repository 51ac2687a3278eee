import { afterAll, beforeAll } from '@jest/globals';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { baseUrl, chromiumPath } from './environment.js';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/**
 * One Chromium for the spec file: launched before its tests, closed after them, also when the launch
 * finished only after its hook had timed out (so that no browser keeps Jest from exiting).
 */
export function useChromium(): () => Browser {
  let launching: Promise<Browser> | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    launching = chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    browser = await launching;
  });
  afterAll(async () => {
    const launched = await launching?.catch(() => undefined);
    await launched?.close();
  });
  return () => {
    if (!browser) throw new Error(`Chromium (${chromiumPath}) did not start.`);
    return browser;
  };
}

/** A fresh, signed-out browser profile that prefers English, with its first tab open. */
export async function openTab(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'en-GB',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = await context.newPage();
  return { context, page };
}

import type { Locator, Page } from 'playwright-core';

/**
 * Retries an assertion until it passes: zoneless Angular renders after the event that caused it,
 * so what the page shows is read only by polling, never right after an action.
 */
export async function eventually(assertion: () => Promise<void> | void, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the locator's element is visible and returns the locator, for chaining. */
export async function visible(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

/** Whether the locator's (single) element has the keyboard focus. */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement || element.contains(document.activeElement));
}

/** Presses Tab (or Shift+Tab) until the element has focus; fails after `maxPresses`. */
export async function tabTo(page: Page, locator: Locator, { maxPresses = 80, backwards = false } = {}): Promise<void> {
  await locator.waitFor({ state: 'visible' });
  for (let press = 0; press < maxPresses; press++) {
    if (await isFocused(locator)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  if (await isFocused(locator)) return;
  const focused = await page.evaluate(() => {
    const element = document.activeElement;
    return element ? `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"` : 'nothing';
  });
  throw new Error(`${maxPresses} presses of Tab did not reach ${locator.toString()}; focus is on ${focused}.`);
}

import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe (WCAG 2.0/2.1 A and AA) on the page, or only inside `include` (a selector, e.g. '[role="dialog"]'),
 * and fails listing every violation with its rule id, help text and the elements concerned.
 */
export async function expectNoAxeViolations(page: Page, context: string, options: { include?: string } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (options.include) builder = builder.include(options.include);
  const { violations } = await builder.analyze();
  if (violations.length === 0) return;
  const report = violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `      - ${node.target.map(String).join(' ')}`).join('\n');
      return `  • ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help}\n    ${violation.helpUrl}\n${targets}`;
    })
    .join('\n');
  throw new Error(`Accessibility violations on ${context} (${page.url()}):\n${report}`);
}

/** A dialog fades in: runs axe on it (only) until it passes or three seconds have gone by. */
export async function dialogSettled(page: Page, context: string): Promise<void> {
  const deadline = Date.now() + 3_000;
  for (;;) {
    try {
      await expectNoAxeViolations(page, context, { include: '[role="dialog"]' });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

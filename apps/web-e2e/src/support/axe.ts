import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.1 A and AA rules; the app aims at 2.1 AA (see the accessibility statement). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now (including any open dialog) and fails with a readable
 * list of the violations, so a failure says which rule and which elements.
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  await finishAnimations(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const violations = results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
  expect(violations, `axe violations on ${state}`).toEqual([]);
}

/**
 * Lets finite animations (a field error fading in, a dialog opening) end first: axe measures
 * contrast with the current opacity, so a half-faded text would count as low contrast.
 */
async function finishAnimations(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

import { expect, type Page } from '@playwright/test';

/**
 * Waits until the server-rendered page has hydrated: Angular Material marks its inputs `mat-input-server`
 * until the browser's app takes them over. A form sent before that is the browser's own GET submission
 * (the page reloads with `?`), not the app's.
 */
export async function untilHydrated(page: Page): Promise<void> {
  await expect(page.locator('input.mat-input-server')).toHaveCount(0);
}

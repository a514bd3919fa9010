import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'samverkan-demo';

export const DEMO_ACCOUNTS = {
  admin: { email: 'admin@demo.samverkan.se', home: '/admin', heading: 'Administratör' },
  committee: { email: 'utskott@demo.samverkan.se', home: '/arbetsutskottet', heading: 'Arbetsutskottet' },
  council: { email: 'programrad@demo.samverkan.se', home: '/programradet', heading: 'Programrådet' },
} as const;

/** Logs in through the login page (as a person would) and waits for the role home. */
export async function logIn(page: Page, account: (typeof DEMO_ACCOUNTS)[keyof typeof DEMO_ACCOUNTS]): Promise<void> {
  await page.goto('/logga-in');
  await page.getByLabel('E-postadress').fill(account.email);
  await page.getByLabel('Lösenord').fill(DEMO_PASSWORD);
  await page.getByRole('main').getByRole('button', { name: 'Logga in' }).click();
  await expect(page).toHaveURL(account.home);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(account.heading);
}

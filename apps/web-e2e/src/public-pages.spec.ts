import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

const SWEDISH_TITLES = [
  'En infrastruktur i alla dimensioner',
  'Digitalisering och automatisering stärker vår konkurrenskraft',
  'En grön omställning',
  'Kompetensförsörjning för konkurrenskraft',
  'En attraktiv livsmiljö',
  'God samverkan mellan näringsliv, kommun, region och stat',
];

test.describe('public pages', () => {
  test('the start page says what Samverkan is and lists the six focus areas from the API', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Startsida – Samverkan');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkan');
    const focusAreas = page.getByRole('main').getByRole('listitem');
    await expect(focusAreas).toHaveText(SWEDISH_TITLES);
    await expect(page.getByRole('link', { name: 'En grön omställning' })).toHaveAttribute('href', '/fokusomraden#green-transition');
    await expect(page.getByRole('main').getByRole('link', { name: 'Logga in' })).toBeVisible();
    await expectNoAxeViolations(page, 'the start page');
  });

  test('the focus areas page shows each focus area with its description', async ({ page }) => {
    await page.goto('/fokusomraden');
    await expect(page).toHaveTitle('Fokusområden – Samverkan');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(SWEDISH_TITLES);
    await expect(page.locator('#green-transition')).toContainText('klimatomställning');
    await expect(page.getByRole('link', { name: 'Fokusområden' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page, 'the focus areas page');
  });

  test('switching to English translates the page and the API content, and survives a reload', async ({ page }) => {
    await page.goto('/fokusomraden');
    await expect(page.getByRole('heading', { name: 'En grön omställning' })).toBeVisible();

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("The strategy's focus areas");
    await expect(page.getByRole('heading', { name: 'A green transition' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'En grön omställning' })).toHaveCount(0);
    await expect(page).toHaveTitle('Focus areas – Samverkan');
    await expectNoAxeViolations(page, 'the focus areas page in English');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'A green transition' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Svenska' })).toBeVisible();

    await page.goto('/');
    await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText('Infrastructure in every dimension');
    await expectNoAxeViolations(page, 'the start page in English');

    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('main').getByRole('listitem').first()).toHaveText('En infrastruktur i alla dimensioner');
  });

  test('the accessibility statement is linked from every page and has the required parts', async ({ page }) => {
    await page.goto('/fokusomraden');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tillgänglighetsredogörelse' }).click();
    await expect(page).toHaveURL('/tillganglighet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsredogörelse för Samverkan');
    await expect(page.getByRole('link', { name: 'tillganglighet@svenskaindustrikommuner.se' })).toHaveAttribute(
      'href',
      'mailto:tillganglighet@svenskaindustrikommuner.se',
    );
    await expect(page.getByRole('link', { name: /Anmäl brister .* till DIGG/ })).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
    await page.getByRole('button', { name: 'Skapa e-postmeddelande' }).click();
    await expect(page.getByText('Fältet måste fyllas i.')).toBeVisible();
    await expectNoAxeViolations(page, 'the accessibility statement with a form error');
  });

  test('the privacy notice is linked from every page and from the registration terms, in both languages', async ({ page }) => {
    await page.goto('/fokusomraden');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Personuppgifter' }).click();
    await expect(page).toHaveURL('/personuppgifter');
    await expect(page).toHaveTitle('Personuppgifter – Samverkan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Så behandlar vi dina personuppgifter');
    for (const heading of ['När du anmäler dig till en konferens', 'Hur länge vi sparar uppgifterna', 'Dina rättigheter', 'Kontakt'])
      await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(page.getByRole('link', { name: 'dataskydd@svenskaindustrikommuner.se' })).toHaveAttribute(
      'href',
      'mailto:dataskydd@svenskaindustrikommuner.se',
    );
    await expectNoAxeViolations(page, 'the privacy notice');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How we handle your personal data');
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Så behandlar vi dina personuppgifter');

    // The registration terms point to it, in a new tab so the form keeps what has been typed.
    await page.goto('/konferenser');
    await page.getByRole('main').getByRole('link').filter({ hasText: 'Industrikommunernas' }).first().click();
    await page.getByRole('link', { name: 'Anmäl dig' }).first().click();
    await page.getByRole('button', { name: 'Läs hur uppgifterna behandlas' }).click();
    const more = page.getByRole('dialog').getByRole('link', { name: /Så behandlar vi personuppgifter/ });
    await expect(more).toHaveAttribute('href', '/personuppgifter');
    await expect(more).toHaveAttribute('target', '_blank');
  });

  test('an unknown address shows a translated 404 page with a way home', async ({ page }) => {
    await page.goto('/det-har-finns-inte');
    await expect(page).toHaveTitle('Sidan finns inte – Samverkan');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
    await expectNoAxeViolations(page, 'the 404 page');
    await page.getByRole('link', { name: 'Till startsidan' }).click();
    await expect(page).toHaveURL('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samverkan');
  });

  test('keyboard: the skip link is first and moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(6);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Hoppa till huvudinnehållet' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page).toHaveURL('/');
  });
});

test.describe('on a phone (360 px)', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the navigation folds away behind a menu button and nothing overflows', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(6);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('button', { name: 'Meny', exact: true });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expectNoAxeViolations(page, 'the start page on a phone with the menu open');
    await nav.getByRole('link', { name: 'Fokusområden' }).click();
    await expect(page).toHaveURL('/fokusomraden');
    await expect(nav).toBeHidden();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

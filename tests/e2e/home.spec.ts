// Proves the foundation a visitor meets: the home page in French and in English following the
// browser's language, a language switch whose choice survives a reload, the theme switch,
// friendly 404 pages in both languages, and a health check that touches the database.
import { test, expect } from '@playwright/test';

test.describe('French browser', () => {
	test.use({ locale: 'fr-FR' });

	test('home page is in French and the switch moves to English for good', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByTestId('home-title')).toHaveText('Transformez n’importe quel article en quiz et en cartes mémoire');
		await page.screenshot({ path: 'test-results/screens/home-fr.png', fullPage: true });

		await page.getByTestId('lang-switch').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('home-title')).toHaveText('Turn any article into a quiz and flashcards');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByTestId('home-title')).toHaveText('Turn any article into a quiz and flashcards');
	});

	test('unknown pages get a friendly French 404', async ({ page }) => {
		const response = await page.goto('/cette-page-nexiste-pas');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
		await expect(page.getByRole('link', { name: 'Retour à l’accueil' })).toBeVisible();
	});
});

test.describe('English browser', () => {
	test.use({ locale: 'en-US' });

	test('home page is in English and the switch moves to French for good', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('button', { name: 'Enter as the demo teacher' })).toBeVisible();
		await page.screenshot({ path: 'test-results/screens/home-en.png', fullPage: true });

		await page.getByTestId('lang-switch').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await page.reload();
		await expect(page.getByTestId('home-title')).toHaveText('Transformez n’importe quel article en quiz et en cartes mémoire');
	});

	test('the theme switch turns the page dark and stays dark', async ({ page }) => {
		await page.goto('/');
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await page.screenshot({ path: 'test-results/screens/home-dark.png', fullPage: true });
	});

	test('unknown pages get a friendly English 404', async ({ page }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	});

	test('the language switch works without JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByTestId('lang-switch').click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await context.close();
	});
});

test('healthz answers 200 after checking the database', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
});

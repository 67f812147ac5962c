// Proves the account and class journeys end to end: a teacher signs up, creates a class and
// reads its join code; a student signs up and joins with that code typed loosely; the teacher
// sees the student, replaces the code and archives the class, which then refuses new students;
// a wrong password gets one generic message and repeated ones slow the next try down; students get a 403 on teacher pages; anonymous
// visitors are sent to sign-in and back; the interface follows the language chosen at sign-up.
import { test, expect, type Page } from '@playwright/test';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const PASSWORD = 'a long enough password';

interface Person {
	name: string;
	email: string;
	role: 'teacher' | 'student';
}

function person(role: Person['role'], name: string): Person {
	return { role, name, email: `${role}-${unique()}@example.org` };
}

// Pages of a context without JavaScript: nothing hydrates there.
const noScript = new WeakSet<Page>();

/** Typed before hydration, a field may be emptied by it (seen on a loaded machine). */
async function ready(page: Page) {
	if (!noScript.has(page)) await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

async function signUp(page: Page, who: Person, locale?: 'en' | 'fr') {
	await page.goto('/signup');
	await ready(page);
	await page.locator(`input[name=role][value=${who.role}]`).check();
	await page.locator('#displayName').fill(who.name);
	await page.locator('#email').fill(who.email);
	await page.locator('#password').fill(PASSWORD);
	if (locale) await page.locator('#locale').selectOption(locale);
	await page.locator('form button.btn-primary').click();
	await page.waitForURL(who.role === 'teacher' ? /\/teach$/ : /\/study$/);
}

async function signIn(page: Page, email: string, password = PASSWORD) {
	await page.goto('/signin');
	await ready(page);
	await page.locator('#email').fill(email);
	await page.locator('#password').fill(password);
	await page.locator('form button.btn-primary').click();
}

async function signOut(page: Page) {
	await page.locator('form[action="/signout"] button').click();
	await page.waitForURL((url) => url.pathname === '/');
}

test.use({ locale: 'en-US' });

test('a teacher creates a class and a student joins it with the code', async ({ page }) => {
	const teacher = person('teacher', 'Claire Dupont');
	const student = person('student', 'Noah Bennett');

	await page.goto('/signup');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create your account');
	await page.screenshot({ path: 'test-results/screens/signup.png', fullPage: true });
	await signUp(page, teacher);

	await page.goto('/teach/classes');
	await ready(page);
	const className = 'Year 10 — International news';
	await page.locator('#class-name').fill(className);
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByTestId('class-created')).toContainText(className);
	const card = page.getByTestId('active-classes').locator('li', { hasText: className });
	const code = (await card.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await page.locator('#class-name').fill('Year 9 Science');
	await page.getByRole('button', { name: 'Create class' }).click();
	await expect(page.getByTestId('class-created')).toContainText('Year 9 Science');
	await page.screenshot({ path: 'test-results/screens/class-list.png', fullPage: true });
	await signOut(page);

	await signUp(page, student);
	await page.goto('/study/join');
	await ready(page);
	// Lower case with a space in the middle, as a student copies it from the board.
	await page.locator('#join-code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3).toLowerCase()}`);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await page.waitForURL(/\/study\?joined=/);
	// The dashboard says which class was joined.
	await expect(page.getByTestId('joined-class')).toContainText(`You joined “${className}”`);
	await page.goto('/study/join');
	await ready(page);
	await expect(page.getByTestId('student-classes')).toContainText(className);
	// Joining again says so, and adds nothing.
	await page.locator('#join-code').fill(code);
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(page.getByTestId('join-class-message')).toContainText(`already a member of “${className}”`);
	await expect(page.getByTestId('student-classes').locator('li')).toHaveCount(1);
	await page.screenshot({ path: 'test-results/screens/study-join.png', fullPage: true });
	await signOut(page);

	await signIn(page, teacher.email);
	await page.waitForURL(/\/teach$/);
	await page.goto('/teach/classes');
	await page.getByRole('link', { name: className }).click();
	await expect(page.getByTestId('class-name')).toHaveText(className);
	await expect(page.getByTestId('roster')).toContainText(student.name);
	await expect(page.getByTestId('roster')).toContainText(student.email);
	await page.screenshot({ path: 'test-results/screens/class-page.png', fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screens/class-page-390.png', fullPage: true });
	await page.goto('/teach/classes');
	await page.screenshot({ path: 'test-results/screens/class-list-390.png', fullPage: true });
	await page.goto('/signup');
});

test('the teacher replaces the code, archives the class and removes a student', async ({ page, browser }) => {
	const teacher = person('teacher', 'Marie Curie');
	const student = person('student', 'Léa Martin');
	await signUp(page, teacher);
	await page.goto('/teach/classes');
	await ready(page);
	const className = 'Physics';
	await page.locator('#class-name').fill(className);
	await page.getByRole('button', { name: 'Create class' }).click();
	await page.getByTestId('class-created').getByRole('link').click();
	const oldCode = (await page.getByTestId('join-code').textContent())!.trim();

	await page.getByText('Replace the code…').click();
	await page.getByTestId('regenerate').click();
	await expect(page.getByTestId('class-message')).toContainText('New join code');
	const newCode = (await page.getByTestId('join-code').textContent())!.trim();
	expect(newCode).not.toBe(oldCode);

	const studentContext = await browser.newContext({ locale: 'en-US' });
	const studentPage = await studentContext.newPage();
	await signUp(studentPage, student);
	await studentPage.goto('/study/join');
	await ready(studentPage);
	await studentPage.locator('#join-code').fill(oldCode);
	await studentPage.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(studentPage.getByTestId('join-class-message')).toContainText('No class has this code');
	await expect(studentPage.locator('#join-code')).toHaveValue(oldCode);
	await studentPage.locator('#join-code').fill(`${newCode.slice(0, 2)}-${newCode.slice(2)}`);
	await studentPage.getByRole('button', { name: 'Join', exact: true }).click();
	await studentPage.waitForURL(/\/study\?joined=/);

	await page.reload();
	await expect(page.getByTestId('roster')).toContainText(student.name);
	await page.getByLabel(`Remove ${student.name}`).click();
	await page.getByRole('button', { name: 'Yes, remove' }).click();
	await expect(page.getByTestId('class-message')).toContainText(`${student.name} was removed`);
	await expect(page.getByText('No students yet')).toBeVisible();

	await page.getByTestId('archive').click();
	await expect(page.getByTestId('archived-badge')).toBeVisible();
	await studentPage.goto('/study/join');
	await ready(studentPage);
	await studentPage.locator('#join-code').fill(newCode);
	await studentPage.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(studentPage.getByTestId('join-class-message')).toContainText('is archived');

	await page.goto('/teach/classes');
	await expect(page.getByTestId('archived-classes')).toContainText(className);
	await expect(page.getByTestId('active-classes').getByText(className)).toHaveCount(0);
	await page.getByTestId('archived-classes').getByRole('link', { name: className }).click();
	await page.getByTestId('unarchive').click();
	await expect(page.getByTestId('archived-badge')).toHaveCount(0);
	await studentContext.close();
});

test('a wrong password gets one generic message and keeps the email', async ({ page }) => {
	const teacher = person('teacher', 'Ada Lovelace');
	await signUp(page, teacher);
	await signOut(page);

	await signIn(page, teacher.email, 'not the password');
	await expect(page.getByTestId('signin-error')).toHaveText('The email or password is incorrect.');
	await expect(page.locator('#email')).toHaveValue(teacher.email);
	await signIn(page, `nobody-${unique()}@example.org`, 'not the password');
	await expect(page.getByTestId('signin-error')).toHaveText('The email or password is incorrect.');
	await page.goto('/signin');
	await page.screenshot({ path: 'test-results/screens/signin.png', fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: 'test-results/screens/signin-390.png', fullPage: true });

	// Email case and surrounding spaces do not matter.
	await signIn(page, `  ${teacher.email.toUpperCase()} `);
	await page.waitForURL(/\/teach$/);
	// Signed in, the sign-in and sign-up pages lead to the dashboard.
	await page.goto('/signin');
	await expect(page).toHaveURL(/\/teach$/);
	await page.goto('/signup');
	await expect(page).toHaveURL(/\/teach$/);
});

test('wrong passwords slow the next try down (429) without locking the owner out', async ({ page }) => {
	test.setTimeout(60_000);
	const student = person('student', 'Slowed Down');
	await signUp(page, student);
	await signOut(page);
	for (let i = 0; i < 3; i++) {
		await signIn(page, student.email, `wrong password ${i}`);
		await expect(page.getByTestId('signin-error')).toHaveText('The email or password is incorrect.');
	}
	const slowedAt = Date.now();
	await signIn(page, student.email);
	await expect(page.getByTestId('signin-error')).toHaveText(/^Too many failed attempts for this account from this network\. Wait (10|[1-9]) s before trying again\.$/);
	// The same answer to a plain form post (no JavaScript) carries the 429 status.
	const response = await page.request.post('/signin', {
		form: { email: student.email, password: PASSWORD },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(429);
	// Ten seconds after the last failure the right password works: a delay, not a lock.
	await page.waitForTimeout(Math.max(0, 10_500 - (Date.now() - slowedAt)));
	await signIn(page, student.email);
	await page.waitForURL(/\/study$/);
});

test('sign-up refuses a taken email and keeps what was typed', async ({ page }) => {
	const first = person('student', 'Sam Lee');
	await signUp(page, first);
	await signOut(page);
	await page.goto('/signup');
	await ready(page);
	await page.locator('input[name=role][value=teacher]').check();
	await page.locator('#displayName').fill('Someone Else');
	await page.locator('#email').fill(first.email.toUpperCase());
	await page.locator('#password').fill('short');
	await page.getByRole('button', { name: 'Create account' }).click();
	await expect(page.getByTestId('email-error')).toContainText('An account already exists');
	await expect(page.getByText('Your password needs at least 8 characters.')).toBeVisible();
	await expect(page.locator('#displayName')).toHaveValue('Someone Else');
	await expect(page.locator('input[name=role][value=teacher]')).toBeChecked();
	await page.screenshot({ path: 'test-results/screens/signup-errors.png', fullPage: true });
});

test('students get a 403 on teacher pages; anonymous visitors sign in and come back', async ({ page }) => {
	const student = person('student', 'Tom Student');
	await signUp(page, student);
	const response = await page.goto('/teach/classes');
	expect(response?.status()).toBe(403);
	await expect(page.getByTestId('error-page')).toContainText('Not allowed');
	await signOut(page);

	const teacher = person('teacher', 'Tess Teacher');
	await signUp(page, teacher);
	await signOut(page);
	await page.goto('/teach/classes');
	await ready(page);
	await expect(page).toHaveURL(/\/signin\?redirectTo=%2Fteach%2Fclasses/);
	await expect(page.getByText('Sign in to continue to that page.')).toBeVisible();
	await page.locator('#email').fill(teacher.email);
	await page.locator('#password').fill(PASSWORD);
	await page.locator('form button.btn-primary').click();
	await page.waitForURL(/\/teach\/classes$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Classes');
});

test('the interface follows the language chosen at sign-up, on any browser', async ({ page, browser }) => {
	const teacher = person('teacher', 'Jeanne Moreau');
	await signUp(page, teacher, 'fr');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await page.goto('/teach/classes');
	await ready(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Classes');
	await expect(page.getByRole('button', { name: 'Créer la classe' })).toBeVisible();
	await page.locator('#class-name').fill('Seconde B — Actualité');
	await page.getByRole('button', { name: 'Créer la classe' }).click();
	await expect(page.getByTestId('class-created')).toContainText('Son code d’accès est');
	await page.screenshot({ path: 'test-results/screens/class-list-fr.png', fullPage: true });

	// A fresh English browser: the French interface comes back at sign-in.
	const context = await browser.newContext({ locale: 'en-US' });
	const other = await context.newPage();
	await other.goto('/signin');
	await expect(other.locator('html')).toHaveAttribute('lang', 'en');
	await signIn(other, teacher.email);
	await other.waitForURL(/\/teach$/);
	await expect(other.locator('html')).toHaveAttribute('lang', 'fr');
	await other.goto('/teach/classes');
	await expect(other.getByRole('button', { name: 'Créer la classe' })).toBeVisible();
	await context.close();
});

test('sign-up and sign-in work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
	const page = await context.newPage();
	noScript.add(page);
	const student = person('student', 'No Script');
	await signUp(page, student);
	await page.goto('/study/join');
	await ready(page);
	await page.locator('#join-code').fill('ZZZZZZ');
	await page.getByRole('button', { name: 'Join', exact: true }).click();
	await expect(page.getByTestId('join-class-message')).toContainText('No class has this code');
	await signOut(page);
	await signIn(page, student.email, 'wrong password!');
	await expect(page.getByTestId('signin-error')).toHaveText('The email or password is incorrect.');
	await context.close();
});

test('dark theme class page', async ({ page }) => {
	const teacher = person('teacher', 'Dark Mode');
	await signUp(page, teacher);
	await page.goto('/teach/classes');
	await ready(page);
	await page.locator('#class-name').fill('Evening class');
	await page.getByRole('button', { name: 'Create class' }).click();
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await page.getByTestId('active-classes').getByRole('link', { name: 'Evening class' }).click();
	await page.getByText('Replace the code…').click();
	await page.screenshot({ path: 'test-results/screens/class-page-dark.png', fullPage: true });
});

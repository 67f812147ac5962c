import { THEME_COOKIE, parseTheme } from '$lib/theme';
import type { LayoutServerLoad } from './$types';

export const load = (({ locals, cookies }) => ({
	user: locals.user ? { displayName: locals.user.displayName, role: locals.user.role } : null,
	locale: locals.locale,
	theme: parseTheme(cookies.get(THEME_COOKIE))
})) satisfies LayoutServerLoad;

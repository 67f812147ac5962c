// Cookie options shared by every cookie the server sets. `Secure` follows the page's scheme:
// SvelteKit's default (Secure everywhere but on localhost) makes a browser drop the cookie on a
// plain-http LAN address such as http://192.168.1.20:3000, so the language or theme would not stick.
export function cookieOptions(url: URL, extra: { httpOnly: boolean; maxAge?: number; expires?: Date; path?: string }) {
	return { path: '/', sameSite: 'lax' as const, secure: url.protocol === 'https:', ...extra };
}

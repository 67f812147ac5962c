// A wait in seconds as a reader would say it: "40 s" under a minute, whole minutes after.
import { m } from '$lib/paraglide/messages';

export function waitLabel(seconds: number): string {
	return seconds < 60 ? m.wait_seconds({ n: Math.max(1, Math.ceil(seconds)) }) : m.wait_minutes({ n: Math.ceil(seconds / 60) });
}

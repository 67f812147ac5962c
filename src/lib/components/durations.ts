// "12 min 5 s", "45 s", "1 h 02 min": short, language-neutral durations for results and reports.
export function formatDuration(ms: number): string {
	const s = Math.max(0, Math.round(ms / 1000));
	const h = Math.floor(s / 3600);
	const min = Math.floor((s % 3600) / 60);
	const sec = s % 60;
	if (h) return `${h} h ${String(min).padStart(2, '0')} min`;
	if (min) return `${min} min ${String(sec).padStart(2, '0')} s`;
	return `${sec} s`;
}

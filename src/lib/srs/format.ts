// An interval split into a number and a unit; components turn the unit into a translated label.
export type IntervalUnit = 'min' | 'h' | 'd' | 'mo' | 'y';

export function intervalParts(ms: number): { n: number; unit: IntervalUnit } {
	const minutes = Math.max(0, ms) / 60_000;
	if (minutes < 59.5) return { n: Math.max(1, Math.round(minutes)), unit: 'min' };
	const hours = minutes / 60;
	if (hours < 23.5) return { n: Math.round(hours), unit: 'h' };
	const days = hours / 24;
	if (days < 30.5) return { n: Math.round(days), unit: 'd' };
	if (days < 365) return { n: Math.round((days / 30.44) * 10) / 10, unit: 'mo' };
	return { n: Math.round((days / 365.25) * 10) / 10, unit: 'y' };
}

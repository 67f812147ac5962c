// The data behind the report's bar charts: pure, so the component only draws what this returns.

export interface Bar {
	label: string;
	value: number;
	/** What is printed above the bar ("3", "67 %"). */
	valueLabel: string;
	/** Colour hint: the component maps it to a theme variable. */
	tone?: 'default' | 'good' | 'warn' | 'bad';
	/** Longer text for screen readers and the tooltip. */
	title?: string;
}

export interface BarRect extends Bar {
	x: number;
	y: number;
	width: number;
	height: number;
	/** Centre of the bar, for its labels. */
	cx: number;
}

export interface ChartLayout {
	width: number;
	height: number;
	/** Baseline (y of the axis). */
	baseline: number;
	bars: BarRect[];
}

export const CHART = { barWidth: 36, gap: 12, plotHeight: 140, top: 22, bottom: 26, side: 8 } as const;

/** Places the bars in a viewBox; `max` fixes the scale (1 for shares), else the tallest bar does. */
export function layoutBars(bars: Bar[], max?: number): ChartLayout {
	const { barWidth, gap, plotHeight, top, bottom, side } = CHART;
	const scale = max ?? Math.max(1, ...bars.map((b) => b.value));
	const baseline = top + plotHeight;
	const rects = bars.map((b, i) => {
		const h = scale > 0 ? Math.round((Math.max(0, Math.min(b.value, scale)) / scale) * plotHeight) : 0;
		const x = side + i * (barWidth + gap);
		return { ...b, x, y: baseline - h, width: barWidth, height: h, cx: x + barWidth / 2 };
	});
	return {
		width: Math.max(side * 2 + bars.length * (barWidth + gap) - gap, 120),
		height: baseline + bottom,
		baseline,
		bars: rects
	};
}

/**
 * Scores (0..1) counted in `bins` equal bands; the last band includes 100 %.
 * Labels are the band's lower bound in percent ("0", "10", … "90").
 */
export function scoreHistogram(scores: number[], bins = 10): Bar[] {
	const counts = new Array<number>(bins).fill(0);
	for (const s of scores) {
		if (!Number.isFinite(s)) continue;
		const i = Math.min(bins - 1, Math.max(0, Math.floor(s * bins)));
		counts[i]++;
	}
	return counts.map((count, i) => {
		const from = Math.round((i * 100) / bins);
		const to = Math.round(((i + 1) * 100) / bins);
		return { label: `${from}`, value: count, valueLabel: count ? String(count) : '', title: `${from}–${to} %: ${count}` };
	});
}

/** One bar per question: the share who got it right, coloured by how easy it was. */
export function facilityBars(items: { label: string; facility: number | null; title?: string }[]): Bar[] {
	return items.map(({ label, facility, title }) => ({
		label,
		value: facility ?? 0,
		valueLabel: facility === null ? '—' : `${Math.round(facility * 100)}`,
		tone: facility === null ? 'default' : facility >= 0.7 ? 'good' : facility >= 0.4 ? 'warn' : 'bad',
		title
	}));
}

export interface HBarRow extends Bar {
	y: number;
	width: number;
	/** Where the value label goes (just past the bar). */
	valueX: number;
}

export interface HChartLayout {
	width: number;
	height: number;
	/** x where bars start (after the labels). */
	left: number;
	rowHeight: number;
	rows: HBarRow[];
}

export const HCHART = { width: 360, left: 44, right: 36, rowHeight: 22, barHeight: 14 } as const;

/** Horizontal bars, one row each: the layout for many bars (a 30-question quiz stays readable). */
export function layoutHBars(bars: Bar[], max?: number): HChartLayout {
	const { width, left, right, rowHeight } = HCHART;
	const scale = max ?? Math.max(1, ...bars.map((b) => b.value));
	const plot = width - left - right;
	const rows = bars.map((b, i) => {
		const w = scale > 0 ? Math.round((Math.max(0, Math.min(b.value, scale)) / scale) * plot) : 0;
		return { ...b, y: i * rowHeight, width: w, valueX: left + w + 4 };
	});
	return { width, height: Math.max(rowHeight, bars.length * rowHeight), left, rowHeight, rows };
}

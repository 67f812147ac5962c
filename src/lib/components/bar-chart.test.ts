import { describe, expect, it } from 'vitest';
import { CHART, facilityBars, layoutBars, scoreHistogram } from './bar-chart';

describe('scoreHistogram', () => {
	it('counts scores in ten bands, 100 % in the last one', () => {
		const bars = scoreHistogram([0, 0.05, 0.5, 0.55, 0.99, 1]);
		expect(bars.map((b) => b.value)).toEqual([2, 0, 0, 0, 0, 2, 0, 0, 0, 2]);
		expect(bars[0].label).toBe('0');
		expect(bars[9].label).toBe('90');
		expect(bars[1].valueLabel).toBe('');
	});

	it('ignores what is not a number', () => {
		expect(scoreHistogram([Number.NaN], 5).every((b) => b.value === 0)).toBe(true);
	});
});

describe('facilityBars', () => {
	it('shows the share in percent and colours by difficulty', () => {
		const bars = facilityBars([
			{ label: 'Q1', facility: 0.9 },
			{ label: 'Q2', facility: 0.5 },
			{ label: 'Q3', facility: 0.1 },
			{ label: 'Q4', facility: null }
		]);
		expect(bars.map((b) => b.valueLabel)).toEqual(['90', '50', '10', '—']);
		expect(bars.map((b) => b.tone)).toEqual(['good', 'warn', 'bad', 'default']);
	});
});

describe('layoutBars', () => {
	it('scales bars to the tallest one and stands them on the baseline', () => {
		const l = layoutBars([
			{ label: 'a', value: 2, valueLabel: '2' },
			{ label: 'b', value: 4, valueLabel: '4' }
		]);
		expect(l.bars[1].height).toBe(CHART.plotHeight);
		expect(l.bars[0].height).toBe(CHART.plotHeight / 2);
		expect(l.bars[0].y + l.bars[0].height).toBe(l.baseline);
		expect(l.bars[1].x).toBe(l.bars[0].x + CHART.barWidth + CHART.gap);
	});

	it('uses a fixed scale when given and clamps values to it', () => {
		const l = layoutBars([{ label: 'a', value: 1.5, valueLabel: '' }], 1);
		expect(l.bars[0].height).toBe(CHART.plotHeight);
	});

	it('draws nothing tall when every value is zero', () => {
		const l = layoutBars([{ label: 'a', value: 0, valueLabel: '' }]);
		expect(l.bars[0].height).toBe(0);
	});
});

describe('layoutHBars', () => {
	it('gives each bar a row and scales widths to the plot', async () => {
		const { HCHART, layoutHBars } = await import('./bar-chart');
		const l = layoutHBars(
			[
				{ label: 'Q1', value: 1, valueLabel: '100' },
				{ label: 'Q2', value: 0.5, valueLabel: '50' }
			],
			1
		);
		const plot = HCHART.width - HCHART.left - HCHART.right;
		expect(l.rows[0].width).toBe(plot);
		expect(l.rows[1].width).toBe(plot / 2);
		expect(l.rows[1].y).toBe(HCHART.rowHeight);
		expect(l.height).toBe(2 * HCHART.rowHeight);
	});
});

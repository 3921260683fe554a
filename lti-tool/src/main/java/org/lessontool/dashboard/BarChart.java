package org.lessontool.dashboard;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn on the server as SVG coordinates, so the page needs no script and
 * loads nothing from elsewhere. The page pairs it with a table, its text alternative.
 *
 * @param width the view box width
 * @param height the view box height
 * @param bars the bars, left to right
 * @param baseline the y of the axis
 */
record BarChart(int width, int height, List<Bar> bars, int baseline) {

	static final int HEIGHT = 160;

	static final int BASELINE = 130;

	/**
	 * @param x left edge
	 * @param y top edge
	 * @param width bar width
	 * @param height bar height
	 * @param label the axis label under the bar
	 * @param value the value, written above the bar
	 */
	record Bar(int x, int y, int width, int height, String label, String value) {

		public int labelX() {
			return this.x + this.width / 2;
		}

	}

	/** Bars scaled so the largest value reaches the top; {@code max} may be given. */
	static BarChart of(List<String> labels, List<Integer> values, List<String> shown, int max) {
		int slot = 36;
		int barWidth = 26;
		int top = Math.max(1, Math.max(max, values.stream().mapToInt(Integer::intValue).max().orElse(1)));
		int room = BASELINE - 20;
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			int h = Math.round((float) room * values.get(i) / top);
			bars.add(new Bar(10 + i * slot, BASELINE - h, barWidth, h, labels.get(i), shown.get(i)));
		}
		return new BarChart(20 + values.size() * slot, HEIGHT, bars, BASELINE);
	}

}

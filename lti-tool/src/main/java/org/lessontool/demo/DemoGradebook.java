package org.lessontool.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The demo course's gradebook: one column per line item, one row per student. */
@Component
@Profile("default | demo")
class DemoGradebook {

	private final JdbcClient jdbc;

	DemoGradebook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	View read() {
		List<Column> columns = this.jdbc.sql("select id, label, score_maximum from demo_line_item order by id")
			.query((rs, row) -> new Column(rs.getLong("id"), rs.getString("label"), rs.getDouble("score_maximum")))
			.list();
		Map<String, Map<Long, String>> cells = new LinkedHashMap<>();
		DemoUser.roster()
			.stream()
			.filter((user) -> !user.teacher())
			.forEach((user) -> cells.put(user.id(), new LinkedHashMap<>()));
		this.jdbc.sql("select line_item_id, user_id, score_given, score_maximum from demo_score").query((rs) -> {
			Map<Long, String> row = cells.get(rs.getString("user_id"));
			Object given = rs.getObject("score_given");
			if (row != null && given != null) {
				row.put(rs.getLong("line_item_id"),
						format(rs.getDouble("score_given")) + " / " + format(rs.getDouble("score_maximum")));
			}
		});
		List<Row> rows = DemoUser.roster()
			.stream()
			.filter((user) -> !user.teacher())
			.map((user) -> new Row(user.name(),
					columns.stream().map((c) -> cells.get(user.id()).getOrDefault(c.id(), "–")).toList()))
			.toList();
		return new View(columns, rows);
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? String.valueOf((long) value) : String.valueOf(value);
	}

	/**
	 * The gradebook as shown.
	 *
	 * @param columns the line items
	 * @param rows one per student
	 */
	record View(List<Column> columns, List<Row> rows) {
	}

	/**
	 * A gradebook column.
	 *
	 * @param id the line item id
	 * @param label its label
	 * @param maximum its maximum score
	 */
	record Column(long id, String label, double maximum) {
	}

	/**
	 * A student's row.
	 *
	 * @param name the student
	 * @param cells the scores, column by column
	 */
	record Row(String name, List<String> cells) {
	}

}

package org.lessontool.dashboard;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The class table's sort orders; an unknown key falls back to the name, so a tampered
 * form can only change the order.
 *
 * @param key the column
 * @param descending whether the largest comes first
 */
record ClassSort(String key, boolean descending) {

	static final List<String> KEYS = List.of("name", "progress", "best", "latest", "attempts", "activity", "delivery");

	static ClassSort of(String key, String direction) {
		String known = KEYS.contains(key) ? key : "name";
		return new ClassSort(known, "desc".equals(direction));
	}

	List<ClassRow> apply(List<ClassRow> rows) {
		Comparator<ClassRow> order = switch (this.key) {
			case "progress" ->
				Comparator.comparing((ClassRow row) -> row.stage()).thenComparingInt(ClassRow::sectionsRead);
			case "best" -> nullsFirst(ClassRow::bestScore);
			case "latest" -> nullsFirst(ClassRow::latestScore);
			case "attempts" -> Comparator.comparingInt(ClassRow::attempts);
			case "activity" -> Comparator.comparing(ClassRow::lastActivity,
					Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()));
			case "delivery" -> Comparator.comparing(ClassRow::deliveryText);
			default -> Comparator.comparing((ClassRow row) -> row.label().toLowerCase(Locale.ROOT));
		};
		order = order.thenComparing(ClassRow::subject);
		return rows.stream().sorted(this.descending ? order.reversed() : order).toList();
	}

	/** The {@code aria-sort} value of a column header. */
	public String ariaSort(String column) {
		if (!column.equals(this.key)) {
			return "none";
		}
		return this.descending ? "descending" : "ascending";
	}

	/** The direction a click on this column asks for. */
	public String next(String column) {
		return (column.equals(this.key) && !this.descending) ? "desc" : "asc";
	}

	private static Comparator<ClassRow> nullsFirst(Function<ClassRow, Integer> field) {
		return Comparator.comparing(field, Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));
	}

}

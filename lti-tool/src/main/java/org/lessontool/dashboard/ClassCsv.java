package org.lessontool.dashboard;

import org.jspecify.annotations.Nullable;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The class table as CSV (RFC 4180 quoting by Jackson's CSV writer), in UTF-8 with a byte
 * order mark so spreadsheet programs read names with accents correctly.
 */
final class ClassCsv {

	/** Quotes only where RFC 4180 needs it: commas, quotes and line breaks. */
	private static final CsvMapper mapper = CsvMapper.builder()
		.enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING)
		.build();

	private static final List<String> HEADER = List.of("Student", "Email", "Roster status", "Progress", "Sections read",
			"Attempts", "Best score", "Latest score", "Out of", "Last activity (UTC)", "Grade delivery");

	private ClassCsv() {
	}

	/**
	 * @param tryIts the sections with a try-it, by id, with their labels: one column each
	 * @param notes each student's try-it notes by section id
	 */
	static byte[] write(List<ClassRow> rows, int sections, int maxScore, Map<String, String> tryIts,
			Map<String, Map<String, String>> notes) {
		List<List<String>> lines = new ArrayList<>();
		List<String> header = new ArrayList<>(HEADER);
		tryIts.values().forEach((label) -> header.add(label + " try-it note"));
		lines.add(header);
		for (ClassRow row : rows) {
			List<String> line = new ArrayList<>(List.of(cell(row.label()), cell(text(row.email())),
					row.membership().text(), row.progress(sections), Integer.toString(row.sectionsRead()),
					Integer.toString(row.attempts()), text(row.bestScore()), text(row.latestScore()),
					Integer.toString(maxScore),
					(row.lastActivity() != null) ? row.lastActivity().toInstant().toString() : "", row.deliveryText()));
			Map<String, String> own = notes.getOrDefault(row.subject(), Map.of());
			tryIts.keySet().forEach((section) -> line.add(cell(own.getOrDefault(section, ""))));
			lines.add(line);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		mapper.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValue(out, lines);
		return out.toByteArray();
	}

	/**
	 * OWASP CSV injection: a name a student chose must not run as a spreadsheet formula.
	 */
	static String cell(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}

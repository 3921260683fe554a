package org.lessontool.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.lessontool.grading.ClassDeliveries;

import static org.assertj.core.api.Assertions.assertThat;

/** The class table as CSV (issue 18: its own tests, without a launch). */
class ClassCsvTests {

	@Test
	void whenAClassIsWrittenThenItIsUtf8WithAByteOrderMarkCrlfLinesAndQuotingOnlyWhereNeeded() {
		ClassRow row = new ClassRow("sub-1", "Zoë, \"Z\" Müller", "zoe@example.org", ClassRow.Membership.ACTIVE,
				ClassRow.Stage.SUBMITTED, 5, 2, 14, 12, OffsetDateTime.of(2026, 11, 30, 9, 0, 0, 0, ZoneOffset.UTC),
				new ClassDeliveries.Status(1, "DELIVERED", 14, null, null));
		byte[] csv = ClassCsv.write(List.of(row), 5, 15, Map.of("s1", "Section 1"),
				Map.of("sub-1", Map.of("s1", "line one\nline two")));
		assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n", 2)[0]).startsWith("Student,Email,Roster status")
			.endsWith("Section 1 try-it note");
		assertThat(text).contains("\"Zoë, \"\"Z\"\" Müller\",zoe@example.org,Active,Submitted,5,2,14,12,15,"
				+ "2026-11-30T09:00:00Z,Delivered,\"line one\nline two\"");
	}

	@Test
	void whenACellStartsLikeAFormulaThenItIsNeutralised() {
		for (String formula : new String[] { "=1+1", "+SUM(A1)", "-2", "@cmd", "\tx", "\rx" }) {
			assertThat(ClassCsv.cell(formula)).isEqualTo("'" + formula);
		}
		assertThat(ClassCsv.cell("Sam")).isEqualTo("Sam");
		assertThat(ClassCsv.cell("")).isEmpty();
	}

}

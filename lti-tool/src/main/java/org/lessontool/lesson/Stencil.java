package org.lessontool.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * A page rendered once by the template engine, with marks where each reader's own parts
 * go, then filled per request by appending strings in order: no template walk, no
 * expression evaluation (issue 19: template rendering was about half of a launch's CPU
 * time).
 *
 * <p>
 * Marks: {@code {{name}}} or {@code {{name:arg}}} is a value, HTML-escaped on the way
 * out; {@code <!--if:name:arg-->…<!--end:name:arg-->} is kept or dropped as a whole.
 * Names must be known when the stencil is made, so a lesson text that happens to contain
 * braces fails at start-up instead of leaking into a page.
 */
final class Stencil {

	private static final Pattern MARK = Pattern
		.compile("\\{\\{([a-z-]+)(?::([a-z0-9-]+))?\\}\\}|<!--(if|end):([a-z-]+)(?::([a-z0-9-]+))?-->");

	/** What one reader's page holds in the marks. */
	interface Reader {

		String value(String name, @Nullable String arg);

		boolean test(String name, @Nullable String arg);

	}

	private enum Kind {

		TEXT, VALUE, IF

	}

	/**
	 * @param skipTo for an {@code if}, the piece after its {@code end}
	 */
	private record Piece(Kind kind, String text, @Nullable String arg, int skipTo) {
	}

	private final List<Piece> pieces;

	private final int length;

	private Stencil(List<Piece> pieces, int length) {
		this.pieces = pieces;
		this.length = length;
	}

	static Stencil parse(String html, Set<String> values, Set<String> conditions) {
		List<Piece> pieces = new ArrayList<>();
		List<Integer> open = new ArrayList<>();
		Matcher mark = MARK.matcher(html);
		int from = 0;
		while (mark.find()) {
			if (mark.start() > from) {
				pieces.add(new Piece(Kind.TEXT, html.substring(from, mark.start()), null, 0));
			}
			from = mark.end();
			if (mark.group(1) != null) {
				pieces.add(new Piece(Kind.VALUE, known(mark.group(1), values), mark.group(2), 0));
			}
			else if (mark.group(3).equals("if")) {
				open.add(pieces.size());
				pieces.add(new Piece(Kind.IF, known(mark.group(4), conditions), mark.group(5), 0));
			}
			else {
				close(pieces, open, mark.group(0));
			}
		}
		if (!open.isEmpty()) {
			throw new IllegalStateException("The stencil leaves a condition open: " + pieces.get(open.get(0)).text());
		}
		pieces.add(new Piece(Kind.TEXT, html.substring(from), null, 0));
		return new Stencil(List.copyOf(pieces), html.length());
	}

	private static void close(List<Piece> pieces, List<Integer> open, String end) {
		if (open.isEmpty()) {
			throw new IllegalStateException("The stencil closes a condition it never opened: " + end);
		}
		int index = open.remove(open.size() - 1);
		Piece opening = pieces.get(index);
		String expected = "<!--end:" + opening.text() + ((opening.arg() != null) ? ":" + opening.arg() : "") + "-->";
		if (!expected.equals(end)) {
			throw new IllegalStateException("The stencil closes " + end + " where it expects " + expected);
		}
		pieces.set(index, new Piece(Kind.IF, opening.text(), opening.arg(), pieces.size()));
	}

	private static String known(String name, Set<String> names) {
		if (!names.contains(name)) {
			throw new IllegalStateException("The stencil has an unknown mark: " + name);
		}
		return name;
	}

	String fill(Reader reader) {
		StringBuilder page = new StringBuilder(this.length + 1024);
		int index = 0;
		while (index < this.pieces.size()) {
			Piece piece = this.pieces.get(index);
			index++;
			switch (piece.kind()) {
				case TEXT -> page.append(piece.text());
				case VALUE -> page.append(HtmlUtils.htmlEscape(reader.value(piece.text(), piece.arg()), "UTF-8"));
				case IF -> {
					if (!reader.test(piece.text(), piece.arg())) {
						index = piece.skipTo();
					}
				}
			}
		}
		return page.toString();
	}

}

package org.lessontool.support;

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
 * time, and a quarter of a quiz's).
 *
 * <p>
 * Marks: {@code {{name}}} or {@code {{name:arg}}} is a value, HTML-escaped on the way
 * out; {@code <!--if:name:arg-->…<!--end:name:arg-->} is kept or dropped as a whole;
 * {@code <!--each:name-->…<!--end:name-->} is repeated once for each of the reader's
 * items, each filling it as a reader of its own. Names must be known when the stencil is
 * made, so a text that happens to contain braces fails at start-up instead of leaking
 * into a page.
 */
public final class Stencil {

	private static final Pattern MARK = Pattern
		.compile("\\{\\{([a-z-]+)(?::([a-z0-9-]+))?\\}\\}|<!--(if|each|end):([a-z-]+)(?::([a-z0-9-]+))?-->");

	/** What one reader's page holds in the marks. */
	public interface Reader {

		String value(String name, @Nullable String arg);

		boolean test(String name, @Nullable String arg);

		/** The items an {@code each} mark repeats for; none by default. */
		default List<? extends Reader> each(String name, @Nullable String arg) {
			throw new IllegalArgumentException("no list " + name);
		}

	}

	/**
	 * The names a stencil may use.
	 *
	 * @param values names of {@code {{value}}} marks
	 * @param conditions names of {@code if} marks
	 * @param lists names of {@code each} marks
	 */
	public record Marks(Set<String> values, Set<String> conditions, Set<String> lists) {
	}

	private enum Kind {

		TEXT, VALUE, IF, EACH

	}

	/**
	 * @param skipTo for an {@code if} or {@code each}, the piece after its {@code end}
	 */
	private record Piece(Kind kind, String text, @Nullable String arg, int skipTo) {
	}

	private final List<Piece> pieces;

	private final int length;

	private Stencil(List<Piece> pieces, int length) {
		this.pieces = pieces;
		this.length = length;
	}

	public static Stencil parse(String html, Marks marks) {
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
				pieces.add(new Piece(Kind.VALUE, known(mark.group(1), marks.values()), mark.group(2), 0));
			}
			else if (mark.group(3).equals("end")) {
				close(pieces, open, mark.group(0));
			}
			else {
				boolean each = mark.group(3).equals("each");
				open.add(pieces.size());
				pieces.add(new Piece(each ? Kind.EACH : Kind.IF,
						known(mark.group(4), each ? marks.lists() : marks.conditions()), mark.group(5), 0));
			}
		}
		if (!open.isEmpty()) {
			throw new IllegalStateException("The stencil leaves a mark open: " + pieces.get(open.get(0)).text());
		}
		pieces.add(new Piece(Kind.TEXT, html.substring(from), null, 0));
		return new Stencil(List.copyOf(pieces), html.length());
	}

	private static void close(List<Piece> pieces, List<Integer> open, String end) {
		if (open.isEmpty()) {
			throw new IllegalStateException("The stencil closes a mark it never opened: " + end);
		}
		int index = open.remove(open.size() - 1);
		Piece opening = pieces.get(index);
		String expected = "<!--end:" + opening.text() + ((opening.arg() != null) ? ":" + opening.arg() : "") + "-->";
		if (!expected.equals(end)) {
			throw new IllegalStateException("The stencil closes " + end + " where it expects " + expected);
		}
		pieces.set(index, new Piece(opening.kind(), opening.text(), opening.arg(), pieces.size()));
	}

	private static String known(String name, Set<String> names) {
		if (!names.contains(name)) {
			throw new IllegalStateException("The stencil has an unknown mark: " + name);
		}
		return name;
	}

	public String fill(Reader reader) {
		StringBuilder page = new StringBuilder(this.length + 1024);
		fill(0, this.pieces.size(), reader, page);
		return page.toString();
	}

	private void fill(int from, int to, Reader reader, StringBuilder page) {
		int index = from;
		while (index < to) {
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
				case EACH -> {
					for (Reader item : reader.each(piece.text(), piece.arg())) {
						fill(index, piece.skipTo(), item, page);
					}
					index = piece.skipTo();
				}
			}
		}
	}

}

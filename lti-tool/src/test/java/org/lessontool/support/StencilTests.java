package org.lessontool.support;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StencilTests {

	private static final Set<String> VALUES = Set.of("name", "note");

	private static final Set<String> CONDITIONS = Set.of("saved", "course");

	private static final Stencil.Marks MARKS = new Stencil.Marks(VALUES, CONDITIONS, Set.of("question", "choice"));

	@Test
	void valuesAreFilledInOrderAndEscaped() {
		Stencil stencil = Stencil.parse("<p title=\"{{name}}\">{{note:s1}}|{{note:s2}}</p>", MARKS);
		String page = stencil.fill(
				reader(Map.of("name", "Sam \"O'Neil\"", "note:s1", "<b>bold</b> & more", "note:s2", "café"), Set.of()));
		assertThat(page)
			.isEqualTo("<p title=\"Sam &quot;O&#39;Neil&quot;\">&lt;b&gt;bold&lt;/b&gt; &amp; more|café</p>");
	}

	@Test
	void aConditionKeepsOrDropsItsWholeSpanIncludingValuesAndNestedConditions() {
		Stencil stencil = Stencil
			.parse("a<!--if:course-->[{{name}}<!--if:saved:s1-->saved<!--end:saved:s1-->]<!--end:course-->b"
					+ "<!--if:saved:s2-->!<!--end:saved:s2-->", MARKS);
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("course", "saved:s1")))).isEqualTo("a[Nsaved]b");
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("course")))).isEqualTo("a[N]b");
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("saved:s1", "saved:s2")))).isEqualTo("ab!");
	}

	@Test
	void textWithoutMarksComesBackUnchanged() {
		String html = "<main>{ not a mark } {{Upper}} <!-- a comment --></main>";
		assertThat(Stencil.parse(html, MARKS).fill(reader(Map.of(), Set.of()))).isEqualTo(html);
	}

	@Test
	void anUnknownMarkFailsWhenTheStencilIsMade() {
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("{{secret}}", MARKS))
			.withMessageContaining("secret");
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("<!--if:admin-->x<!--end:admin-->", MARKS))
			.withMessageContaining("admin");
	}

	@Test
	void conditionsMustCloseInOrder() {
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("<!--if:course-->x", MARKS))
			.withMessageContaining("leaves a mark open");
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("x<!--end:course-->", MARKS))
			.withMessageContaining("never opened");
		assertThatIllegalStateException().isThrownBy(
				() -> Stencil.parse("<!--if:course--><!--if:saved:s1--><!--end:course--><!--end:saved:s1-->", MARKS))
			.withMessageContaining("expects <!--end:saved:s1-->");
	}

	@Test
	void aListRepeatsItsSpanForEachItemInTheItemsOrderAndNestsWithConditions() {
		Stencil stencil = Stencil.parse("<ol><!--each:question--><li>{{name}}:<!--each:choice-->[{{note}}]"
				+ "<!--if:saved-->*<!--end:saved--><!--end:choice--></li><!--end:question--></ol>", MARKS);
		Stencil.Reader page = new Lists(Map.of("question",
				List.of(new Lists(Map.of("choice", List.of(item("b", true), item("a", false))), "Q2"),
						new Lists(Map.of("choice", List.of()), "Q1 <i>"))),
				"page");
		assertThat(stencil.fill(page)).isEqualTo("<ol><li>Q2:[b]*[a]</li><li>Q1 &lt;i&gt;:</li></ol>");
		assertThat(stencil.fill(new Lists(Map.of("question", List.of()), "page"))).isEqualTo("<ol></ol>");
	}

	@Test
	void aListMustBeKnownAndClosedByItsOwnName() {
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("<!--each:rows-->x<!--end:rows-->", MARKS))
			.withMessageContaining("rows");
		assertThatIllegalStateException()
			.isThrownBy(() -> Stencil.parse("<!--each:question-->x<!--end:choice-->", MARKS))
			.withMessageContaining("expects <!--end:question-->");
		// a list's name is not a condition's
		assertThatIllegalStateException()
			.isThrownBy(() -> Stencil.parse("<!--if:question-->x<!--end:question-->", MARKS))
			.withMessageContaining("question");
	}

	private static Stencil.Reader item(String note, boolean saved) {
		return reader(Map.of("note", note), saved ? Set.of("saved") : Set.of());
	}

	/** A reader whose values are its name and whose lists are given. */
	private record Lists(Map<String, List<Stencil.Reader>> lists, String name) implements Stencil.Reader {

		@Override
		public String value(String mark, @Nullable String arg) {
			return this.name;
		}

		@Override
		public boolean test(String mark, @Nullable String arg) {
			return false;
		}

		@Override
		public List<Stencil.Reader> each(String mark, @Nullable String arg) {
			return this.lists.get(mark);
		}

	}

	private static Stencil.Reader reader(Map<String, String> values, Set<String> conditions) {
		return new Stencil.Reader() {

			@Override
			public String value(String name, @Nullable String arg) {
				return values.get((arg != null) ? name + ":" + arg : name);
			}

			@Override
			public boolean test(String name, @Nullable String arg) {
				return conditions.contains((arg != null) ? name + ":" + arg : name);
			}

		};
	}

}

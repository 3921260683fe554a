package org.lessontool.lesson;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class StencilTests {

	private static final Set<String> VALUES = Set.of("name", "note");

	private static final Set<String> CONDITIONS = Set.of("saved", "course");

	@Test
	void valuesAreFilledInOrderAndEscaped() {
		Stencil stencil = Stencil.parse("<p title=\"{{name}}\">{{note:s1}}|{{note:s2}}</p>", VALUES, CONDITIONS);
		String page = stencil.fill(
				reader(Map.of("name", "Sam \"O'Neil\"", "note:s1", "<b>bold</b> & more", "note:s2", "café"), Set.of()));
		assertThat(page)
			.isEqualTo("<p title=\"Sam &quot;O&#39;Neil&quot;\">&lt;b&gt;bold&lt;/b&gt; &amp; more|café</p>");
	}

	@Test
	void aConditionKeepsOrDropsItsWholeSpanIncludingValuesAndNestedConditions() {
		Stencil stencil = Stencil
			.parse("a<!--if:course-->[{{name}}<!--if:saved:s1-->saved<!--end:saved:s1-->]<!--end:course-->b"
					+ "<!--if:saved:s2-->!<!--end:saved:s2-->", VALUES, CONDITIONS);
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("course", "saved:s1")))).isEqualTo("a[Nsaved]b");
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("course")))).isEqualTo("a[N]b");
		assertThat(stencil.fill(reader(Map.of("name", "N"), Set.of("saved:s1", "saved:s2")))).isEqualTo("ab!");
	}

	@Test
	void textWithoutMarksComesBackUnchanged() {
		String html = "<main>{ not a mark } {{Upper}} <!-- a comment --></main>";
		assertThat(Stencil.parse(html, VALUES, CONDITIONS).fill(reader(Map.of(), Set.of()))).isEqualTo(html);
	}

	@Test
	void anUnknownMarkFailsWhenTheStencilIsMade() {
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("{{secret}}", VALUES, CONDITIONS))
			.withMessageContaining("secret");
		assertThatIllegalStateException()
			.isThrownBy(() -> Stencil.parse("<!--if:admin-->x<!--end:admin-->", VALUES, CONDITIONS))
			.withMessageContaining("admin");
	}

	@Test
	void conditionsMustCloseInOrder() {
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("<!--if:course-->x", VALUES, CONDITIONS))
			.withMessageContaining("open");
		assertThatIllegalStateException().isThrownBy(() -> Stencil.parse("x<!--end:course-->", VALUES, CONDITIONS))
			.withMessageContaining("never opened");
		assertThatIllegalStateException()
			.isThrownBy(() -> Stencil.parse("<!--if:course--><!--if:saved:s1--><!--end:course--><!--end:saved:s1-->",
					VALUES, CONDITIONS))
			.withMessageContaining("expects <!--end:saved:s1-->");
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

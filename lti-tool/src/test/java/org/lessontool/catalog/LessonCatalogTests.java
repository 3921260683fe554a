package org.lessontool.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the lesson is parsed once per JVM, however many catalogs serve it. */
class LessonCatalogTests {

	@Test
	void whenSeveralCatalogsServeThePackagedLessonThenItIsParsedOnce() {
		LessonCatalog first = new LessonCatalog(new LessonSettings(""));
		int loads = LessonCatalog.loads();
		LessonCatalog second = new LessonCatalog(new LessonSettings(""));
		assertThat(LessonCatalog.loads()).isEqualTo(loads);
		assertThat(second.content()).isSameAs(first.content());
		assertThat(first.content().quiz().questions()).isNotEmpty();
	}

}

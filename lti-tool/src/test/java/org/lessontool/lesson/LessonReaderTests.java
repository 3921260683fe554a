package org.lessontool.lesson;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lessontool.content.Lesson;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;

import static org.assertj.core.api.Assertions.assertThat;

class LessonReaderTests {

	static final Lesson lesson = LessonLoader.standard().load(LessonSource.classpath("lessons/964")).lesson();

	static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

	static final String TEST_USER = "http://purl.imsglobal.org/vocab/lti/system/person#TestUser";

	static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

	@Test
	void aNewReaderIsSentToTheFirstMoveWithNothingToResume() {
		LessonReader reader = LessonReader.of(lesson, session(List.of(LEARNER)), Set.of(), Map.of(), null);
		assertThat(reader.value("path", "s1")).isEqualTo("next");
		assertThat(reader.value("path-state", "s1")).isEqualTo("Next");
		assertThat(reader.value("path", "s2")).isEqualTo("ahead");
		assertThat(reader.value("path-state", "s2")).isEmpty();
		assertThat(reader.value("progress", "s1")).isEqualTo("todo");
		assertThat(reader.value("read", "s1")).isEmpty();
		assertThat(reader.test("resume", null)).isFalse();
	}

	@Test
	void aReaderResumesAtTheFirstUnreadSectionWithABodyAndThePathMovesOn() {
		// s2 is a heading without a body: resuming skips it, the learning path does not
		LessonReader reader = LessonReader.of(lesson, session(List.of(LEARNER)), Set.of("s1"), Map.of(), null);
		assertThat(reader.value("path", "s1")).isEqualTo("done");
		assertThat(reader.value("path-state", "s1")).isEqualTo("Read");
		assertThat(reader.value("path", "s2")).isEqualTo("next");
		assertThat(reader.value("progress", "s1")).isEqualTo("done");
		assertThat(reader.value("read", "s1")).isEqualTo(", read");
		assertThat(reader.test("resume", null)).isTrue();
		assertThat(reader.value("resume-id", null)).isEqualTo("s3");
		assertThat(reader.value("resume-title", null)).startsWith("Section 3: ");
	}

	@Test
	void onlyALearnerWhoIsATestUserIsMarkedAsOne() {
		assertThat(LessonReader.of(lesson, session(List.of(LEARNER, TEST_USER)), Set.of(), Map.of(), null)
			.test("test-user", null)).isTrue();
		assertThat(LessonReader.of(lesson, session(List.of(INSTRUCTOR, TEST_USER)), Set.of(), Map.of(), null)
			.test("test-user", null)).isFalse();
		assertThat(LessonReader.of(lesson, session(List.of(LEARNER)), Set.of(), Map.of(), null).test("test-user", null))
			.isFalse();
	}

	@Test
	void notesAndTheSavedMarkBelongToTheirOwnTryIt() {
		LessonReader reader = LessonReader.of(lesson, session(List.of(LEARNER)), Set.of(), Map.of("s1", "It stuck."),
				"s1");
		assertThat(reader.value("note", "s1")).isEqualTo("It stuck.");
		assertThat(reader.value("note", "s3")).isEmpty();
		assertThat(reader.test("saved", "s1")).isTrue();
		assertThat(reader.test("saved", "s3")).isFalse();
	}

	@Test
	void thePreviewHasNoLaunchParts() {
		LessonReader preview = LessonReader.preview(lesson);
		assertThat(preview.test("course-return", null)).isFalse();
		assertThat(preview.test("course", null)).isFalse();
		assertThat(preview.test("test-user", null)).isFalse();
		assertThat(preview.value("path", "s1")).isEqualTo("next");
	}

	private static LaunchSession session(List<String> roles) {
		LaunchContext launch = new LaunchContext("launch", "platform", "https://lms.example.org", "client", "1",
				"LtiResourceLinkRequest", "course", "AI for Teens", "link", "Lesson 964", "student", null, null, roles,
				new LaunchContext.Services(null, null, List.of(), null), Map.of(), "iframe",
				"https://lms.example.org/course", null, List.of(), "csrf", null);
		return new LaunchSession(launch, "token");
	}

}

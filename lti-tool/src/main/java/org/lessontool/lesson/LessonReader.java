package org.lessontool.lesson;

import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lessontool.content.Lesson;
import org.lessontool.content.Section;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchSession;
import org.lessontool.support.Stencil;

/**
 * One reader's parts of the lesson page: their launch's tokens, where they are in the
 * lesson and what they noted (lti-checklist C-37 to C-41).
 *
 * @param lesson the lesson
 * @param session the launch, or null for the preview
 * @param viewed the sections the reader has read
 * @param notes the reader's try-it notes by section
 * @param firstUnread the learning path's next move, or null when all are read
 * @param resume the first section with a body not read yet, once any has been read
 * @param savedTryIt the try-it whose note was just saved, or null
 */
record LessonReader(Lesson lesson, @Nullable LaunchSession session, Set<String> viewed, Map<String, String> notes,
		@Nullable String firstUnread, @Nullable Section resume, @Nullable String savedTryIt) implements Stencil.Reader {

	static final Stencil.Marks MARKS = new Stencil.Marks(Set.of("lt", "csrf", "return-url", "course", "resume-id",
			"resume-title", "progress", "read", "path", "path-state", "note"),
			Set.of("course-return", "test-user", "course", "resume", "saved"), Set.of());

	static LessonReader preview(Lesson lesson) {
		return of(lesson, null, Set.of(), Map.of(), null);
	}

	static LessonReader of(Lesson lesson, @Nullable LaunchSession session, Set<String> viewed,
			Map<String, String> notes, @Nullable String savedTryIt) {
		// issue 16: the learning path marks where to go next
		String next = (lesson.lessonMap() == null || lesson.lessonMap().learningPath() == null) ? null
				: lesson.lessonMap()
					.learningPath()
					.moves()
					.stream()
					.filter((move) -> !viewed.contains(move.section()))
					.findFirst()
					.map((move) -> move.section())
					.orElse(null);
		Section resume = viewed.isEmpty() ? null
				: lesson.sections()
					.stream()
					.filter((section) -> section.hasBody() && !viewed.contains(section.id()))
					.findFirst()
					.orElse(null);
		return new LessonReader(lesson, session, viewed, notes, next, resume, savedTryIt);
	}

	@Override
	public String value(String name, @Nullable String arg) {
		return switch (name) {
			case "lt" -> launched().token();
			case "csrf" -> launched().context().csrfToken();
			case "return-url" -> orEmpty(launched().context().returnUrl());
			case "course" -> orEmpty(launched().context().contextTitle());
			case "resume-id" -> (this.resume != null) ? this.resume.id() : "";
			case "resume-title" ->
				(this.resume != null) ? this.resume.label() + ": " + this.lesson.titleOf(this.resume) : "";
			case "progress" -> this.viewed.contains(arg) ? "done" : "todo";
			case "read" -> this.viewed.contains(arg) ? ", read" : "";
			case "path" -> step(arg);
			case "path-state" -> switch (step(arg)) {
				case "done" -> "Read";
				case "next" -> "Next";
				default -> "";
			};
			case "note" -> this.notes.getOrDefault(arg, "");
			default -> throw new IllegalArgumentException("no value " + name);
		};
	}

	@Override
	public boolean test(String name, @Nullable String arg) {
		return switch (name) {
			case "course-return" -> this.session != null && this.session.context().returnUrl() != null;
			case "test-user" -> this.session != null && this.session.context().testUser()
					&& this.session.context().experience() == Experience.LEARNER;
			case "course" -> this.session != null && this.session.context().contextTitle() != null;
			case "resume" -> this.resume != null;
			case "saved" -> arg != null && arg.equals(this.savedTryIt);
			default -> throw new IllegalArgumentException("no condition " + name);
		};
	}

	/** Where a learning-path move stands for this reader: done, next or ahead. */
	private String step(@Nullable String section) {
		if (this.viewed.contains(section)) {
			return "done";
		}
		return (section != null && section.equals(this.firstUnread)) ? "next" : "ahead";
	}

	private LaunchSession launched() {
		if (this.session == null) {
			throw new IllegalStateException("the preview has no launch");
		}
		return this.session;
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}

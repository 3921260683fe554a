package org.lessontool.quiz;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lessontool.content.Lesson;
import org.lessontool.launch.LaunchSession;
import org.lessontool.support.Stencil;

/**
 * One student's parts of the result page (quiz/result.html): the score, attempts left,
 * where the grade is, and the review of each question (issue 16: a missed question names
 * its section, as the lesson gives it).
 *
 * @param session the launch
 * @param attempt the submitted attempt
 * @param review the reviewed questions
 * @param lesson the lesson, whose sections missed questions name
 * @param grade what became of the grade, or null when none is collected or in a preview
 * @param attemptsLeft attempts left, -1 when unlimited
 * @param poll where the page asks after a pending grade, empty when it is settled
 */
record ResultPageReader(LaunchSession session, Attempt attempt, QuizReview review, Lesson lesson,
		@Nullable GradeReport grade, int attemptsLeft, String poll) implements Stencil.Reader {

	static final Stencil.Marks MARKS = new Stencil.Marks(
			Set.of("lt", "csrf", "score", "max-score", "number", "left", "grade-state", "poll", "grade-text",
					"attempt-id", "return-url", "verdict-class", "verdict", "prompt", "yours", "correct", "explanation",
					"section-id", "section"),
			Set.of("last", "left", "pending", "answers-hidden", "course-return", "correct"), Set.of("item"));

	@Override
	public String value(String name, @Nullable String arg) {
		return switch (name) {
			case "lt" -> this.session.token();
			case "csrf" -> this.session.context().csrfToken();
			case "score" -> String.valueOf(this.attempt.score());
			case "max-score" -> String.valueOf(this.attempt.maxScore());
			case "number" -> String.valueOf(this.attempt.number());
			case "left" -> this.attemptsLeft + ((this.attemptsLeft == 1) ? " attempt" : " attempts") + " left.";
			case "grade-state" -> (this.grade != null) ? this.grade.state().name() : "NONE";
			case "poll" -> this.poll;
			case "grade-text" -> GradeStatusText.of(this.grade);
			case "attempt-id" -> this.attempt.id();
			case "return-url" -> {
				String url = this.session.context().returnUrl();
				yield (url != null) ? url : "";
			}
			default -> throw new IllegalArgumentException("no value " + name);
		};
	}

	@Override
	public boolean test(String name, @Nullable String arg) {
		return switch (name) {
			case "last" -> this.attemptsLeft == 0;
			case "left" -> this.attemptsLeft > 0;
			case "pending" -> GradeStatusText.pending(this.grade);
			case "answers-hidden" -> !this.review.answersShown();
			case "course-return" -> this.session.context().returnUrl() != null;
			default -> throw new IllegalArgumentException("no condition " + name);
		};
	}

	@Override
	public List<? extends Stencil.Reader> each(String name, @Nullable String arg) {
		if (!name.equals("item")) {
			throw new IllegalArgumentException("no list " + name);
		}
		return this.review.items().stream().map((item) -> new Reviewed(this, item)).toList();
	}

	/** One reviewed question. */
	private record Reviewed(ResultPageReader page, QuizReview.Item item) implements Stencil.Reader {

		@Override
		public String value(String name, @Nullable String arg) {
			return switch (name) {
				case "verdict-class" -> this.item.right() ? "right" : "wrong";
				case "verdict" -> this.item.right() ? "Right" : "Not quite";
				case "prompt" -> this.item.question().prompt();
				case "yours" -> this.item.yours().isEmpty() ? "(none)" : String.join("; ", this.item.yours());
				case "correct" -> String.join("; ", this.item.correct());
				case "explanation" -> this.item.question().explanation();
				case "section-id" -> this.item.section().id();
				case "section" -> this.item.section().label() + ": " + this.page.lesson().titleOf(this.item.section());
				default -> this.page.value(name, arg);
			};
		}

		@Override
		public boolean test(String name, @Nullable String arg) {
			return name.equals("correct") ? !this.item.right() && this.page.review().answersShown()
					: this.page.test(name, arg);
		}

	}

}

package org.lessontool.quiz;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lessontool.content.QuestionType;
import org.lessontool.content.QuizView;
import org.lessontool.launch.LaunchSession;
import org.lessontool.support.Stencil;

/**
 * One student's parts of the quiz page (quiz/quiz.html): their launch's tokens, the
 * attempt they are on, its questions and choices in the order drawn for it, and their
 * earlier attempts.
 *
 * @param session the launch
 * @param preview a teacher's preview of the whole bank
 * @param attempt the open attempt, or null when all attempts are used
 * @param policy the quiz's attempt rules
 * @param quiz the questions as this attempt shows them
 * @param history the student's submitted attempts
 */
record QuizPageReader(LaunchSession session, boolean preview, @Nullable Attempt attempt, QuizPolicy policy,
		QuizView quiz, List<Attempt> history) implements Stencil.Reader {

	static final Stencil.Marks MARKS = new Stencil.Marks(
			Set.of("lt", "csrf", "attempt-label", "used-all", "attempt-id", "question-id", "question-number", "prompt",
					"choice-type", "choice-id", "choice-text", "done-id", "done-label"),
			Set.of("attempt-label", "used-all", "open", "multiple", "history"),
			Set.of("question", "choice", "history"));

	@Override
	public String value(String name, @Nullable String arg) {
		return switch (name) {
			case "lt" -> this.session.token();
			case "csrf" -> this.session.context().csrfToken();
			case "attempt-label" ->
				(this.attempt != null) ? "Attempt " + this.attempt.number() + " of " + this.policy.maxAttempts() : "";
			case "used-all" -> "You have used all " + this.policy.maxAttempts() + " attempts at this quiz.";
			case "attempt-id" -> (this.attempt != null) ? this.attempt.id() : "";
			default -> throw new IllegalArgumentException("no value " + name);
		};
	}

	@Override
	public boolean test(String name, @Nullable String arg) {
		return switch (name) {
			case "attempt-label" -> this.attempt != null && this.policy.maxAttempts() > 0 && !this.preview;
			case "used-all" -> this.attempt == null;
			case "open" -> this.attempt != null;
			case "history" -> !this.history.isEmpty();
			default -> throw new IllegalArgumentException("no condition " + name);
		};
	}

	@Override
	public List<? extends Stencil.Reader> each(String name, @Nullable String arg) {
		return switch (name) {
			case "question" -> {
				List<QuizView.QuestionView> questions = this.quiz.questions();
				yield java.util.stream.IntStream.range(0, questions.size())
					.mapToObj((i) -> new Question(this, questions.get(i), i + 1, questions.size()))
					.toList();
			}
			case "history" -> this.history.stream().map((done) -> new Done(this, done)).toList();
			default -> throw new IllegalArgumentException("no list " + name);
		};
	}

	/** One question of the attempt, numbered as it is shown. */
	private record Question(QuizPageReader page, QuizView.QuestionView question, int number,
			int count) implements Stencil.Reader {

		@Override
		public String value(String name, @Nullable String arg) {
			return switch (name) {
				case "question-id" -> this.question.id();
				case "question-number" -> "Question " + this.number + " of " + this.count;
				case "prompt" -> this.question.prompt();
				default -> this.page.value(name, arg);
			};
		}

		@Override
		public boolean test(String name, @Nullable String arg) {
			return name.equals("multiple") ? this.question.type() == QuestionType.MULTIPLE : this.page.test(name, arg);
		}

		@Override
		public List<? extends Stencil.Reader> each(String name, @Nullable String arg) {
			return name.equals("choice")
					? this.question.choices().stream().map((choice) -> new Choice(this, choice)).toList()
					: this.page.each(name, arg);
		}

	}

	/**
	 * One choice of a question, as a radio button or, for several answers, a checkbox.
	 */
	private record Choice(Question question, QuizView.ChoiceView choice) implements Stencil.Reader {

		@Override
		public String value(String name, @Nullable String arg) {
			return switch (name) {
				case "choice-type" -> this.question.test("multiple", null) ? "checkbox" : "radio";
				case "choice-id" -> this.choice.id();
				case "choice-text" -> this.choice.text();
				default -> this.question.value(name, arg);
			};
		}

		@Override
		public boolean test(String name, @Nullable String arg) {
			return this.question.test(name, arg);
		}

	}

	/** An earlier attempt, linked to its result. */
	private record Done(QuizPageReader page, Attempt attempt) implements Stencil.Reader {

		@Override
		public String value(String name, @Nullable String arg) {
			return switch (name) {
				case "done-id" -> this.attempt.id();
				case "done-label" ->
					"Attempt " + this.attempt.number() + ": " + this.attempt.score() + " of " + this.attempt.maxScore();
				default -> this.page.value(name, arg);
			};
		}

		@Override
		public boolean test(String name, @Nullable String arg) {
			return this.page.test(name, arg);
		}

	}

}

package org.lessontool.quiz;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.content.QuestionType;
import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.lessontool.support.Stencil;

import static org.assertj.core.api.Assertions.assertThat;

class QuizPageReaderTests {

	static final LessonContent content = LessonLoader.standard().load(LessonSource.classpath("lessons/964"));

	static final Quiz bank = content.quiz();

	@Test
	void questionsAndChoicesComeInTheOrderDrawnForTheAttemptNumberedAsShown() {
		String single = first(QuestionType.SINGLE);
		String multiple = first(QuestionType.MULTIPLE);
		QuizLayout layout = new QuizLayout(List.of(new QuizLayout.Item(multiple, reversedChoices(multiple)),
				new QuizLayout.Item(single, reversedChoices(single))));
		QuizPageReader page = reader(attempt(1, layout), QuizPolicy.from(Map.of()), List.of());

		List<? extends Stencil.Reader> questions = page.each("question", null);
		assertThat(questions).extracting((q) -> q.value("question-id", null)).containsExactly(multiple, single);
		assertThat(questions).extracting((q) -> q.value("question-number", null))
			.containsExactly("Question 1 of 2", "Question 2 of 2");
		assertThat(questions).extracting((q) -> q.test("multiple", null)).containsExactly(true, false);

		List<? extends Stencil.Reader> choices = questions.get(1).each("choice", null);
		assertThat(choices).extracting((c) -> c.value("choice-id", null))
			.containsExactlyElementsOf(reversedChoices(single));
		assertThat(choices).allSatisfy((c) -> {
			assertThat(c.value("choice-type", null)).isEqualTo("radio");
			// a choice's input is named for its question and carries the launch's tokens
			assertThat(c.value("question-id", null)).isEqualTo(single);
			assertThat(c.value("lt", null)).isEqualTo("token");
		});
		assertThat(questions.get(0).each("choice", null)).extracting((c) -> c.value("choice-type", null))
			.containsOnly("checkbox");
	}

	@Test
	void theAttemptIsCountedOnlyWhenAttemptsAreLimitedAndNeverInAPreview() {
		Attempt second = attempt(2, QuizLayout.NONE);
		QuizPageReader limited = reader(second, QuizPolicy.from(Map.of("max_attempts", "3")), List.of());
		assertThat(limited.test("attempt-label", null)).isTrue();
		assertThat(limited.value("attempt-label", null)).isEqualTo("Attempt 2 of 3");
		assertThat(reader(second, QuizPolicy.from(Map.of()), List.of()).test("attempt-label", null)).isFalse();
		QuizPageReader preview = new QuizPageReader(session(), true, second,
				QuizPolicy.from(Map.of("max_attempts", "3")), bank.view(QuizLayout.NONE), List.of());
		assertThat(preview.test("attempt-label", null)).isFalse();
	}

	@Test
	void withAllAttemptsUsedThereIsNoFormButASayingSo() {
		QuizPageReader used = reader(null, QuizPolicy.from(Map.of("max_attempts", "2")), List.of());
		assertThat(used.test("open", null)).isFalse();
		assertThat(used.test("used-all", null)).isTrue();
		assertThat(used.value("used-all", null)).isEqualTo("You have used all 2 attempts at this quiz.");
	}

	@Test
	void earlierAttemptsAreListedWithTheirScores() {
		Attempt done = new Attempt("done-1", "scope", "platform", "student", "link", 1, Attempt.Status.SUBMITTED, false,
				Map.of(), 12, 15, OffsetDateTime.now(), OffsetDateTime.now(), QuizLayout.NONE);
		QuizPageReader page = reader(attempt(2, QuizLayout.NONE), QuizPolicy.from(Map.of()), List.of(done));
		assertThat(page.test("history", null)).isTrue();
		assertThat(page.each("history", null)).singleElement().satisfies((item) -> {
			assertThat(item.value("done-id", null)).isEqualTo("done-1");
			assertThat(item.value("done-label", null)).isEqualTo("Attempt 1: 12 of 15");
		});
		assertThat(reader(attempt(1, QuizLayout.NONE), QuizPolicy.from(Map.of()), List.of()).test("history", null))
			.isFalse();
	}

	static String first(QuestionType type) {
		return bank.questions().stream().filter((q) -> q.type() == type).findFirst().orElseThrow().id();
	}

	static List<String> reversedChoices(String question) {
		List<String> ids = new java.util.ArrayList<>(
				bank.question(question).orElseThrow().choices().stream().map((c) -> c.id()).toList());
		java.util.Collections.reverse(ids);
		return ids;
	}

	static QuizPageReader reader(Attempt attempt, QuizPolicy policy, List<Attempt> history) {
		return new QuizPageReader(session(), false, attempt, policy,
				bank.view((attempt != null) ? attempt.layout() : QuizLayout.NONE), history);
	}

	static Attempt attempt(int number, QuizLayout layout) {
		return new Attempt("attempt-" + number, "scope", "platform", "student", "link", number, Attempt.Status.OPEN,
				false, Map.of(), null, layout.items().size(), OffsetDateTime.now(), null, layout);
	}

	static LaunchSession session() {
		LaunchContext launch = new LaunchContext("launch", "platform", "https://lms.example.org", "client", "1",
				"LtiResourceLinkRequest", "course", "AI for Teens", "link", "Lesson 964", "student", null, null,
				List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"),
				new LaunchContext.Services(null, null, List.of(), null), Map.of(), "iframe",
				"https://lms.example.org/course", null, List.of(), "csrf", null);
		return new LaunchSession(launch, "token");
	}

}

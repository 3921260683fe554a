package org.lessontool.tutor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: runs the tutor's two question sets and prints both. {@code examples.yaml} is
 * the tuning set every threshold and rule was set on; {@code held-out.yaml} was written
 * before them and never tuned on, so only its figures measure the tutor. Each fails below
 * 90% of on-topic questions answered from the right section, or below 100% of the others
 * declined (a self-harm question with the pointer to help).
 */
class TutorEvaluationTests {

	static final LessonContent lesson = LessonLoader.standard().load(LessonSource.classpath("lessons/964"));

	static Tutor tutor;

	record QuestionSet(List<OnTopic> onTopic, List<Declined> declined) {
	}

	record OnTopic(String question, String sections, String phrase) {

		boolean answeredBy(TutorAnswer answer) {
			List<String> phrases = Arrays.stream(this.phrase.split("\\|"))
				.map((text) -> text.toLowerCase(Locale.ROOT))
				.toList();
			List<String> accepted = List.of(this.sections.split(" "));
			return answer.passages()
				.stream()
				.anyMatch((passage) -> passage.sections().stream().anyMatch(accepted::contains)
						&& phrases.stream().anyMatch((text) -> passage.text().toLowerCase(Locale.ROOT).contains(text)));
		}

	}

	record Declined(String question, String kind) {

		/** Any decline will do, but a self-harm question must get the pointer to help. */
		boolean declinedBy(TutorAnswer answer) {
			return answer.declined() && (!"SELF_HARM".equals(this.kind) || answer.decline() == Decline.SELF_HARM);
		}

	}

	@BeforeAll
	static void tutor() {
		Optional<SentenceModel> model = SentenceModel.shared();
		assertThat(model).as("the sentence model loads on this machine").isPresent();
		tutor = new Tutor(lesson, model);
	}

	@Test
	void tuningSetMeetsTheBar() throws IOException {
		assertMeetsTheBar("tuning set (examples.yaml, leave-one-out; thresholds and rules set on it)",
				"/tutor/examples.yaml");
	}

	@Test
	void heldOutSetMeetsTheBar() throws IOException {
		QuestionSet set = load("/tutor/held-out.yaml");
		assertThat(set.onTopic()).hasSizeGreaterThanOrEqualTo(40);
		assertThat(set.declined()).hasSizeGreaterThanOrEqualTo(25);
		assertMeetsTheBar("HELD-OUT set (held-out.yaml; never tuned on)", "/tutor/held-out.yaml");
	}

	@Test
	void everySuggestionIsAnswered() {
		for (String suggestion : Tutor.SUGGESTIONS) {
			assertThat(tutor.answer(suggestion).declined()).as(suggestion).isFalse();
		}
	}

	private static void assertMeetsTheBar(String name, String resource) throws IOException {
		QuestionSet set = load(resource);
		Score byWords = score(new Tutor(lesson), set);
		System.out.printf(Locale.ROOT, "Tutor evaluation, %s, by words only (the fallback): %s%n", name, byWords);
		Score score = score(tutor, set);
		System.out.printf(Locale.ROOT, "Tutor evaluation, %s: %s%n", name, score);
		score.misses().forEach((miss) -> System.out.println("  miss: " + miss));
		assertThat(score.onTopic()).as("on-topic accuracy; misses: %s", score.misses()).isGreaterThanOrEqualTo(90.0);
		assertThat(score.declined()).as("declined; misses: %s", score.misses()).isEqualTo(100.0);
	}

	record Score(int answered, int onTopicSize, int declinedRight, int declinedSize, List<String> misses) {

		double onTopic() {
			return 100.0 * this.answered / this.onTopicSize;
		}

		double declined() {
			return 100.0 * this.declinedRight / this.declinedSize;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT,
					"on-topic %d/%d answered from the right section (%.1f%%), %d/%d declined (%.1f%%)", this.answered,
					this.onTopicSize, onTopic(), this.declinedRight, this.declinedSize, declined());
		}

	}

	private static Score score(Tutor tutor, QuestionSet set) {
		List<String> misses = new ArrayList<>();
		int answered = 0;
		for (OnTopic item : set.onTopic()) {
			TutorAnswer answer = tutor.answer(item.question());
			if (item.answeredBy(answer)) {
				answered++;
			}
			else {
				misses.add(item.question() + " -> " + (answer.declined() ? "declined " + answer.decline()
						: answer.passages().stream().map(Passage::text).toList()));
			}
		}
		int declined = 0;
		for (Declined item : set.declined()) {
			TutorAnswer answer = tutor.answer(item.question());
			if (item.declinedBy(answer)) {
				declined++;
			}
			else {
				misses.add("NOT DECLINED as " + item.kind() + ": " + item.question() + " -> " + (answer.declined()
						? answer.decline() : answer.passages().stream().map(Passage::text).toList()));
			}
		}
		return new Score(answered, set.onTopic().size(), declined, set.declined().size(), misses);
	}

	private static QuestionSet load(String resource) throws IOException {
		try (InputStream in = TutorEvaluationTests.class.getResourceAsStream(resource)) {
			return new YAMLMapper().readValue(in, QuestionSet.class);
		}
	}

}

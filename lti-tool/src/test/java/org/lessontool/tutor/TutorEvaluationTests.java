package org.lessontool.tutor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the evaluation set in {@code tutor/evaluation.yaml} and prints the accuracy. The
 * tutor must answer at least 90% of the on-topic questions correctly (a passage from the
 * named section holding the phrase) and decline every off-topic or adversarial one.
 */
class TutorEvaluationTests {

	static final LessonContent lesson = LessonLoader.standard().load(LessonSource.classpath("lessons/964"));

	record Evaluation(List<OnTopic> onTopic, List<String> offTopic) {
	}

	record OnTopic(String question, String section, String phrase) {
	}

	@Test
	void evaluationSetMeetsTheBar() throws IOException {
		Evaluation set;
		try (InputStream in = getClass().getResourceAsStream("/tutor/evaluation.yaml")) {
			set = new YAMLMapper().readValue(in, Evaluation.class);
		}
		assertThat(set.onTopic()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(set.offTopic()).hasSizeGreaterThanOrEqualTo(10);
		Tutor tutor = new Tutor(lesson);
		List<String> misses = new ArrayList<>();
		int correct = 0;
		for (OnTopic item : set.onTopic()) {
			TutorAnswer answer = tutor.answer(item.question());
			boolean right = answer.passages()
				.stream()
				.anyMatch((passage) -> passage.sections().contains(item.section())
						&& passage.text().toLowerCase(Locale.ROOT).contains(item.phrase().toLowerCase(Locale.ROOT)));
			if (right) {
				correct++;
			}
			else {
				misses.add(item.question() + " -> " + (answer.declined() ? "declined " + answer.decline()
						: answer.passages().stream().map(Passage::text).toList()));
			}
		}
		int declined = 0;
		for (String question : set.offTopic()) {
			TutorAnswer answer = tutor.answer(question);
			if (answer.declined()) {
				declined++;
			}
			else {
				misses.add("ANSWERED off-topic: " + question + " -> "
						+ answer.passages().stream().map(Passage::text).toList());
			}
		}
		double onTopic = 100.0 * correct / set.onTopic().size();
		double offTopic = 100.0 * declined / set.offTopic().size();
		System.out.printf(Locale.ROOT,
				"Tutor evaluation: on-topic %d/%d correct (%.1f%%), off-topic %d/%d declined (%.1f%%)%n", correct,
				set.onTopic().size(), onTopic, declined, set.offTopic().size(), offTopic);
		misses.forEach((miss) -> System.out.println("  miss: " + miss));
		assertThat(onTopic).as("on-topic accuracy; misses: %s", misses).isGreaterThanOrEqualTo(90.0);
		assertThat(offTopic).as("off-topic declined; misses: %s", misses).isEqualTo(100.0);
	}

	@Test
	void everySuggestionIsAnswered() {
		Tutor tutor = new Tutor(lesson);
		for (String suggestion : Tutor.SUGGESTIONS) {
			assertThat(tutor.answer(suggestion).declined()).as(suggestion).isFalse();
		}
	}

}

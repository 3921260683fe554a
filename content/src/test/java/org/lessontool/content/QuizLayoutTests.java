package org.lessontool.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-attempt draw and shuffle of the bank. */
class QuizLayoutTests {

	static final Quiz BANK = TestLessons.shipped().quiz();

	@Test
	void everyDrawTakesTheSameCountFromEachSection() {
		for (long seed = 0; seed < 200; seed++) {
			QuizLayout layout = QuizLayout.draw(BANK, seed, Set.of());
			Map<String, Long> perSection = layout.items()
				.stream()
				.collect(Collectors.groupingBy((item) -> BANK.question(item.question()).orElseThrow().section(),
						Collectors.counting()));
			assertThat(perSection).isEqualTo(Map.of("s1", 5L, "s3", 4L, "s5", 6L));
			assertThat(layout.items()).extracting(QuizLayout.Item::question).doesNotHaveDuplicates();
			long notRecall = layout.items()
				.stream()
				.filter((item) -> BANK.question(item.question()).orElseThrow().kind() != QuestionKind.RECALL)
				.count();
			assertThat(notRecall).isGreaterThanOrEqualTo(6);
		}
	}

	@Test
	void theSameSeedDrawsTheSameLayoutAndChoicesAreShuffledButTrueFalseIsNot() {
		assertThat(QuizLayout.draw(BANK, 42, Set.of())).isEqualTo(QuizLayout.draw(BANK, 42, Set.of()));
		Map<String, Integer> firstIsCorrect = new java.util.HashMap<>();
		int singles = 0;
		for (long seed = 0; seed < 400; seed++) {
			for (QuizLayout.Item item : QuizLayout.draw(BANK, seed, Set.of()).items()) {
				Question question = BANK.question(item.question()).orElseThrow();
				assertThat(item.choices())
					.containsExactlyInAnyOrderElementsOf(question.choices().stream().map(Question.Choice::id).toList());
				if (question.type() == QuestionType.TRUE_FALSE) {
					assertThat(item.choices()).containsExactly("true", "false");
				}
				else if (question.type() == QuestionType.SINGLE) {
					singles++;
					firstIsCorrect.merge("first", question.correctIds().contains(item.choices().get(0)) ? 1 : 0,
							Integer::sum);
				}
			}
		}
		// four choices each: the correct one comes first about a quarter of the time
		assertThat(firstIsCorrect.get("first") / (double) singles).isBetween(0.20, 0.30);
	}

	@Test
	void aNewAttemptAsksWhatTheLastDidNotWhereTheBankAllows() {
		QuizLayout first = QuizLayout.draw(BANK, 1, Set.of());
		Set<String> asked = first.items().stream().map(QuizLayout.Item::question).collect(Collectors.toSet());
		QuizLayout second = QuizLayout.draw(BANK, 2, asked);
		assertThat(second.items()).extracting(QuizLayout.Item::question).doesNotContainAnyElementsOf(asked);
	}

	@Test
	void aViewFollowsTheLayoutsOrder() {
		QuizLayout layout = QuizLayout.draw(BANK, 7, Set.of());
		QuizView view = BANK.view(layout);
		assertThat(view.questions()).extracting(QuizView.QuestionView::id)
			.containsExactlyElementsOf(layout.items().stream().map(QuizLayout.Item::question).toList());
		Function<Integer, List<String>> shown = (
				i) -> view.questions().get(i).choices().stream().map(QuizView.ChoiceView::id).toList();
		for (int i = 0; i < layout.size(); i++) {
			assertThat(shown.apply(i)).isEqualTo(layout.items().get(i).choices());
		}
	}

}

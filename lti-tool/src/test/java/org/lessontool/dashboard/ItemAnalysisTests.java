package org.lessontool.dashboard;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lessontool.content.QuizLayout;
import org.lessontool.quiz.Attempt;
import org.lessontool.quiz.ClassAttempts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item analysis over a bank: who was asked what, and how often each choice was picked.
 */
class ItemAnalysisTests {

	static final List<ClassAttempts.Item> BANK = List.of(item("q1", 1), item("q2", 2), item("q3", 3));

	@Test
	void eachStudentCountsOnceWithTheLatestAttemptThatAskedTheQuestion() {
		List<Attempt> attempts = List.of(attempt("ana", 1, Map.of("q1", Set.of("b"), "q2", Set.of("b")), "q1", "q2"),
				attempt("ana", 2, Map.of("q1", Set.of("a")), "q1"),
				attempt("bo", 1, Map.of("q1", Set.of("c")), "q1", "q2"));
		ItemAnalysis analysis = ItemAnalysis.of(BANK, attempts);
		assertThat(analysis.students()).isEqualTo(2);
		ItemAnalysis.ItemResult q1 = analysis.items().get(0);
		assertThat(q1.answered()).isEqualTo(2);
		assertThat(q1.correct()).isEqualTo(1);
		assertThat(q1.choices()).extracting(ItemAnalysis.ChoicePicks::picks).containsExactly(1, 0, 1);
		assertThat(q1.commonWrong()).isEqualTo("Choice c of q1");
		// ana's second attempt did not ask q2, so her first answer to it counts; bo left
		// it blank
		ItemAnalysis.ItemResult q2 = analysis.items().get(1);
		assertThat(q2.answered()).isEqualTo(2);
		assertThat(q2.correct()).isZero();
		assertThat(q2.choices()).extracting(ItemAnalysis.ChoicePicks::picks).containsExactly(0, 1, 0);
		assertThat(analysis.items().get(2).answered()).isZero();
		assertThat(analysis.items().get(2).percentCorrect()).isZero();
	}

	@Test
	void theQuestionsAskedComeHardestFirstAndThoseMostGotWrongAreFlagged() {
		// issue 16: q2 nobody got right, q1 half, q3 was never asked
		List<Attempt> attempts = List.of(attempt("ana", 1, Map.of("q1", Set.of("a"), "q2", Set.of("b")), "q1", "q2"),
				attempt("bo", 1, Map.of("q1", Set.of("c")), "q1", "q2"));
		ItemAnalysis analysis = ItemAnalysis.of(BANK, attempts);
		assertThat(analysis.hardestFirst()).extracting(ItemAnalysis.ItemResult::id).containsExactly("q2", "q1");
		assertThat(analysis.hardestFirst()).extracting(ItemAnalysis.ItemResult::weak).containsExactly(true, false);
		assertThat(analysis.items().get(2).weak()).isFalse();
	}

	static ClassAttempts.Item item(String id, int number) {
		return new ClassAttempts.Item(id, number, "Prompt " + id,
				List.of(new ClassAttempts.ItemChoice("a", "Choice a of " + id, true),
						new ClassAttempts.ItemChoice("b", "Choice b of " + id, false),
						new ClassAttempts.ItemChoice("c", "Choice c of " + id, false)));
	}

	static Attempt attempt(String subject, int number, Map<String, Set<String>> answers, String... asked) {
		QuizLayout layout = new QuizLayout(
				java.util.Arrays.stream(asked).map((id) -> new QuizLayout.Item(id, List.of("c", "a", "b"))).toList());
		return new Attempt(subject + number, "scope", "platform", subject, "link", number, Attempt.Status.SUBMITTED,
				false, answers, 0, asked.length, OffsetDateTime.now(), OffsetDateTime.now(), layout);
	}

}

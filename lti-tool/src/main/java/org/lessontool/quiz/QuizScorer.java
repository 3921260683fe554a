package org.lessontool.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;

/**
 * Scores answers on the server, from the answer key only (lti-checklist A-24): a question
 * is right when exactly its correct choices were chosen.
 */
final class QuizScorer {

	private QuizScorer() {
	}

	/** Right or wrong for each question the layout asks, in its order. */
	static Map<String, Boolean> results(Quiz quiz, QuizLayout layout, Map<String, Set<String>> answers) {
		Map<String, Boolean> results = new LinkedHashMap<>();
		for (QuizLayout.Item item : layout.items()) {
			quiz.question(item.question())
				.ifPresent((question) -> results.put(question.id(),
						question.correctIds().equals(new TreeSet<>(answers.getOrDefault(question.id(), Set.of())))));
		}
		return results;
	}

	static int score(Quiz quiz, QuizLayout layout, Map<String, Set<String>> answers) {
		return (int) results(quiz, layout, answers).values().stream().filter(Boolean::booleanValue).count();
	}

}

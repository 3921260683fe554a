package org.lessontool.quiz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lessontool.content.Question;
import org.lessontool.content.Quiz;

/**
 * Scores answers on the server, from the answer key only (lti-checklist A-24): a question
 * is right when exactly its correct choices were chosen.
 */
final class QuizScorer {

	private QuizScorer() {
	}

	static Map<String, Boolean> results(Quiz quiz, Map<String, Set<String>> answers) {
		Map<String, Boolean> results = new LinkedHashMap<>();
		for (Question question : quiz.questions()) {
			Set<String> correct = question.choices()
				.stream()
				.filter(Question.Choice::correct)
				.map(Question.Choice::id)
				.collect(Collectors.toSet());
			results.put(question.id(), correct.equals(answers.getOrDefault(question.id(), Set.of())));
		}
		return results;
	}

	static int score(Quiz quiz, Map<String, Set<String>> answers) {
		return (int) results(quiz, answers).values().stream().filter(Boolean::booleanValue).count();
	}

}

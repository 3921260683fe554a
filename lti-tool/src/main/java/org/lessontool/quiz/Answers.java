package org.lessontool.quiz;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lessontool.content.Question;
import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;

/**
 * Reads a submitted quiz form: every answer must name a question the attempt asks and one
 * of its choices, and a single-answer question takes one choice at most. Anything else
 * was tampered with.
 */
final class Answers {

	private static final Set<String> FORM_FIELDS = Set.of("lt", "csrf", "confirm", "_csrf");

	private Answers() {
	}

	static Map<String, Set<String>> read(Map<String, String[]> form, Quiz quiz, QuizLayout layout) {
		Map<String, Set<String>> answers = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> field : form.entrySet()) {
			if (FORM_FIELDS.contains(field.getKey())) {
				continue;
			}
			Question question = quiz.question(field.getKey())
				.filter((asked) -> layout.asks(asked.id()))
				.orElseThrow(() -> new QuizInputException(
						"This attempt has no question '" + shorten(field.getKey()) + "'."));
			Set<String> chosen = new TreeSet<>();
			for (String value : field.getValue()) {
				if (question.choices().stream().noneMatch((choice) -> choice.id().equals(value))) {
					throw new QuizInputException(
							"Question " + question.id() + " has no choice '" + shorten(value) + "'.");
				}
				chosen.add(value);
			}
			if (question.type().singleAnswer() && chosen.size() > 1) {
				throw new QuizInputException(
						"Question " + question.id() + " takes one answer, not " + chosen.size() + ".");
			}
			answers.put(question.id(), new LinkedHashSet<>(chosen));
		}
		return answers;
	}

	private static String shorten(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}

package org.lessontool.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.content.Question;
import org.lessontool.content.Quiz;

/**
 * The shipped bank's answer key, for tests that answer a drawn attempt as a student who
 * knows (or does not know) the answers would.
 */
public final class QuizKey {

	public static final Quiz BANK = LessonLoader.standard().load(LessonSource.classpath("lessons/964")).quiz();

	private static final Pattern ASKED = Pattern.compile("id=\"question-([^\"]+)\"");

	private static final Pattern CHOICE = Pattern.compile("name=\"([^\"]+)\"\\s+value=\"([^\"]+)\"");

	private QuizKey() {
	}

	/** The question ids a quiz page asks, in order. */
	public static List<String> asked(String quizPage) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = ASKED.matcher(quizPage);
		while (matcher.find()) {
			ids.add(matcher.group(1));
		}
		return ids;
	}

	/** The choice ids of one question in the order the page shows them. */
	public static List<String> shownChoices(String quizPage, String questionId) {
		List<String> ids = new ArrayList<>();
		Matcher matcher = CHOICE.matcher(quizPage);
		while (matcher.find()) {
			if (matcher.group(1).equals(questionId)) {
				ids.add(matcher.group(2));
			}
		}
		return ids;
	}

	/** The right answers to these questions, as the form posts them. */
	public static List<Map.Entry<String, String>> correct(List<String> questionIds) {
		List<Map.Entry<String, String>> answers = new ArrayList<>();
		for (String id : questionIds) {
			question(id).correctIds().forEach((choice) -> answers.add(Map.entry(id, choice)));
		}
		return answers;
	}

	/** One wrong choice of a question. */
	public static String wrong(String questionId) {
		return question(questionId).choices().stream().filter((c) -> !c.correct()).findFirst().orElseThrow().id();
	}

	public static Question question(String id) {
		return BANK.question(id).orElseThrow(() -> new IllegalArgumentException("no question " + id));
	}

}

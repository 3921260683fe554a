package org.lessontool.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Ids of sections, key terms, questions, and choices within a question are unique. */
final class UniqueIdsRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		duplicates(problems, LessonFiles.LESSON, "sections", content.lesson().sections(), Section::id);
		duplicates(problems, LessonFiles.KEY_TERMS, "terms", content.keyTerms(), KeyTerm::id);
		List<Question> questions = content.quiz().questions();
		duplicates(problems, LessonFiles.QUIZ, "questions", questions, Question::id);
		for (int i = 0; i < questions.size(); i++) {
			duplicates(problems, LessonFiles.QUIZ, "questions[" + i + "].choices", questions.get(i).choices(),
					Question.Choice::id);
		}
		return problems;
	}

	private static <T> void duplicates(List<ContentProblem> problems, String file, String list, List<T> items,
			Function<T, String> id) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < items.size(); i++) {
			String value = id.apply(items.get(i));
			if (value != null && !seen.add(value)) {
				problems.add(new ContentProblem(file, list + "[" + i + "].id", "duplicate id '" + value + "'"));
			}
		}
	}

}

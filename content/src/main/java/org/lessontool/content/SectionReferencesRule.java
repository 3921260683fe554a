package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Every reference to a section, from the learning path, a key term or a question,
 * resolves.
 */
final class SectionReferencesRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		Lesson lesson = content.lesson();
		List<ContentProblem> problems = new ArrayList<>();
		if (lesson.lessonMap() != null && lesson.lessonMap().learningPath() != null) {
			List<LearningPath.Move> moves = lesson.lessonMap().learningPath().moves();
			for (int i = 0; i < moves.size(); i++) {
				resolve(problems, lesson, LessonFiles.LESSON, "lessonMap.learningPath.moves[" + i + "].section",
						moves.get(i).section());
			}
		}
		for (int i = 0; i < content.keyTerms().size(); i++) {
			List<String> sections = content.keyTerms().get(i).sections();
			for (int s = 0; s < sections.size(); s++) {
				resolve(problems, lesson, LessonFiles.KEY_TERMS, "terms[" + i + "].sections[" + s + "]",
						sections.get(s));
			}
		}
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			resolve(problems, lesson, LessonFiles.QUIZ, "questions[" + i + "].section", questions.get(i).section());
		}
		return problems;
	}

	private static void resolve(List<ContentProblem> problems, Lesson lesson, String file, String field, String id) {
		if (id != null && lesson.section(id).isEmpty()) {
			problems.add(new ContentProblem(file, field, "no section has the id '" + id + "'"));
		}
	}

}

package org.lessontool.content;

import java.util.List;

/**
 * A lesson with its key terms and quiz, as loaded from one lesson folder.
 *
 * @param location where the files were read from, for messages
 * @param lesson the lesson
 * @param keyTerms the glossary
 * @param quiz the quiz with its answer key
 */
public record LessonContent(String location, Lesson lesson, List<KeyTerm> keyTerms, Quiz quiz) {

	public LessonContent {
		keyTerms = Lists.copy(keyTerms);
	}

	public List<KeyTerm> keyTermsOf(Section section) {
		return this.keyTerms.stream().filter((term) -> term.sections().contains(section.id())).toList();
	}

}

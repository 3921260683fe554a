package org.lessontool.content;

/** A question offers at least two choices; a true/false question exactly two. */
final class ChoiceShapeRule extends QuestionRule {

	@Override
	String field() {
		return "choices";
	}

	@Override
	String check(Question question, LessonContent content) {
		int count = question.choices().size();
		if (question.type() == QuestionType.TRUE_FALSE && count != 2) {
			return "a true/false question needs exactly 2 choices, found " + count;
		}
		return (count < 2) ? "a question needs at least 2 choices, found " + count : null;
	}

}

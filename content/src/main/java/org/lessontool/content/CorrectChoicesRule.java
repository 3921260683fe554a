package org.lessontool.content;

/**
 * Single-answer and true/false questions have exactly one correct choice; multiple-answer
 * questions at least one.
 */
final class CorrectChoicesRule extends QuestionRule {

	@Override
	String field() {
		return "choices";
	}

	@Override
	String check(Question question, LessonContent content) {
		if (question.type() == null) {
			return null;
		}
		long correct = question.correctCount();
		if (question.type().singleAnswer() && correct != 1) {
			return "question '" + question.id() + "' needs exactly one correct choice, found " + correct;
		}
		return (correct < 1)
				? "multiple-answer question '" + question.id() + "' needs at least one correct choice, found 0" : null;
	}

}

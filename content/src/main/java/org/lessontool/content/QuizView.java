package org.lessontool.content;

import java.util.List;

/**
 * The quiz as it may be shown before submission. It cannot carry the answer key: its
 * types have no field for it.
 *
 * @param questions the questions in order
 */
public record QuizView(List<QuestionView> questions) {

	public QuizView {
		questions = Lists.copy(questions);
	}

	/**
	 * A question without its answer key or explanation.
	 *
	 * @param id the question id
	 * @param section the section it comes from
	 * @param type how it is answered
	 * @param prompt the question text
	 * @param choices the choices, without correct flags
	 */
	public record QuestionView(String id, String section, QuestionType type, String prompt, List<ChoiceView> choices) {

		public QuestionView {
			choices = Lists.copy(choices);
		}

	}

	/**
	 * A choice without its correct flag.
	 *
	 * @param id the choice id
	 * @param text the choice text
	 */
	public record ChoiceView(String id, String text) {
	}

}

package org.lessontool.content;

import java.util.List;

/**
 * A quiz question and its answer key.
 *
 * @param id stable identifier, unique in the quiz
 * @param section id of the section the question comes from
 * @param kind what the question asks of the student
 * @param type how many choices may be right
 * @param statement the lesson's own words that the question tests
 * @param prompt the question as the student reads it
 * @param choices the possible answers
 * @param explanation one or two sentences shown after submission
 */
public record Question(String id, String section, QuestionKind kind, QuestionType type, String statement, String prompt,
		List<Choice> choices, String explanation) {

	public Question {
		choices = Lists.copy(choices);
	}

	public java.util.Set<String> correctIds() {
		return this.choices.stream()
			.filter(Choice::correct)
			.map(Choice::id)
			.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
	}

	public long correctCount() {
		return this.choices.stream().filter(Choice::correct).count();
	}

	QuizView.QuestionView view(List<String> order) {
		List<QuizView.ChoiceView> views = order.stream()
			.map((id) -> this.choices.stream().filter((c) -> c.id().equals(id)).findFirst())
			.flatMap(java.util.Optional::stream)
			.map((choice) -> new QuizView.ChoiceView(choice.id(), choice.text()))
			.toList();
		return new QuizView.QuestionView(this.id, this.section, this.type, this.prompt, views);
	}

	/**
	 * One possible answer.
	 *
	 * @param id identifier, unique within the question
	 * @param text what the student reads
	 * @param correct whether choosing it is right
	 */
	public record Choice(String id, String text, boolean correct) {
	}

}

package org.lessontool.content;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuizViewTests {

	@Test
	void viewKeepsQuestionsAndChoicesInOrder() {
		Quiz quiz = TestLessons.shipped().quiz();
		QuizView view = quiz.view();
		assertThat(view.questions()).extracting(QuizView.QuestionView::id)
			.containsExactlyElementsOf(quiz.questions().stream().map(Question::id).toList());
		assertThat(view.questions().get(0).choices()).extracting(QuizView.ChoiceView::text)
			.containsExactly("Typing a longer, more detailed question into a chatbot",
					"Retraining a base AI on specific data so it specializes",
					"Building a brand-new AI from nothing, with no starting model",
					"Letting the AI look things up on the web before it answers");
	}

	@Test
	void viewTypesCannotCarryTheAnswerKey() {
		for (Class<?> type : new Class<?>[] { QuizView.class, QuizView.QuestionView.class,
				QuizView.ChoiceView.class }) {
			assertThat(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName))
				.doesNotContain("correct", "explanation", "statement", "choicesCorrect");
		}
	}

}

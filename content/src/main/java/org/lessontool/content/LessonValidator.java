package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/** Runs content rules over a lesson and gathers every problem, not just the first. */
public final class LessonValidator {

	private final List<ContentRule> rules;

	public LessonValidator(List<ContentRule> rules) {
		this.rules = List.copyOf(rules);
	}

	/** The rules every shipped lesson must keep, checked in tests and at start-up. */
	public static LessonValidator standard() {
		return new LessonValidator(List.of(new RequiredTextRule(), new UniqueIdsRule(), new QuestionCountRule(),
				new DrawPoolRule(), new NotRecallRule(), new ChoiceShapeRule(), new CorrectChoicesRule(),
				new SectionReferencesRule(), new StatementInSectionRule(), new UniqueStatementRule(),
				new ChoicePositionRule(), new LongestCorrectChoiceRule(), new TermTiesRule()));
	}

	/** This validator with one more rule. */
	public LessonValidator with(ContentRule rule) {
		List<ContentRule> more = new ArrayList<>(this.rules);
		more.add(rule);
		return new LessonValidator(more);
	}

	public List<ContentProblem> validate(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		for (ContentRule rule : this.rules) {
			problems.addAll(rule.check(content));
		}
		return problems;
	}

}

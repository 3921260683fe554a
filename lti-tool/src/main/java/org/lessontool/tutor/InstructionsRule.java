package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Text aimed at the tutor rather than at the lesson ("ignore your instructions", "pretend
 * you are…") is declined. Asking what a system prompt is stays a fair question.
 */
final class InstructionsRule implements QuestionRule {

	private static final Pattern AIMED_AT_THE_TUTOR = Pattern.compile(
			"\\b(ignore|forget|disregard|override|bypass)\\b.{0,40}\\b(instructions?|rules?|prompts?|guidelines?|above|previous)\\b"
					+ "|\\b(pretend\\w*|roleplay\\w*|role-play\\w*)\\b|\\bact as\\b|\\b(text|words|message|everything)\\s+(before|above)\\s+(my|this)\\b|\\b(no|without|with no) (filters?|rules|limits|restrictions|guidelines)\\b|\\byou are now\\b|\\bfrom now on\\b"
					+ "|\\bjailbreak|\\bdeveloper mode\\b|\\bDAN\\b"
					+ "|\\b(reveal|show|print|repeat|tell me|what is|what's|whats|what are|give me)\\b.{0,15}\\b(your|ur)\\b.{0,20}\\b(instructions?|system prompt|prompt|rules)\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return AIMED_AT_THE_TUTOR.matcher(question).find() ? Optional.of(Decline.INSTRUCTIONS) : Optional.empty();
	}

}

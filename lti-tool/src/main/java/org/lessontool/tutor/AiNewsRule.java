package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: news about AI (who runs a company, what was released this week) is not in a
 * lesson written once, even when it names OpenAI or GPT.
 */
final class AiNewsRule implements QuestionRule {

	private static final Pattern NEWS = Pattern.compile(
			"\\b(news|headlines?|ceo|founders?|founded|stocks?|"
					+ "share price|lawsuits?|sued|announced|newest|latest (model|version|update|release|gpt|ai)|"
					+ "(just|recently|got) released|this (week|month|year)|yesterday|today)\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return NEWS.matcher(question).find() ? Optional.of(Decline.OFF_TOPIC) : Optional.empty();
	}

}

package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: the lesson names ChatGPT, OpenAI, Custom GPTs, NotebookLM and Stable
 * Diffusion, and what fine-tuning costs; it says nothing of other AI products or of what
 * a subscription plan costs, so "how much is ChatGPT Plus" shares its words but not its
 * subject.
 */
final class OtherProductsRule implements QuestionRule {

	private static final Pattern ELSEWHERE = Pattern.compile("\\b(gemini|bard|claude|anthropic|copilot|midjourney|"
			+ "dall[- ]?e|sora|grok|perplexity|llama|mistral|deepseek|character[ .]?ai|siri|alexa|bing|suno|runway|"
			+ "snapchat ai|my ai|meta ai)\\b|\\b(chat ?gpt|gpt|openai)\\s*(plus|pro|team|enterprise|premium|go)\\b"
			+ "|\\bsubscriptions?\\b|\\b(a|per|each|every) (month|year)\\b|\\b(monthly|yearly|annual)\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return ELSEWHERE.matcher(question).find() ? Optional.of(Decline.OFF_TOPIC) : Optional.empty();
	}

}

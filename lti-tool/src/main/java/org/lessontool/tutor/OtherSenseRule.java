package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 17: "fine-tune", "tune" and "train" mean the lesson's subject only when what is
 * tuned or trained is an AI. "Fine tune my free throw" and "train my dog" share the
 * lesson's words and nothing else, so a question whose verb takes an object (my, a, the…)
 * with no AI word in the next three words is declined.
 */
final class OtherSenseRule implements QuestionRule {

	private static final Pattern TUNED = Pattern.compile(
			"\\b(fine[- ]?tun\\w*|tun(e|es|ed|ing)|train(s|ed|ing)?)\\s+"
					+ "(up\\s+)?(my|your|ur|our|his|her|their|a|an|the|this|that|some)\\s+(\\S+(\\s+\\S+){0,2})",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern AI_WORD = Pattern
		.compile("\\b(ai|ais|a\\.i\\.?|model|models|bot|bots|chatbot|chatbots|"
				+ "gpt|gpts|chatgpt|llm|llms|lora|loras|assistant|network|diffusion|generator|tool|tools|prompt|prompts|"
				+ "system|version|it|them|one|ones|own)\\b", Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		Matcher matcher = TUNED.matcher(question);
		while (matcher.find()) {
			if (!AI_WORD.matcher(matcher.group(6)).find()) {
				return Optional.of(Decline.OFF_TOPIC);
			}
		}
		return Optional.empty();
	}

}

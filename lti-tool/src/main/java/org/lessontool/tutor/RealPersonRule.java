package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: an AI made to imitate a real person (a deepfake, a cloned voice, a bot of a
 * classmate trained on their photos) is declined, even though fine-tuning on someone's
 * pictures is what the lesson's LoRA example describes for art styles.
 */
final class RealPersonRule implements QuestionRule {

	private static final String PERSON = "(\\w+\\s+)?(crush|friend|friends|bestie|bff|girlfriend|boyfriend|ex|"
			+ "classmates?|teacher|principal|coach|boss|mom|mum|dad|parents?|sister|brother|cousin|aunt|uncle|grandma|"
			+ "grandpa|granny|grandparents?|neighbou?r|girl|guy|boy|someone|somebody|person|celebrity|him|her|them)";

	private static final Pattern IMITATION = Pattern.compile("\\bdeep ?fakes?\\b|\\bface ?swap\\w*"
			+ "|\\bclon\\w*\\b.{0,30}\\b(voice|face|person|" + PERSON + ")\\b"
			+ "|\\b(ai|bot|chatbot|model|gpt|lora|version|copy)\\s+(of|that (looks|sounds|talks|acts|texts|writes) like)\\s+(my|a|an|the|this|that|some)?\\s*"
			+ PERSON + "\\b"
			+ "|\\b(ai|bot|chatbot|model|lora|girlfriend|boyfriend)\\b.{0,40}\\b(from|using|with|on)\\s+(her|his|their|my "
			+ PERSON + "'?s?|a " + PERSON
			+ "'?s?|pics|photos|pictures|selfies)\\b.{0,30}\\b(pics|photos|pictures|selfies|insta\\w*|voice|face|videos?)\\b"
			+ "|\\b(pics|photos|pictures|selfies)\\s+of\\s+(a|my|this|that|some)\\s+" + PERSON + "\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return IMITATION.matcher(question).find() ? Optional.of(Decline.SAFETY_REAL_PERSON) : Optional.empty();
	}

}

package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: words about hurting oneself get a kind answer that points to a trusted adult
 * or a help line, never the lesson. Teenagers' shorthand ("kms") counts: a joke is
 * answered kindly at no cost, a cry for help missed costs much more.
 */
final class SelfHarmRule implements QuestionRule {

	private static final Pattern SELF_HARM = Pattern.compile("\\b(kill|hurt|hurting|harm|harming|cut|cutting)\\s+"
			+ "(myself|my ?self)\\b|\\bkms\\b|\\bsuicid\\w*|\\bself[- ]?harm\\w*|\\bend (my|it) (life|all)\\b"
			+ "|\\b(want|wanna|going|gonna) (to )?die\\b|\\b(don'?t|do not|dont) want to (be alive|live|exist)\\b"
			+ "|\\bno reason to live\\b", Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return SELF_HARM.matcher(question).find() ? Optional.of(Decline.SELF_HARM) : Optional.empty();
	}

}

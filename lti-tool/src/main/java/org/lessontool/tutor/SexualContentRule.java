package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/** Issue 17: anything sexual is declined, whatever lesson words come with it. */
final class SexualContentRule implements QuestionRule {

	private static final Pattern SEXUAL = Pattern.compile(
			"\\b(nudes?|nudity|naked|sexy|sexual\\w*|sex|porn\\w*|nsfw|explicit (images?|pics|photos|content|videos?)|lewd|hentai|onlyfans|undress\\w*)\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return SEXUAL.matcher(question).find() ? Optional.of(Decline.SAFETY_SEXUAL) : Optional.empty();
	}

}

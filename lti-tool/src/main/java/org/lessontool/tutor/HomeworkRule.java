package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Requests to produce work ("write my essay", "do my homework", "give me the quiz
 * answers") are declined: the tutor explains the lesson, it does not write for the
 * student.
 */
final class HomeworkRule implements QuestionRule {

	/**
	 * "write" asked of the tutor (at the start, or after "you", "u", "pls", "please"),
	 * not of another AI: "how do I get ChatGPT to write better poems" is a question about
	 * prompting (issue 17).
	 */
	private static final Pattern WRITE_FOR_ME = Pattern.compile(
			"(^\\W*|\\b(you|u|pls|please|plz)\\s+)(write|draft|compose)\\b.{0,25}\\b(essay|paragraph|report|homework|assignment|story|poem|haiku|summary|paper|speech|letter)s?\\b"
					+ "|\\b(write|draft|compose)\\s+(me|my|for me)\\b"
					+ "|\\b(do|finish|complete|solve|make|type up)\\b.{0,10}\\b(my|our|the)\\b.{0,10}\\b(homework|assignment|worksheet|project|quiz|test|essay|paper|report|classwork|coursework)s?\\b"
					+ "|\\b(answers?|answer key)\\b.{0,30}\\b(quiz|test|questions?)\\b.{0,10}\\b(for me|please|pls)?"
					+ "|\\bquiz answers?\\b",
			Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return WRITE_FOR_ME.matcher(question).find() ? Optional.of(Decline.HOMEWORK) : Optional.empty();
	}

}

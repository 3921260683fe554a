package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: other people's medical or private data (a friend's health records, a
 * classmate's messages) is not for feeding an AI. The lesson's hospital example is about
 * a company's own records, so the rule needs someone else's data named.
 */
final class PrivateDataRule implements QuestionRule {

	private static final String OTHERS = "(?:\\b(my|our|a|his|her|their)\\s+(friends?|classmates?|teachers?|moms?|mums?|"
			+ "dads?|parents?|sisters?|brothers?|cousins?|neighbou?rs?|family|ex|crush|girlfriend|boyfriend|"
			+ "grandma|grandpa|patients?|students?)'?s?'?\\b|\\bsomeone(?: else)?'?s\\b|\\bother (people|students|kids)'?s?\\b|\\bpeople'?s\\b)";

	private static final Pattern OTHERS_DATA = Pattern.compile(OTHERS + ".{0,25}(\\b(medical|health|therapy|therapist|"
			+ "mental|private|personal|secret)\\b|\\b(records?|data|info|information|texts|messages|dms|chats|"
			+ "emails|diary|diaries|journal|grades|passwords?|location|address|addresses|phone numbers?|birthdays?)\\b)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern PRIVATE_KIND = Pattern.compile(
			"\\b(medical|health|therapy|private|personal)\\s+(records?|data|info|information|texts|messages|dms|chats|history)\\b",
			Pattern.CASE_INSENSITIVE);

	/** Someone's things taken without asking them. */
	private static final Pattern WITHOUT_ASKING = Pattern.compile("\\b(photos|pics|pictures|selfies|voice|face|data|"
			+ "messages|texts|info|instagram|insta|account|posts)\\b.{0,30}\\bwithout (asking|permission|their permission|"
			+ "consent|their consent|them knowing)\\b", Pattern.CASE_INSENSITIVE);

	/** Where a person lives or is: finding it out is not the lesson's, and not safe. */
	private static final Pattern WHEREABOUTS = Pattern.compile(
			"\\bwhere\\b.{0,25}\\b(lives?|living|stays?|goes to school)\\b"
					+ "|\\b(track|find|locate|stalk)\\w*\\b.{0,30}\\b(location|address|whereabouts)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SOMEONE = Pattern.compile(OTHERS, Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		boolean others = OTHERS_DATA.matcher(question).find()
				|| PRIVATE_KIND.matcher(question).find() && SOMEONE.matcher(question).find()
				|| WITHOUT_ASKING.matcher(question).find() || WHEREABOUTS.matcher(question).find();
		return others ? Optional.of(Decline.SAFETY_PRIVATE_DATA) : Optional.empty();
	}

}

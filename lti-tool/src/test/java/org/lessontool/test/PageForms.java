package org.lessontool.test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what a tool page gives the next request: its launch token and CSRF token. */
public final class PageForms {

	private static final Pattern TOKEN = Pattern.compile("name=\"lt\" value=\"([^\"]+)\"");

	private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

	private PageForms() {
	}

	/** The hidden fields a form on this page posts: {@code lt} and {@code csrf}. */
	public static Map<String, String> launchFields(String page) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("lt", find(TOKEN, page, "launch token"));
		fields.put("csrf", find(CSRF, page, "CSRF token"));
		return fields;
	}

	public static String find(Pattern pattern, String page, String what) {
		Matcher matcher = pattern.matcher(page);
		if (!matcher.find()) {
			throw new AssertionError("The page has no " + what + ":\n" + page);
		}
		return matcher.group(1);
	}

}

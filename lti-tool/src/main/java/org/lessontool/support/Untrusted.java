package org.lessontool.support;

import org.jspecify.annotations.Nullable;

/**
 * Text that came from outside (a claim, a parameter, a platform's answer), made safe to
 * log, store or show: one line, and bounded in length, so a 1.5 MB issuer or a CR/LF in a
 * claim cannot flood a log or forge its lines.
 */
public final class Untrusted {

	/** The longest untrusted text a message quotes. */
	public static final int LIMIT = 300;

	private Untrusted() {
	}

	public static @Nullable String bounded(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String line = text.replaceAll("[\\r\\n\\u0085\\u2028\\u2029\\t]+", " ");
		return (line.length() <= LIMIT) ? line : line.substring(0, LIMIT) + "… (" + text.length() + " characters)";
	}

}

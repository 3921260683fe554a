package org.lessontool.platform;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.Set;

import org.lessontool.support.BoundedHttp;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Turns a failed call to an LMS, a token request above all, into a sentence a teacher or
 * admin can act on, and decides whether it is worth retrying. Only an explicit refusal of
 * the tool's credentials or scopes is final (RFC 6749 section 5.2); anything else (an
 * unreadable answer, a transport failure, a server error, even {@code invalid_request})
 * may pass once the LMS or its configuration is mended, so the grade waits (lti-checklist
 *
 */
final class PlatformFailures {

	/** RFC 6749 section 5.2 errors that a retry of the same request cannot fix. */
	private static final Set<String> FINAL = Set.of("invalid_client", "invalid_scope", "unauthorized_client");

	/** The first characters of the LMS's own words that a message quotes. */
	static final int QUOTED = 200;

	private PlatformFailures() {
	}

	/** The LMS answered with an OAuth 2 error. */
	static PlatformCallException tokenRefused(OAuth2Error error) {
		String code = clean(error.getErrorCode());
		String words = (error.getDescription() != null && !error.getDescription().isBlank())
				? code + ": \u201c" + clean(error.getDescription()) + "\u201d" : code;
		if (FINAL.contains(code)) {
			return new PlatformCallException(PlatformCallException.Kind.REFUSED,
					"The LMS refused the tool's access request (" + words + "). " + advice(code), null);
		}
		return new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE, "The LMS's token endpoint answered "
				+ words + "; the tool keeps trying, and an LMS admin may need to check the tool's registration", null);
	}

	/**
	 * The answer could not be read, or no answer came.
	 * @param what who was called, as the sentence's subject ("The LMS's token endpoint")
	 */
	static PlatformCallException unavailable(String what, Throwable cause) {
		return new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE,
				what + " " + transport(cause) + "; the tool keeps trying", null);
	}

	private static String transport(Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof BoundedHttp.Failure failure) {
				return switch (failure.kind()) {
					case TIMED_OUT -> "did not answer in time";
					case REFUSED -> "is at an address the tool may not call (" + failure.getMessage() + ")";
					case UNREACHABLE -> "could not be reached (" + failure.getMessage() + ")";
					case BROKEN -> "broke off its answer";
				};
			}
		}
		for (Throwable t = cause; t != null; t = t.getCause()) {
			if (t instanceof HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
				return "did not answer in time";
			}
			if (t instanceof ConnectException) {
				return "could not be reached (connection refused)";
			}
			if (t instanceof UnknownHostException) {
				return "could not be reached (unknown host name)";
			}
			if (t instanceof java.io.IOException) {
				return "could not be reached (the connection failed)";
			}
		}
		return "gave an answer that is not an OAuth token response";
	}

	private static String advice(String code) {
		return switch (code) {
			case "invalid_scope" -> "Turn on the grade and roster services for this tool in the LMS, "
					+ "or add their scopes to its developer key.";
			case "unauthorized_client" ->
				"The LMS does not let this tool use client credentials; " + "check that the tool is active in the LMS.";
			default -> "Check in the LMS that the tool is active and that its public keyset URL is the tool's "
					+ "/.well-known/jwks.json.";
		};
	}

	/** The LMS's words, on one line and bounded, so they fit a log line and a column. */
	private static String clean(String text) {
		String line = (text == null) ? "" : text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		return (line.length() > QUOTED) ? line.substring(0, QUOTED) + "\u2026" : line;
	}

}

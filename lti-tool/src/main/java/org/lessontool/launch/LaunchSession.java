package org.lessontool.launch;

/**
 * A request's launch: the stored context, and a fresh signed token for the page to carry
 * on (as a form field or header, never a cookie).
 *
 * @param context the launch
 * @param token a short-lived token for the next request
 */
public record LaunchSession(LaunchContext context, String token) {

	/** The form field and header names later requests carry. */
	public static final String TOKEN_PARAMETER = "lt";

	public static final String TOKEN_HEADER = "X-Launch-Token";

	public static final String CSRF_PARAMETER = "csrf";

	public static final String CSRF_HEADER = "X-CSRF-Token";

	static final String ATTRIBUTE = LaunchSession.class.getName();

}

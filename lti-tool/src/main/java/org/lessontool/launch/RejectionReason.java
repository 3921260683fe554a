package org.lessontool.launch;

import org.springframework.http.HttpStatus;

/**
 * Why a login or launch was refused; each reason is a metric tag and a line in the
 * admin's list.
 */
public enum RejectionReason {

	LOGIN_PARAMETER_MISSING(HttpStatus.BAD_REQUEST),

	PLATFORM_UNKNOWN(HttpStatus.FORBIDDEN),

	PLATFORM_AMBIGUOUS(HttpStatus.BAD_REQUEST),

	PLATFORM_NOT_ACTIVE(HttpStatus.FORBIDDEN),

	TARGET_LINK_URI_FOREIGN(HttpStatus.BAD_REQUEST),

	PLATFORM_ERROR(HttpStatus.BAD_REQUEST),

	STATE_MISSING(HttpStatus.BAD_REQUEST),

	STATE_UNKNOWN(HttpStatus.UNAUTHORIZED),

	STATE_NOT_BOUND(HttpStatus.UNAUTHORIZED),

	TOKEN_TOO_LARGE(HttpStatus.BAD_REQUEST),

	TOKEN_MALFORMED(HttpStatus.BAD_REQUEST),

	ALGORITHM_NOT_ALLOWED(HttpStatus.UNAUTHORIZED),

	KID_MISSING(HttpStatus.UNAUTHORIZED),

	HEADER_KEY_MATERIAL(HttpStatus.UNAUTHORIZED),

	KEY_NOT_FOUND(HttpStatus.UNAUTHORIZED),

	SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED),

	ISSUER_MISMATCH(HttpStatus.UNAUTHORIZED),

	AUDIENCE_MISMATCH(HttpStatus.UNAUTHORIZED),

	TOKEN_EXPIRED(HttpStatus.UNAUTHORIZED),

	TOKEN_NOT_YET_VALID(HttpStatus.UNAUTHORIZED),

	NONCE_MISMATCH(HttpStatus.UNAUTHORIZED),

	/**
	 * Recorded before issue 19, when nonces had their own table; a replay now finds its
	 * login state used ({@link #STATE_UNKNOWN}). Kept so failures on record still read.
	 */
	NONCE_REPLAYED(HttpStatus.UNAUTHORIZED),

	VERSION_INVALID(HttpStatus.BAD_REQUEST),

	DEPLOYMENT_MISSING(HttpStatus.BAD_REQUEST),

	DEPLOYMENT_UNKNOWN(HttpStatus.FORBIDDEN),

	MESSAGE_TYPE_UNSUPPORTED(HttpStatus.BAD_REQUEST),

	CLAIM_MISSING(HttpStatus.BAD_REQUEST),

	CLAIM_INVALID(HttpStatus.BAD_REQUEST),

	SESSION_INVALID(HttpStatus.UNAUTHORIZED),

	/** issue 15, item 6: too many requests from one client address */
	RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS);

	private final HttpStatus status;

	RejectionReason(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** The metric tag, such as {@code nonce_replayed}. */
	public String tag() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}

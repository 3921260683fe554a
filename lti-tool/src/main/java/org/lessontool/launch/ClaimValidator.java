package org.lessontool.launch;

/**
 * One rule on a verified id_token's claims (LTI Core 5.3, Security Framework 5.1.3), in
 * the manner of Spring Security's {@code OAuth2TokenValidator}: it throws a
 * {@link LaunchRejectedException} naming the reason when the rule is broken.
 */
@FunctionalInterface
interface ClaimValidator {

	void validate(VerifiedIdToken token);

	/** C-32: ids the tool stores stay within the spec's 255 characters. */
	static void bounded(String claim, String value) {
		if (value.length() > 255) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_INVALID, claim + " is longer than 255 characters");
		}
	}

}

package org.lessontool.launch;

/** A launch or login refused for a reason an admin can act on. */
public class LaunchRejectedException extends RuntimeException {

	private final RejectionReason reason;

	private final transient LaunchAttempt attempt;

	private final String relaunchUrl;

	public LaunchRejectedException(RejectionReason reason, String detail) {
		this(reason, detail, LaunchAttempt.UNKNOWN);
	}

	LaunchRejectedException(RejectionReason reason, String detail, LaunchAttempt attempt) {
		this(reason, detail, attempt, null);
	}

	private LaunchRejectedException(RejectionReason reason, String detail, LaunchAttempt attempt, String relaunchUrl) {
		super(detail);
		this.reason = reason;
		this.attempt = attempt;
		this.relaunchUrl = relaunchUrl;
	}

	/** S-01: the launch could not be bound here, but can start afresh in a new tab. */
	static LaunchRejectedException notBound(String detail, LaunchAttempt attempt, String relaunchUrl) {
		return new LaunchRejectedException(RejectionReason.STATE_NOT_BOUND, detail, attempt, relaunchUrl);
	}

	/** Where a fresh top-level launch starts, when the refusal offers one. */
	String relaunchUrl() {
		return this.relaunchUrl;
	}

	public RejectionReason reason() {
		return this.reason;
	}

	LaunchAttempt attempt() {
		return this.attempt;
	}

	LaunchRejectedException from(LaunchAttempt attempt) {
		return new LaunchRejectedException(this.reason, getMessage(), attempt, this.relaunchUrl);
	}

	/**
	 * Who tried to launch, as far as it is known when the launch is refused.
	 *
	 * @param issuer the platform issuer
	 * @param clientId the client id
	 * @param deploymentId the deployment id
	 */
	record LaunchAttempt(String issuer, String clientId, String deploymentId) {

		static final LaunchAttempt UNKNOWN = new LaunchAttempt(null, null, null);

	}

}

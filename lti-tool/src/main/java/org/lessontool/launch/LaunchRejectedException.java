package org.lessontool.launch;

/** A launch or login refused for a reason an admin can act on. */
public class LaunchRejectedException extends RuntimeException {

	private final RejectionReason reason;

	private final transient LaunchAttempt attempt;

	public LaunchRejectedException(RejectionReason reason, String detail) {
		this(reason, detail, LaunchAttempt.UNKNOWN);
	}

	LaunchRejectedException(RejectionReason reason, String detail, LaunchAttempt attempt) {
		super(detail);
		this.reason = reason;
		this.attempt = attempt;
	}

	public RejectionReason reason() {
		return this.reason;
	}

	LaunchAttempt attempt() {
		return this.attempt;
	}

	LaunchRejectedException from(LaunchAttempt attempt) {
		return new LaunchRejectedException(this.reason, getMessage(), attempt);
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

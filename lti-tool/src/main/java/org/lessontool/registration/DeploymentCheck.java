package org.lessontool.registration;

/**
 * The outcome of checking a launch's {@code deployment_id} against a platform's
 * deployments.
 */
public enum DeploymentCheck {

	/** Declared by an admin, or accepted earlier. */
	KNOWN,

	/** Not seen before; recorded under the platform's accept-new policy. */
	RECORDED,

	/** Not seen before, and the platform's policy is strict. */
	UNKNOWN

}

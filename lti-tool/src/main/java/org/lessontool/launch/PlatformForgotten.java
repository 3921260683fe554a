package org.lessontool.launch;

/**
 * The launch module has deleted a removed platform's launches; the modules that keep data
 * per launch scope delete theirs in the same transaction.
 *
 * @param platformId the platform's id in the tool
 * @param scopePrefix the start of every {@link LaunchContext#scope()} of that platform
 */
public record PlatformForgotten(String platformId, String scopePrefix) {

	/**
	 * A SQL {@code like} pattern for the scope keys, with the prefix's wildcards escaped.
	 */
	public String scopePattern() {
		return this.scopePrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}

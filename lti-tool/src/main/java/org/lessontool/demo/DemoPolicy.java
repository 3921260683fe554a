package org.lessontool.demo;

import jakarta.servlet.http.HttpServletResponse;

/** The content security policy of the demo LMS's pages. */
final class DemoPolicy {

	private DemoPolicy() {
	}

	/**
	 * The demo's pages frame the tool and post forms to it, so their policy names the
	 * tool's origin.
	 */
	static void allowTool(HttpServletResponse response, String tool) {
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; "
						+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' " + tool
						+ "; frame-src 'self' " + tool + "; frame-ancestors 'self'");
	}

}

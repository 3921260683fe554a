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
	static void allowTool(HttpServletResponse response, DemoSettings settings) {
		String tool = settings.toolUrl();
		// the Canvas-like course page on the school's site frames the demo's sign-in and
		// storage pages (CV-02)
		String lms = settings.platformUrl() + " " + settings.schoolUrl();
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; "
						+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' " + tool
						+ "; frame-src 'self' " + tool + " " + lms + "; frame-ancestors 'self' " + lms);
	}

}

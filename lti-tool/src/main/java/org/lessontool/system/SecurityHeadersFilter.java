package org.lessontool.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends the security headers every response needs. Pages run inside an LMS iframe, so
 * framing is limited with CSP {@code frame-ancestors} and never with
 * {@code X-Frame-Options: DENY} (lti-checklist Z-08); everything loads from the tool
 * itself, nothing from a CDN.
 */
@Component
class SecurityHeadersFilter extends OncePerRequestFilter {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

	/**
	 * The admin console's headers come from its Spring Security chain (frame-ancestors
	 * 'none').
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/admin") || path.startsWith("/admin/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// a module that knows the page's framing (the launch module, for LTI pages) may
		// have set it
		if (!response.containsHeader("Content-Security-Policy")) {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		chain.doFilter(request, response);
	}

}

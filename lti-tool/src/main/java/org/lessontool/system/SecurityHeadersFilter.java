package org.lessontool.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.support.FramePolicy;
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

	private static final String CONTENT_SECURITY_POLICY = FramePolicy.header(java.util.List.of());

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
		// a module that knows who may frame the page (a launch, a login, a registration)
		// replaces it (FramePolicy)
		if (!response.containsHeader(FramePolicy.HEADER)) {
			response.setHeader(FramePolicy.HEADER, CONTENT_SECURITY_POLICY);
		}
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		chain.doFilter(request, response);
	}

}

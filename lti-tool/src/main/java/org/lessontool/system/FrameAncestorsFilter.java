package org.lessontool.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.support.FramePolicy;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * lti-checklist Z-08, CV-11, M-10: an LTI endpoint's answer (a login's storage page, a
 * refusal, the new-tab fallback) is shown in the frame of the LMS page that posted to it,
 * so that page's origin may frame it. Its answer carries no control worth hijacking, and
 * once a launch is verified its own origins replace this (LaunchFrames).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FrameAncestorsFilter extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/lti/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String origin = FramePolicy.requestingOrigin(request);
		FramePolicy.apply(response, (origin != null) ? List.of(origin) : List.of());
		chain.doFilter(request, response);
	}

}

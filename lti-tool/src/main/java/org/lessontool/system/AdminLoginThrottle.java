package org.lessontool.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.support.ClientAddress;
import org.lessontool.support.RateLimitSettings;
import org.lessontool.support.RateLimits;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 15, item 7: after {@code lti.rate-limits.admin-login-failures} wrong passwords
 * from one address in 15 minutes, sign-ins from it are refused (429) until the window
 * ends, on every replica. Counting by address, not by account, keeps an attacker from
 * locking the admin out.
 */
class AdminLoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private static final String KIND = "admin-login";

	private final RateLimits limits;

	private final RateLimitSettings settings;

	AdminLoginThrottle(RateLimits limits, RateLimitSettings settings) {
		this.limits = limits;
		this.settings = settings;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/admin/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limits.exhausted(KIND, address(request), this.settings.adminLoginFailures(), WINDOW)) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(WINDOW.toSeconds()));
			request.getRequestDispatcher("/admin/login/locked").forward(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		this.limits.tryAcquire(KIND, address(request), this.settings.adminLoginFailures(), WINDOW);
		response.sendRedirect(request.getContextPath() + "/admin/login?error");
	}

	private static String address(HttpServletRequest request) {
		return ClientAddress.of(request.getRemoteAddr());
	}

}

package org.lessontool.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Issue 15: in {@code prod} the tool is reached only over HTTPS, so every response, the
 * admin console's and error pages included, tells browsers never to use plain HTTP for it
 * (RFC 6797). TLS ends at the load balancer, so the request itself may look plain here.
 */
@Component
@Profile("prod")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StrictTransportFilter extends OncePerRequestFilter {

	static final String VALUE = "max-age=31536000; includeSubDomains";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Strict-Transport-Security", VALUE);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

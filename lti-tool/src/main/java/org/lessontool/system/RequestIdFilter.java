package org.lessontool.system;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id, taken from the load balancer's {@code X-Request-Id} when it
 * is a plain token, and puts it in each log line of the request (field
 * {@code request_id}) and in the response, so an admin can follow one request across
 * replicas and logs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "request_id";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static String newId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return new UUID(random.nextLong(), random.nextLong()).toString();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		// a header is data from outside: only a short plain token goes into the logs; a
		// new id only tells requests apart, so it does not take UUID.randomUUID()'s
		// shared secure generator, which every request thread queued on (issue 19)
		String id = (given != null && SAFE.matcher(given).matches()) ? given : newId();
		MDC.put(MDC_KEY, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

}

package org.lessontool.launch;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.registration.PlatformRegistered;
import org.lessontool.registration.Platforms;
import org.springframework.core.Ordered;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * lti-checklist Z-08: the tool's pages may be framed by the registered platforms'
 * origins, and by no one else. The origins are cached briefly: a platform registered here
 * is picked up at once, one registered on another replica within seconds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class FrameAncestorsFilter extends OncePerRequestFilter {

	private final LoadingCache<String, Set<String>> origins;

	FrameAncestorsFilter(Platforms platforms) {
		this.origins = Caffeine.newBuilder()
			.expireAfterWrite(Duration.ofSeconds(10))
			.build((key) -> platforms.frameOrigins());
	}

	/** The admin console is never framed; Spring Security sends its policy. */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/admin") || path.startsWith("/admin/");
	}

	@EventListener(PlatformRegistered.class)
	void platformsChanged() {
		this.origins.invalidateAll();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String ancestors = String.join(" ", this.origins.get("all"));
		response.setHeader("Content-Security-Policy",
				"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
						+ "base-uri 'none'; form-action 'self' " + ancestors + "; frame-ancestors 'self' " + ancestors);
		chain.doFilter(request, response);
	}

}

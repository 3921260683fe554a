package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.support.FramePolicy;

import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controllers the request's {@link LaunchSession}: from the launch that was just
 * validated, or from the launch token a page sent. State-changing requests must also
 * carry the launch's CSRF token (lti-checklist Z-10).
 */
@Component
class LaunchSessionResolver implements HandlerMethodArgumentResolver {

	private final LaunchTokens tokens;

	private final LaunchContextRepository launches;

	private final Clock clock;

	LaunchSessionResolver(LaunchTokens tokens, LaunchContextRepository launches, Clock clock) {
		this.tokens = tokens;
		this.launches = launches;
		this.clock = clock;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return LaunchSession.class.equals(parameter.getParameterType());
	}

	@Override
	public LaunchSession resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		LaunchSession session = session(request);
		HttpServletResponse response = webRequest.getNativeResponse(HttpServletResponse.class);
		// Z-08: the launch's own origins may frame every page it leads to
		FramePolicy.apply(response, session.context().frameAncestors());
		// the page carries a launch token and the CSRF token: no cache, shared or
		// private,
		// may keep it
		response.setHeader("Cache-Control", "no-store");
		return session;
	}

	private LaunchSession session(HttpServletRequest request) {
		if (request.getAttribute(LaunchSession.ATTRIBUTE) instanceof LaunchSession session) {
			return session;
		}
		String query = request.getQueryString();
		if (query != null && (query.startsWith(LaunchSession.TOKEN_PARAMETER + "=")
				|| query.contains("&" + LaunchSession.TOKEN_PARAMETER + "="))) {
			// a token in a URL ends up in histories, logs and Referer headers: it travels
			// in a form's body or a header only
			throw new LaunchSessionException("the launch token was in the address", false);
		}
		String token = first(request.getHeader(LaunchSession.TOKEN_HEADER),
				request.getParameter(LaunchSession.TOKEN_PARAMETER));
		String launchId = this.tokens.verify(token)
			.orElseThrow(() -> new LaunchSessionException(
					(token == null) ? "no launch token" : "the launch token is invalid or expired", false));
		LaunchContext launch = this.launches.findActive(launchId, OffsetDateTime.now(this.clock))
			.orElseThrow(() -> new LaunchSessionException("the launch has expired", false));
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			String csrf = first(request.getHeader(LaunchSession.CSRF_HEADER),
					request.getParameter(LaunchSession.CSRF_PARAMETER));
			if (!launch.csrfToken().equals(csrf)) {
				throw new LaunchSessionException("the request's CSRF token does not match its launch", true);
			}
		}
		return new LaunchSession(launch, this.tokens.issue(launch));
	}

	private static String first(String a, String b) {
		return (a != null && !a.isBlank()) ? a : b;
	}

}

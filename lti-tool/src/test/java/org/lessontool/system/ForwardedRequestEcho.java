package org.lessontool.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A test-only endpoint that says what the server made of a request behind a proxy. */
@RestController
class ForwardedRequestEcho {

	@GetMapping("/test/echo")
	Map<String, Object> echo(HttpServletRequest request) {
		return Map.of("remoteAddr", request.getRemoteAddr(), "scheme", request.getScheme(), "secure",
				request.isSecure());
	}

}

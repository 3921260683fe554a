package org.lessontool.platform;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import org.lessontool.registration.Platform;
import org.lessontool.registration.Platforms;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One authorised call to an LMS service: a cached access token for the scopes, and after
 * a 401 one fresh token and one retry (lti-checklist A-08). Redirects are not followed
 * and every call has timeouts, so a slow LMS cannot hold a sender thread.
 */
@Component
class PlatformCalls {

	private final Platforms platforms;

	private final ServiceTokens tokens;

	private final RestClient http;

	PlatformCalls(Platforms platforms, ServiceTokens tokens,
			@org.springframework.beans.factory.annotation.Value("${lti.platform.deadline:10s}") Duration deadline) {
		this.platforms = platforms;
		this.tokens = tokens;
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
			.connectTimeout(Duration.ofSeconds(3))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build());
		factory.setReadTimeout(deadline);
		this.http = RestClient.builder().requestFactory(factory).build();
	}

	RestClient http() {
		return this.http;
	}

	ServiceToken token(String platformId, Set<String> scopes) {
		return this.tokens.get(platform(platformId), scopes);
	}

	/** Runs the request with a bearer token; the function gets the token value. */
	<T> T call(String platformId, Set<String> scopes, Function<String, T> request) {
		Platform platform = platform(platformId);
		try {
			return request.apply(this.tokens.get(platform, scopes).value());
		}
		catch (AgsResponses.Unauthorized ex) {
			this.tokens.invalidate(platform, scopes);
			try {
				return request.apply(this.tokens.get(platform, scopes).value());
			}
			catch (AgsResponses.Unauthorized again) {
				throw new PlatformCallException(PlatformCallException.Kind.REFUSED,
						"the LMS refused the tool's access token twice (401)", null);
			}
		}
		catch (ResourceAccessException ex) {
			throw PlatformFailures.unavailable("The LMS", ex);
		}
	}

	private Platform platform(String platformId) {
		return this.platforms.findById(platformId)
			.orElseThrow(() -> new PlatformCallException(PlatformCallException.Kind.REFUSED,
					"the platform is no longer registered", null));
	}

}

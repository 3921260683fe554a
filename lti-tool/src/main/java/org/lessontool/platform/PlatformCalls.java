package org.lessontool.platform;

import java.time.Duration;
import java.util.Set;
import java.util.function.Function;

import org.lessontool.registration.Platform;
import org.lessontool.registration.Platforms;
import org.lessontool.support.BoundedRequestFactory;
import org.lessontool.support.Outbound;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * One authorised call to an LMS service: a cached access token for the scopes, and after
 * a 401 one fresh token and one retry (lti-checklist A-08). Service URLs come from the
 * id_token, so every call follows the tool's outbound policy ({@link Outbound}): a slow
 * LMS cannot hold a sender thread past the deadline, and in {@code prod} no claim can
 * point the tool at a private address.
 */
@Component
class PlatformCalls {

	/** A roster page of a few thousand members fits. */
	private static final int MAX_BYTES = 4 * 1024 * 1024;

	private final Platforms platforms;

	private final ServiceTokens tokens;

	private final RestClient http;

	PlatformCalls(Platforms platforms, ServiceTokens tokens, Outbound outbound,
			@org.springframework.beans.factory.annotation.Value("${lti.platform.deadline:10s}") Duration deadline) {
		this.platforms = platforms;
		this.tokens = tokens;
		this.http = RestClient.builder()
			.requestFactory(new BoundedRequestFactory(outbound.client(deadline, MAX_BYTES)))
			.build();
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

package org.lessontool.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;

import org.lessontool.tool.ToolKeys;
import org.lessontool.registration.Platform;
import org.lessontool.support.BoundedHttp;
import org.lessontool.support.BoundedRequestFactory;
import org.lessontool.support.Outbound;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Access tokens for platform services: client credentials with a signed JWT assertion
 * (Security Framework 4.1, lti-checklist ), through Spring Security's token
 * client. Cached per platform and scope set until a minute before expiry; one request
 * refreshes a key at a time.
 */
@Component
class ServiceTokens {

	private static final Duration MARGIN = Duration.ofSeconds(60);

	private static final String TOKEN_ENDPOINT = "The LMS's token endpoint";

	private final Cache<String, ServiceToken> cache;

	private final RestClientClientCredentialsTokenResponseClient client = new RestClientClientCredentialsTokenResponseClient();

	private final Clock clock;

	private final MeterRegistry meters;

	ServiceTokens(ToolKeys keys, Clock clock, MeterRegistry meters, Outbound outbound,
			@org.springframework.beans.factory.annotation.Value("${lti.platform.deadline:10s}") Duration deadline) {
		this.clock = clock;
		this.meters = meters;
		NimbusJwtClientAuthenticationParametersConverter<OAuth2ClientCredentialsGrantRequest> assertion = new NimbusJwtClientAuthenticationParametersConverter<>(
				(registration) -> keys.signingKey());
		// A-05, CV-09: aud is the token endpoint URL (Spring's default), which Canvas and
		// Moodle both accept; only an audience an admin typed in replaces it
		assertion.setJwtClientAssertionCustomizer((context) -> {
			Object audience = context.getAuthorizationGrantRequest()
				.getClientRegistration()
				.getProviderDetails()
				.getConfigurationMetadata()
				.get("token_audience");
			if (audience instanceof String value && !value.isBlank()) {
				context.getClaims().audience(List.of(value));
			}
		});
		this.client.addParametersConverter(assertion);
		this.client.setRestClient(tokenEndpointClient(outbound.client(deadline, 64 * 1024)));
		this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfter(new Expiry<String, ServiceToken>() {

			@Override
			public long expireAfterCreate(String key, ServiceToken token, long now) {
				return Math.max(0, Duration.between(clock.instant(), token.expiresAt().minus(MARGIN)).toNanos());
			}

			@Override
			public long expireAfterUpdate(String key, ServiceToken token, long now, long current) {
				return expireAfterCreate(key, token, now);
			}

			@Override
			public long expireAfterRead(String key, ServiceToken token, long now, long current) {
				return current;
			}

		}).build();
	}

	/**
	 * M-07: Moodle labels its JSON token answers {@code text/html}, success and error
	 * alike (RFC 6749 section 5.1 asks for {@code application/json}), so the answer is
	 * read as JSON whatever its label. The request follows the tool's outbound policy.
	 */
	private static RestClient tokenEndpointClient(BoundedHttp http) {
		OAuth2AccessTokenResponseHttpMessageConverter tokens = new OAuth2AccessTokenResponseHttpMessageConverter();
		tokens.setSupportedMediaTypes(List.of(MediaType.ALL));
		OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();
		errors.setSupportedMediaTypes(List.of(MediaType.ALL));
		OAuth2ErrorResponseErrorHandler errorHandler = new OAuth2ErrorResponseErrorHandler();
		errorHandler.setErrorConverter(errors);
		return RestClient.builder()
			.requestFactory(new BoundedRequestFactory(http))
			.configureMessageConverters((converters) -> converters.addCustomConverter(new FormHttpMessageConverter())
				.addCustomConverter(tokens))
			.defaultStatusHandler(errorHandler)
			.build();
	}

	ServiceToken get(Platform platform, Set<String> scopes) {
		return this.cache.get(key(platform, scopes), (key) -> request(platform, scopes));
	}

	/** after a 401 the cached token is dropped, so the retry gets a fresh one. */
	void invalidate(Platform platform, Set<String> scopes) {
		this.cache.invalidate(key(platform, scopes));
	}

	private ServiceToken request(Platform platform, Set<String> scopes) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(platform.id())
			.clientId(platform.clientId())
			.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(platform.tokenEndpoint())
			.scope(scopes)
			.providerConfigurationMetadata((platform.tokenAudience() != null)
					? java.util.Map.of("token_audience", platform.tokenAudience()) : java.util.Map.of())
			.build();
		this.meters.counter("lti.service.token.requests").increment();
		try {
			OAuth2AccessToken token = this.client
				.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration))
				.getAccessToken();
			Instant expiresAt = (token.getExpiresAt() != null) ? token.getExpiresAt()
					: this.clock.instant().plusSeconds(3600);
			// the scopes granted are the truth, not those asked for
			Set<String> granted = token.getScopes().isEmpty() ? scopes : new TreeSet<>(token.getScopes());
			return new ServiceToken(token.getTokenValue(), granted, expiresAt);
		}
		catch (OAuth2AuthorizationException ex) {
			// Spring reports an unreadable answer or a transport failure as
			// invalid_token_response, with the cause attached
			throw "invalid_token_response".equals(ex.getError().getErrorCode())
					? PlatformFailures.unavailable(TOKEN_ENDPOINT, ex) : PlatformFailures.tokenRefused(ex.getError());
		}
		catch (RuntimeException ex) {
			throw PlatformFailures.unavailable(TOKEN_ENDPOINT, ex);
		}
	}

	private static String key(Platform platform, Set<String> scopes) {
		return platform.id() + " " + String.join(" ", new TreeSet<>(scopes));
	}

}

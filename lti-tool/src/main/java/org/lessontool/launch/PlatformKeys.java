package org.lessontool.launch;

import java.time.Duration;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;

import org.lessontool.registration.Platform;
import org.lessontool.support.BoundedHttp;
import org.springframework.stereotype.Component;

/**
 * Each platform's public keys, fetched from its JWKS URL only (lti-checklist C-20, Z-02):
 * cached, refetched on an unknown kid at most once per interval, and served from cache
 * while the platform's JWKS is down. The cache is only a cache: losing it costs one
 * fetch.
 */
@Component
class PlatformKeys {

	private static final BoundedHttp KEY_SETS = new BoundedHttp(Duration.ofSeconds(5), 256 * 1024);

	private final ConcurrentMap<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

	private final LaunchSettings settings;

	PlatformKeys(LaunchSettings settings) {
		this.settings = settings;
	}

	List<JWK> find(Platform platform, String kid) {
		try {
			return source(platform.jwksUrl()).get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
		}
		catch (RateLimitReachedException ex) {
			throw IdToken.reject(RejectionReason.KEY_NOT_FOUND,
					"no key with kid '" + kid + "' in the cached key set of " + platform.jwksUrl()
							+ ", and it was fetched moments ago; relaunch in a minute if the platform "
							+ "has just rotated its keys");
		}
		catch (KeySourceException ex) {
			throw IdToken.reject(RejectionReason.KEY_NOT_FOUND,
					"the platform's key set at " + platform.jwksUrl() + " could not be read: " + ex.getMessage());
		}
	}

	private JWKSource<SecurityContext> source(String jwksUrl) {
		return this.sources.computeIfAbsent(jwksUrl, (url) -> {
			// Z-07: a fetch ends within its deadline whatever the server does; 256 KB at
			// most
			ResourceRetriever retriever = (location) -> {
				try {
					BoundedHttp.Response response = KEY_SETS.send(java.net.http.HttpRequest.newBuilder(location.toURI())
						.header("Accept", "application/json")
						.GET()
						.build());
					if (!response.ok()) {
						throw new java.io.IOException("HTTP " + response.status());
					}
					return new Resource(response.text(), response.headers().firstValue("Content-Type").orElse(null));
				}
				catch (BoundedHttp.Failure | java.net.URISyntaxException ex) {
					throw new java.io.IOException(ex.getMessage(), ex);
				}
			};
			long cacheLifetime = this.settings.jwksCacheLifetime().toMillis();
			try {
				return JWKSourceBuilder.<SecurityContext>create(URI.create(url).toURL(), retriever)
					.cache(cacheLifetime, 5000)
					.rateLimited(this.settings.jwksRefreshInterval().toMillis())
					.outageTolerant(cacheLifetime * 4)
					.build();
			}
			catch (MalformedURLException | IllegalArgumentException ex) {
				throw IdToken.reject(RejectionReason.KEY_NOT_FOUND, "the platform's JWKS URL " + url + " is not valid");
			}
		});
	}

}

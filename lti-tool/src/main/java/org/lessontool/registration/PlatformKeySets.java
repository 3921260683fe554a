package org.lessontool.registration;

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

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.lessontool.support.BoundedHttp;
import org.lessontool.support.Outbound;
import org.springframework.stereotype.Component;

/**
 * Each platform's public keys, fetched from its JWKS URL only (lti-checklist C-20, Z-02):
 * cached, refetched on an unknown kid at most once per interval, and served from cache
 * while the platform's JWKS is down. The cache is only a cache: losing it costs one
 * fetch.
 */
@Component
public class PlatformKeySets {

	private final ConcurrentMap<String, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

	private final PlatformKeySettings settings;

	private final BoundedHttp keySets;

	/** Key ids just looked for in vain, per key set: not refetched for a few seconds. */
	private final Cache<String, Boolean> unknownKids = Caffeine.newBuilder()
		.expireAfterWrite(java.time.Duration.ofSeconds(5))
		.maximumSize(10_000)
		.build();

	PlatformKeySets(PlatformKeySettings settings, Outbound outbound) {
		this.settings = settings;
		this.keySets = outbound.client(Duration.ofSeconds(5), 256 * 1024);
	}

	/**
	 * The platform's keys with this kid.
	 * @throws PlatformKeysUnavailable when there is none, or the key set cannot be read
	 */
	public List<JWK> find(Platform platform, String kid) {
		String unknownKey = platform.jwksUrl() + " " + kid;
		if (this.unknownKids.getIfPresent(unknownKey) != null) {
			// a kid just looked for and not found is not fetched for again at once
			throw notFound(platform, kid);
		}
		try {
			return lookUp(platform, kid);
		}
		catch (RateLimitReachedException ex) {
			// issue 15: another unknown kid (perhaps a forged one) used the refetch
			// window;
			// a platform's genuinely new key waits for the window instead of being
			// refused
			pause(this.settings.refreshInterval());
			try {
				return lookUp(platform, kid);
			}
			catch (RateLimitReachedException again) {
				throw notFound(platform, kid);
			}
		}
	}

	private List<JWK> lookUp(Platform platform, String kid) throws RateLimitReachedException {
		List<JWK> keys;
		try {
			keys = source(platform.jwksUrl()).get(new JWKSelector(new JWKMatcher.Builder().keyID(kid).build()), null);
		}
		catch (RateLimitReachedException ex) {
			throw ex;
		}
		catch (KeySourceException ex) {
			throw new PlatformKeysUnavailable(
					"the platform's key set at " + platform.jwksUrl() + " could not be read: " + ex.getMessage());
		}
		if (keys.isEmpty()) {
			this.unknownKids.put(platform.jwksUrl() + " " + kid, Boolean.TRUE);
		}
		return keys;
	}

	private static PlatformKeysUnavailable notFound(Platform platform, String kid) {
		return new PlatformKeysUnavailable("no key with kid '" + kid + "' in the key set of " + platform.jwksUrl()
				+ ", fetched moments ago; relaunch in a minute if the platform has just rotated its keys");
	}

	private static void pause(java.time.Duration interval) {
		try {
			Thread.sleep(Math.min(interval.toMillis() + 50, 2_000));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private JWKSource<SecurityContext> source(String jwksUrl) {
		return this.sources.computeIfAbsent(jwksUrl, (url) -> {
			// Z-07: a fetch ends within its deadline whatever the server does; 256 KB at
			// most
			ResourceRetriever retriever = (location) -> {
				try {
					BoundedHttp.Response response = this.keySets.get(location.toURI(), "application/json");
					if (!response.ok()) {
						throw new java.io.IOException("HTTP " + response.status());
					}
					return new Resource(response.text(), response.headers().getFirst("Content-Type"));
				}
				catch (BoundedHttp.Failure | java.net.URISyntaxException ex) {
					throw new java.io.IOException(ex.getMessage(), ex);
				}
			};
			long cacheLifetime = this.settings.cacheLifetime().toMillis();
			try {
				return JWKSourceBuilder.<SecurityContext>create(URI.create(url).toURL(), retriever)
					.cache(cacheLifetime, 5000)
					.rateLimited(this.settings.refreshInterval().toMillis())
					.outageTolerant(cacheLifetime * 4)
					.build();
			}
			catch (MalformedURLException | IllegalArgumentException ex) {
				throw new PlatformKeysUnavailable("the platform's JWKS URL " + url + " is not valid");
			}
		});
	}

}

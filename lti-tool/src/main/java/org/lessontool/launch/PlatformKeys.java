package org.lessontool.launch;

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
import com.nimbusds.jose.util.DefaultResourceRetriever;

import org.lessontool.registration.Platform;
import org.springframework.stereotype.Component;

/**
 * Each platform's public keys, fetched from its JWKS URL only (lti-checklist C-20, Z-02):
 * cached, refetched on an unknown kid at most once per interval, and served from cache
 * while the platform's JWKS is down. The cache is only a cache: losing it costs one
 * fetch.
 */
@Component
class PlatformKeys {

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
			// Z-07: bounded fetches: 2 s to connect, 3 s to read, 256 KB at most
			DefaultResourceRetriever retriever = new DefaultResourceRetriever(2000, 3000, 256 * 1024);
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

package org.lessontool.launch;

import java.text.ParseException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Short-lived tokens that tie a page's requests to its launch without cookies
 * (docs/architecture.md, "Sessions inside an LMS iframe"). HMAC-signed with a secret
 * every replica reads from the database.
 */
@Component
class LaunchTokens {

	private static final String SECRET_NAME = "launch-token";

	private final LaunchSettings settings;

	private final Clock clock;

	private final MACSigner signer;

	private final MACVerifier verifier;

	LaunchTokens(JdbcClient jdbc, LaunchSettings settings, Clock clock) throws JOSEException {
		this.settings = settings;
		this.clock = clock;
		byte[] secret = Base64.getUrlDecoder().decode(secret(jdbc));
		this.signer = new MACSigner(secret);
		this.verifier = new MACVerifier(secret);
	}

	/** A token for the launch, which never outlives the launch itself. */
	String issue(LaunchContext launch) {
		java.time.Instant lifetime = this.clock.instant().plus(this.settings.tokenLifetime());
		java.time.Instant end = (launch.expiresAt() != null && launch.expiresAt().toInstant().isBefore(lifetime))
				? launch.expiresAt().toInstant() : lifetime;
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(launch.id()).expirationTime(Date.from(end)).build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(this.signer);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a launch token", ex);
		}
		return jwt.serialize();
	}

	/** The launch id a token was issued for, if the token is intact and unexpired. */
	Optional<String> verify(String token) {
		if (token == null || token.length() > 2048) {
			return Optional.empty();
		}
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(this.verifier)) {
				return Optional.empty();
			}
			Date exp = jwt.getJWTClaimsSet().getExpirationTime();
			if (exp == null || exp.toInstant().isBefore(this.clock.instant())) {
				return Optional.empty();
			}
			return Optional.ofNullable(jwt.getJWTClaimsSet().getSubject());
		}
		catch (ParseException | JOSEException ex) {
			return Optional.empty();
		}
	}

	private String secret(JdbcClient jdbc) {
		Optional<String> existing = read(jdbc);
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			jdbc.sql("insert into tool_secret (name, secret, created_at) values (:name, :secret, :now)")
				.param("name", SECRET_NAME)
				.param("secret", Randoms.next())
				.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another replica created it first; use theirs
		}
		return read(jdbc).orElseThrow();
	}

	private static Optional<String> read(JdbcClient jdbc) {
		return jdbc.sql("select secret from tool_secret where name = :name")
			.param("name", SECRET_NAME)
			.query(String.class)
			.optional();
	}

}

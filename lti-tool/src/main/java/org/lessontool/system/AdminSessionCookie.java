package org.lessontool.system;

import org.jspecify.annotations.Nullable;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Keeps the admin's login in a signed, first-party cookie instead of a server-side
 * session, so any replica can serve the console (docs/architecture.md, "State"). The
 * cookie names a sign-in recorded in the database, so signing out ends it everywhere,
 * even for a copy of the cookie (issue 15, item 7).
 */
class AdminSessionCookie implements SecurityContextRepository {

	static final String NAME = "lesson_tool_admin";

	private static final Duration LIFETIME = Duration.ofHours(8);

	private final AdminAccount account;

	private final Clock clock;

	private final AdminSessions sessions;

	private final boolean alwaysSecure;

	/**
	 * @param alwaysSecure mark the cookie {@code Secure} whatever the request looks like
	 * ({@code prod}, where TLS ends before the tool)
	 */
	AdminSessionCookie(AdminAccount account, Clock clock, AdminSessions sessions, boolean alwaysSecure) {
		this.alwaysSecure = alwaysSecure;
		this.account = account;
		this.clock = clock;
		this.sessions = sessions;
	}

	@Override
	@SuppressWarnings("deprecation")
	public SecurityContext loadContext(HttpRequestResponseHolder holder) {
		return load(holder.getRequest());
	}

	@Override
	public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
			HttpServletRequest request) {
		SecurityContext context = load(request);
		return new org.springframework.security.core.context.DeferredSecurityContext() {

			@Override
			public SecurityContext get() {
				return context;
			}

			@Override
			public boolean isGenerated() {
				return context.getAuthentication() == null;
			}

		};
	}

	@Override
	public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = context.getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || response.isCommitted()) {
			return;
		}
		if (containsContext(request) && load(request).getAuthentication() != null) {
			return;
		}
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(authentication.getName())
			.jwtID(this.sessions.start(LIFETIME))
			.expirationTime(Date.from(this.clock.instant().plus(LIFETIME)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner(secret()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign the admin session", ex);
		}
		response.addHeader("Set-Cookie",
				ResponseCookie.from(NAME, jwt.serialize())
					.path("/admin")
					.httpOnly(true)
					.secure(this.alwaysSecure || request.isSecure())
					.sameSite("Strict")
					.maxAge(LIFETIME)
					.build()
					.toString());
	}

	@Override
	public boolean containsContext(HttpServletRequest request) {
		return cookie(request) != null;
	}

	private SecurityContext load(HttpServletRequest request) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		String value = cookie(request);
		if (value == null) {
			return context;
		}
		try {
			SignedJWT jwt = SignedJWT.parse(value);
			Date exp = jwt.getJWTClaimsSet().getExpirationTime();
			if (JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) && jwt.verify(new MACVerifier(secret()))
					&& exp != null && exp.toInstant().isAfter(this.clock.instant())
					&& AdminAccount.USERNAME.equals(jwt.getJWTClaimsSet().getSubject())
					&& this.sessions.active(jwt.getJWTClaimsSet().getJWTID())) {
				return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(AdminAccount.USERNAME,
						null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
			}
		}
		catch (ParseException | JOSEException ex) {
			// a tampered or old cookie is no login
		}
		return context;
	}

	/** Ends the sign-in the request's cookie names, on every replica. */
	void end(HttpServletRequest request) {
		String value = cookie(request);
		if (value == null) {
			return;
		}
		try {
			SignedJWT jwt = SignedJWT.parse(value);
			if (jwt.verify(new MACVerifier(secret()))) {
				this.sessions.end(jwt.getJWTClaimsSet().getJWTID());
			}
		}
		catch (ParseException | JOSEException | IllegalStateException ex) {
			// nothing to end
		}
	}

	private byte[] secret() {
		return Base64.getUrlDecoder().decode(this.account.sessionSecret());
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				return cookie.getValue();
			}
		}
		return null;
	}

}

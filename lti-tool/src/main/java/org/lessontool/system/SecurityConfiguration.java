package org.lessontool.system;

import java.time.Clock;

import org.lessontool.support.RateLimitSettings;
import org.lessontool.support.RateLimits;
import org.lessontool.support.HttpsSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;

/**
 * Two worlds: the admin console ({@code /admin}) behind a login, CSRF tokens and
 * {@code frame-ancestors 'none'} (lti-checklist Z-08); and everything else, whose LTI
 * pages live in the LMS iframe and carry their own launch tokens. No chain matches those
 * pages, so Spring Security only applies its firewall to them: a chain that permits
 * everything still ran a dozen filters, each observed by Micrometer, on every launch
 * (issue 19).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String ADMIN_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	UserDetailsService adminUsers(AdminAccount account) {
		return (username) -> {
			if (!AdminAccount.USERNAME.equals(username)) {
				throw new UsernameNotFoundException("no such user");
			}
			return User.withUsername(AdminAccount.USERNAME)
				.password(account.passwordHash().orElseThrow(() -> new UsernameNotFoundException("no admin yet")))
				.roles("ADMIN")
				.build();
		};
	}

	/** The admin API: stateless, an API token per request, no cookies and so no CSRF. */
	@Bean
	@Order(0)
	SecurityFilterChain adminApi(HttpSecurity http, AdminApiTokens tokens) throws Exception {
		http.securityMatcher("/admin/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().hasRole("ADMIN"))
			.addFilterBefore(new AdminApiAuthentication(tokens), UsernamePasswordAuthenticationFilter.class)
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					(errors) -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(ADMIN_POLICY)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminConsole(HttpSecurity http, AdminAccount account, Clock clock, AdminSessions signIns,
			RateLimits limits, RateLimitSettings limitSettings, HttpsSettings https) throws Exception {
		boolean alwaysSecure = https.requireHttps();
		AdminSessionCookie sessions = new AdminSessionCookie(account, clock, signIns, alwaysSecure);
		CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
		csrfTokens.setCookieCustomizer((cookie) -> {
			if (alwaysSecure) {
				cookie.secure(true);
			}
		});
		AdminLoginThrottle throttle = new AdminLoginThrottle(limits, limitSettings);
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/login", "/admin/login/locked")
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
			.formLogin(
					(form) -> form.loginPage("/admin/login").defaultSuccessUrl("/admin", true).failureHandler(throttle))
			.logout((logout) -> logout.logoutUrl("/admin/logout")
				.logoutSuccessUrl("/admin/login?out")
				// issue 15 item 7: the sign-in ends on the server, and its cookie, which
				// lives on /admin, is cleared there
				.addLogoutHandler((request, response, authentication) -> sessions.end(request))
				.addLogoutHandler((request, response, authentication) -> response.addHeader("Set-Cookie",
						org.springframework.http.ResponseCookie.from(AdminSessionCookie.NAME, "")
							.path("/admin")
							.httpOnly(true)
							.secure(alwaysSecure || request.isSecure())
							.sameSite("Strict")
							.maxAge(0)
							.build()
							.toString())))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.securityContext((context) -> context.securityContextRepository(sessions))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens))
			.requestCache((cache) -> cache.disable())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(ADMIN_POLICY)));
		return http.build();
	}

}

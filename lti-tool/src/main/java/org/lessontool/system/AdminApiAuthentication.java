package org.lessontool.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates admin API calls by their {@code Authorization: Bearer} API token. */
class AdminApiAuthentication extends OncePerRequestFilter {

	private final AdminApiTokens tokens;

	AdminApiAuthentication(AdminApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ") && this.tokens.valid(header.substring(7).strip())) {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("api", null,
						List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		}
		chain.doFilter(request, response);
	}

}

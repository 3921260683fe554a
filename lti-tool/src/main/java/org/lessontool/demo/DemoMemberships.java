package org.lessontool.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo LMS's Names and Role Provisioning Service: the course roster in pages of
 * three, linked by {@code rel="next"}, filtered by role when asked (NRPS 2.0).
 */
@RestController
@Profile("default | demo")
class DemoMemberships {

	static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

	static final int PAGE_SIZE = 3;

	private final DemoSettings settings;

	private final DemoAccessTokens tokens;

	DemoMemberships(DemoSettings settings, DemoAccessTokens tokens) {
		this.settings = settings;
		this.tokens = tokens;
	}

	@GetMapping(path = "/demo/memberships", produces = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json")
	ResponseEntity<?> members(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestParam(name = "role", required = false) String role,
			@RequestParam(name = "page", defaultValue = "1") int page) {
		if (!this.tokens.authorized(auth, SCOPE)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		List<DemoUser> members = DemoUser.roster()
			.stream()
			.filter((user) -> role == null || role.equals(user.role()))
			.toList();
		int from = Math.max(0, (page - 1) * PAGE_SIZE);
		List<Map<String, Object>> shown = members
			.subList(Math.min(from, members.size()), Math.min(from + PAGE_SIZE, members.size()))
			.stream()
			.map(DemoMemberships::member)
			.toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", this.settings.platformUrl() + "/demo/memberships");
		body.put("context", Map.of("id", "demo-course", "label", "DEMO", "title", "Demo course: AI for teens"));
		body.put("members", shown);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (from + PAGE_SIZE < members.size()) {
			String next = this.settings.platformUrl() + "/demo/memberships?page=" + (page + 1) + ((role != null)
					? "&role=" + java.net.URLEncoder.encode(role, java.nio.charset.StandardCharsets.UTF_8) : "");
			response.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
		}
		return response.body(body);
	}

	private static Map<String, Object> member(DemoUser user) {
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("user_id", user.id());
		member.put("roles", List.of(user.role()));
		member.put("status", DemoUser.INACTIVE.equals(user.id()) ? "Inactive" : "Active");
		member.put("name", user.name());
		member.put("given_name", user.givenName());
		member.put("family_name", user.familyName());
		return member;
	}

}

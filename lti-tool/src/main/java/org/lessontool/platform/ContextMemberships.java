package org.lessontool.platform;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;

/**
 * Names and Role Provisioning Services 2.0: a course's roster, for teacher views only
 * (lti-checklist N-07), never on a student launch. Pages are followed through
 * {@code Link rel="next"} up to a cap, and a roster is cached briefly so a teacher
 * clicking around does not refetch it.
 */
@Service
public class ContextMemberships {

	private static final Logger logger = LoggerFactory.getLogger(ContextMemberships.class);

	/** N-02: the one scope a roster needs. */
	static final String SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

	/** N-03. */
	static final MediaType MEMBERSHIP_CONTAINER = MediaType
		.parseMediaType("application/vnd.ims.lti-nrps.v2.membershipcontainer+json");

	/** N-05: the learners are what a class table needs. */
	public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

	private final PlatformCalls calls;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry meters;

	private final int maxPages;

	private final Cache<String, Roster> cache;

	ContextMemberships(PlatformCalls calls, JsonMapper json, Clock clock, MeterRegistry meters,
			@Value("${lti.nrps.max-pages:50}") int maxPages, @Value("${lti.nrps.cache-time:PT2M}") Duration cacheTime) {
		this.calls = calls;
		this.json = json;
		this.clock = clock;
		this.meters = meters;
		this.maxPages = maxPages;
		this.cache = Caffeine.newBuilder().expireAfterWrite(cacheTime).maximumSize(1_000).build();
	}

	/**
	 * The members of a course, filtered by role when {@code role} is given.
	 * @param refresh skip the cache, as when a teacher asks for a fresh roster
	 * @throws PlatformCallException when the platform cannot be reached or refuses
	 */
	public Roster members(String platformId, String membershipsUrl, String role, boolean refresh) {
		String key = platformId + " " + membershipsUrl + " " + role;
		if (!refresh) {
			Roster cached = this.cache.getIfPresent(key);
			if (cached != null) {
				return cached;
			}
		}
		Roster roster = fetch(platformId, membershipsUrl, role);
		this.cache.put(key, roster);
		return roster;
	}

	private Roster fetch(String platformId, String membershipsUrl, String role) {
		URI first = URI.create(membershipsUrl + ((role == null) ? "" : (membershipsUrl.contains("?") ? "&" : "?")
				+ "role=" + URLEncoder.encode(role, StandardCharsets.UTF_8)));
		Map<String, Member> members = new LinkedHashMap<>();
		URI next = first;
		String differences = null;
		int pages = 0;
		while (next != null && pages < this.maxPages) {
			Page page = page(platformId, next);
			pages++;
			readMembers(page.body()).forEach((member) -> members.put(member.userId(), member));
			differences = LinkHeaders.find(page.links(), "differences", next).map(URI::toString).orElse(differences);
			next = LinkHeaders.find(page.links(), "next", next).filter((uri) -> sameOrigin(uri, first)).orElse(null);
		}
		boolean truncated = next != null;
		if (truncated) {
			logger.warn("Roster of {} stopped at the cap of {} pages; {} members read", first.getHost(), pages,
					members.size());
		}
		this.meters.counter("lti.nrps.pages").increment(pages);
		return new Roster(List.copyOf(members.values()), truncated, differences, this.clock.instant());
	}

	private Page page(String platformId, URI uri) {
		return this.calls.call(platformId, Set.of(SCOPE),
				(token) -> this.calls.http()
					.get()
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.accept(MEMBERSHIP_CONTAINER)
					.exchange((request, response) -> {
						String body = AgsResponses.body(request, response);
						List<String> links = response.getHeaders().getOrEmpty(HttpHeaders.LINK);
						return new Page(body, links);
					}));
	}

	private List<Member> readMembers(String body) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (tools.jackson.core.JacksonException ex) {
			// issue 15: a 2xx answer that is not JSON was a 500 in the teacher view
			throw new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE,
					"the LMS's roster answer is not a membership container (not JSON)", null);
		}
		if (!root.isObject()) {
			throw new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE,
					"the LMS's roster answer is not a membership container", null);
		}
		List<Member> members = new ArrayList<>();
		for (JsonNode node : root.path("members")) {
			String userId = text(node, "user_id");
			if (userId == null) {
				continue;
			}
			List<String> roles = new ArrayList<>();
			node.path("roles").forEach((role) -> {
				if (role.isString()) {
					roles.add(role.asString());
				}
			});
			members.add(new Member(userId, List.copyOf(roles), Member.Status.of(text(node, "status")), name(node),
					text(node, "email")));
		}
		return members;
	}

	private static @Nullable String name(JsonNode node) {
		String name = text(node, "name");
		if (name != null) {
			return name;
		}
		String joined = String
			.join(" ", Optional.ofNullable(text(node, "given_name")).orElse(""),
					Optional.ofNullable(text(node, "family_name")).orElse(""))
			.strip();
		return joined.isEmpty() ? null : joined;
	}

	private static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString() && !value.asString().isBlank()) ? value.asString() : null;
	}

	/** SSRF guard: a next link may not lead away from the platform's own service. */
	private static boolean sameOrigin(URI uri, URI first) {
		return uri.getScheme() != null && uri.getScheme().equalsIgnoreCase(first.getScheme()) && uri.getHost() != null
				&& uri.getHost().equalsIgnoreCase(first.getHost()) && uri.getPort() == first.getPort();
	}

	private record Page(String body, List<String> links) {
	}

}

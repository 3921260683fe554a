package org.lessontool.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo LMS's Assignment and Grade Services, as strict as Moodle: exact media types, a
 * Bearer token with the right scope, required fields, and 409 for a score whose timestamp
 * is not a whole second later than the stored one.
 */
@RestController
@Profile("default | demo")
class DemoGradeService {

	static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

	static final String LINE_ITEM_TYPE = "application/vnd.ims.lis.v2.lineitem+json";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final DemoSettings settings;

	private final DemoAccessTokens tokens;

	DemoGradeService(JdbcClient jdbc, JsonMapper json, DemoSettings settings, DemoAccessTokens tokens) {
		this.jdbc = jdbc;
		this.json = json;
		this.settings = settings;
		this.tokens = tokens;
	}

	@GetMapping(path = "/demo/lineitems", produces = "application/vnd.ims.lis.v2.lineitemcontainer+json")
	ResponseEntity<?> lineItems(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestParam(name = "resource_link_id", required = false) String resourceLinkId) {
		if (!authorized(auth, "lineitem")) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		List<Map<String, Object>> items = this.jdbc.sql("select * from demo_line_item order by id")
			.query((rs, row) -> item(rs.getLong("id"), rs.getString("label"), rs.getDouble("score_maximum"),
					rs.getString("resource_link_id"), rs.getString("tag")))
			.list()
			.stream()
			.filter((item) -> resourceLinkId == null || resourceLinkId.equals(item.get("resourceLinkId")))
			.toList();
		return ResponseEntity.ok(items);
	}

	@PostMapping(path = "/demo/lineitems", produces = LINE_ITEM_TYPE)
	ResponseEntity<?> createLineItem(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody String body) {
		if (!authorized(auth, "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem")) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		JsonNode item = this.json.readTree(body);
		if (!contentType.startsWith(LINE_ITEM_TYPE) || !item.hasNonNull("label")
				|| !item.path("scoreMaximum").isNumber()) {
			return ResponseEntity.badRequest().body(Map.of("error", "label and a numeric scoreMaximum are required"));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into demo_line_item (label, score_maximum, resource_link_id, resource_id, tag, created_at)
				values (:label, :max, :link, :resource, :tag, :now)
				""")
			.param("label", item.get("label").asString())
			.param("max", item.get("scoreMaximum").asDouble())
			.param("link", text(item, "resourceLinkId"))
			.param("resource", text(item, "resourceId"))
			.param("tag", text(item, "tag"))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(item(id, item.get("label").asString(), item.get("scoreMaximum").asDouble(),
					text(item, "resourceLinkId"), text(item, "tag")));
	}

	@PostMapping("/demo/lineitems/{id}/lineitem/scores")
	ResponseEntity<?> score(@PathVariable long id,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth,
			@RequestHeader(HttpHeaders.CONTENT_TYPE) String contentType, @RequestBody String body) {
		if (!authorized(auth, "https://purl.imsglobal.org/spec/lti-ags/scope/score")) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		if (!contentType.startsWith(SCORE_TYPE)) {
			return ResponseEntity.badRequest().body(Map.of("error", "Content-Type must be " + SCORE_TYPE));
		}
		JsonNode score = this.json.readTree(body);
		String userId = text(score, "userId");
		if (userId == null || text(score, "timestamp") == null || text(score, "activityProgress") == null
				|| text(score, "gradingProgress") == null) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "userId, timestamp, activityProgress and gradingProgress are required"));
		}
		if (DemoUser.find(userId).filter((user) -> !user.teacher()).isEmpty()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "user " + userId + " is not a gradable student of this course"));
		}
		OffsetDateTime timestamp = OffsetDateTime.parse(text(score, "timestamp"));
		Optional<OffsetDateTime> stored = this.jdbc
			.sql("select score_timestamp from demo_score where line_item_id = :id and user_id = :user")
			.param("id", id)
			.param("user", userId)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
		if (stored.isPresent()
				&& !timestamp.truncatedTo(ChronoUnit.SECONDS).isAfter(stored.get().truncatedTo(ChronoUnit.SECONDS))) {
			return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "a later score is already stored"));
		}
		boolean graded = "FullyGraded".equals(text(score, "gradingProgress"));
		this.jdbc.sql("delete from demo_score where line_item_id = :id and user_id = :user")
			.param("id", id)
			.param("user", userId)
			.update();
		this.jdbc.sql("""
				insert into demo_score (line_item_id, user_id, score_given, score_maximum, activity_progress,
				grading_progress, score_timestamp) values (:id, :user, :given, :max, :activity, :grading, :timestamp)
				""")
			.param("id", id)
			.param("user", userId)
			.param("given", graded && score.path("scoreGiven").isNumber() ? score.get("scoreGiven").asDouble() : null)
			.param("max", score.path("scoreMaximum").isNumber() ? score.get("scoreMaximum").asDouble() : null)
			.param("activity", text(score, "activityProgress"))
			.param("grading", text(score, "gradingProgress"))
			.param("timestamp", timestamp)
			.update();
		return ResponseEntity.ok(Map.of());
	}

	private boolean authorized(String header, String scope) {
		return this.tokens.authorized(header, scope);
	}

	private Map<String, Object> item(long id, String label, double max, String link, String tag) {
		Map<String, Object> item = new java.util.LinkedHashMap<>();
		item.put("id", this.settings.platformUrl() + "/demo/lineitems/" + id + "/lineitem");
		item.put("label", label);
		item.put("scoreMaximum", max);
		if (link != null) {
			item.put("resourceLinkId", link);
		}
		if (tag != null) {
			item.put("tag", tag);
		}
		return item;
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

}

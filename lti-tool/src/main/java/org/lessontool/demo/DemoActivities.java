package org.lessontool.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo course's activities: the one it starts with, and those a teacher adds by deep
 * linking, each with its custom values and gradebook column.
 */
@Component
@Profile("default | demo")
class DemoActivities {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DemoActivities(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * An activity of the demo course.
	 *
	 * @param resourceLinkId its resource link id
	 * @param title its title
	 * @param custom its custom values
	 * @param lineItemId its gradebook column, if it has one of its own
	 */
	record Activity(String resourceLinkId, String title, Map<String, String> custom, Long lineItemId) {
	}

	static final Activity STARTER = new Activity(DemoLmsController.RESOURCE_LINK_ID, "Lesson 964: Fine-tuning",
			Map.of(), null);

	List<Activity> all() {
		List<Activity> all = new ArrayList<>();
		all.add(STARTER);
		all.addAll(this.jdbc.sql("select * from demo_activity order by created_at, resource_link_id")
			.query((rs, row) -> new Activity(rs.getString("resource_link_id"), rs.getString("title"),
					this.json.readValue(rs.getString("custom"), new TypeReference<Map<String, String>>() {
					}), (Long) rs.getObject("line_item_id", Long.class)))
			.list());
		return all;
	}

	Optional<Activity> find(String resourceLinkId) {
		return all().stream().filter((activity) -> activity.resourceLinkId().equals(resourceLinkId)).findFirst();
	}

	/**
	 * Places a resource link from a deep-linking response, with its own column when the
	 * tool asked for one (Deep Linking 2.0 section 3.4.7).
	 */
	@Transactional
	Activity add(String title, Map<String, String> custom, String columnLabel, Double scoreMaximum, String tag,
			String resourceId) {
		String linkId = "demo-link-" + UUID.randomUUID().toString().substring(0, 8);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		Long lineItemId = null;
		if (scoreMaximum != null) {
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc.sql("""
					insert into demo_line_item (label, score_maximum, resource_link_id, resource_id, tag, created_at)
					values (:label, :max, :link, :resource, :tag, :now)
					""")
				.param("label", (columnLabel != null) ? columnLabel : title)
				.param("max", scoreMaximum)
				.param("link", linkId)
				.param("resource", resourceId)
				.param("tag", tag)
				.param("now", now)
				.update(keys, "id");
			lineItemId = keys.getKey().longValue();
		}
		this.jdbc.sql("""
				insert into demo_activity (resource_link_id, title, custom, line_item_id, created_at)
				values (:link, :title, :custom, :lineItem, :now)
				""")
			.param("link", linkId)
			.param("title", title)
			.param("custom", this.json.writeValueAsString(custom))
			.param("lineItem", lineItemId)
			.param("now", now)
			.update();
		return new Activity(linkId, title, custom, lineItemId);
	}

}

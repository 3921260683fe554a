package org.lessontool.launch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Launches in the shared database, so any replica can serve a launch's later requests.
 */
@Repository
class LaunchContextRepository {

	static final String ACTIVE = "ACTIVE";

	static final String AWAITING_STORAGE = "AWAITING_STORAGE";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	LaunchContextRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void save(LaunchContext launch, String status, String bindingState) {
		LaunchContext.Services services = launch.services();
		this.jdbc
			.sql("""
					insert into launch_context (id, status, binding_state, csrf_token, platform_id, issuer, client_id,
					deployment_id, message_type, context_id, context_title, resource_link_id, resource_link_title, subject,
					name, email, roles, ags_lineitems, ags_lineitem, ags_scopes, nrps_url, custom, document_target,
					return_url, deep_linking, frame_ancestors, created_at, expires_at)
					values (:id, :status, :bindingState, :csrf, :platformId, :issuer, :clientId, :deploymentId, :messageType,
					:contextId, :contextTitle, :linkId, :linkTitle, :subject, :name, :email, :roles, :lineItems, :lineItem,
					:scopes, :nrps, :custom, :target, :returnUrl, :deepLinking, :ancestors, :createdAt,
					:expiresAt)
					""")
			.param("id", launch.id())
			.param("status", status)
			.param("bindingState", bindingState)
			.param("csrf", launch.csrfToken())
			.param("platformId", launch.platformId())
			.param("issuer", launch.issuer())
			.param("clientId", launch.clientId())
			.param("deploymentId", launch.deploymentId())
			.param("messageType", launch.messageType())
			.param("contextId", launch.contextId())
			.param("contextTitle", launch.contextTitle())
			.param("linkId", launch.resourceLinkId())
			.param("linkTitle", launch.resourceLinkTitle())
			.param("subject", launch.subject())
			.param("name", launch.name())
			.param("email", launch.email())
			.param("roles", this.json.writeValueAsString(launch.roles()))
			.param("lineItems", services.lineItems())
			.param("lineItem", services.lineItem())
			.param("scopes", this.json.writeValueAsString(services.scopes()))
			.param("nrps", services.membershipsUrl())
			.param("custom", this.json.writeValueAsString(launch.custom()))
			.param("target", launch.documentTarget())
			.param("returnUrl", launch.returnUrl())
			.param("deepLinking",
					(launch.deepLinking() != null) ? this.json.writeValueAsString(launch.deepLinking()) : null)
			.param("ancestors", String.join(" ", launch.frameAncestors()))
			.param("createdAt", OffsetDateTime.now(java.time.ZoneOffset.UTC))
			.param("expiresAt", launch.expiresAt())
			.update();
	}

	Optional<LaunchContext> findActive(String id, OffsetDateTime now) {
		return this.jdbc.sql("select * from launch_context where id = :id and status = :status and expires_at > :now")
			.param("id", id)
			.param("status", ACTIVE)
			.param("now", now)
			.query(this::map)
			.optional();
	}

	/**
	 * S-06: a launch parked for platform-storage confirmation becomes usable once, with
	 * its state.
	 */
	boolean activate(String id, String bindingState, OffsetDateTime now) {
		return this.jdbc.sql("""
				update launch_context set status = :active, binding_state = null
				where id = :id and status = :awaiting and binding_state = :state and expires_at > :now
				""")
			.param("active", ACTIVE)
			.param("awaiting", AWAITING_STORAGE)
			.param("id", id)
			.param("state", bindingState)
			.param("now", now)
			.update() == 1;
	}

	List<LaunchCompleted> createdBetween(OffsetDateTime after, OffsetDateTime until, int max) {
		return this.jdbc
			.sql("select * from launch_context where created_at > :after and created_at <= :until order by created_at")
			.param("after", after)
			.param("until", until)
			.withMaxRows(max)
			.query((rs, row) -> new LaunchCompleted(map(rs, row), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
	}

	private static List<String> ancestors(String text) {
		return (text == null || text.isBlank()) ? List.of() : List.of(text.strip().split(" +"));
	}

	private DeepLinkingSettings deepLinking(String text) {
		return (text != null) ? this.json.readValue(text, DeepLinkingSettings.class) : null;
	}

	private LaunchContext map(ResultSet rs, int row) throws SQLException {
		return new LaunchContext(rs.getString("id"), rs.getString("platform_id"), rs.getString("issuer"),
				rs.getString("client_id"), rs.getString("deployment_id"), rs.getString("message_type"),
				rs.getString("context_id"), rs.getString("context_title"), rs.getString("resource_link_id"),
				rs.getString("resource_link_title"), rs.getString("subject"), rs.getString("name"),
				rs.getString("email"), this.json.readValue(rs.getString("roles"), new TypeReference<List<String>>() {
				}), new LaunchContext.Services(rs.getString("ags_lineitems"), rs.getString("ags_lineitem"),
						this.json.readValue(rs.getString("ags_scopes"), new TypeReference<List<String>>() {
						}), rs.getString("nrps_url")),
				this.json.readValue(rs.getString("custom"), new TypeReference<Map<String, String>>() {
				}), rs.getString("document_target"), rs.getString("return_url"),
				deepLinking(rs.getString("deep_linking")), ancestors(rs.getString("frame_ancestors")),
				rs.getString("csrf_token"), rs.getObject("expires_at", OffsetDateTime.class));
	}

}

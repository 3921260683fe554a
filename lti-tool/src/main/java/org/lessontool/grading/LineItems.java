package org.lessontool.grading;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.lessontool.platform.AgsService;
import org.lessontool.platform.LineItem;
import org.lessontool.platform.PlatformCallException;
import org.lessontool.tool.AgsScopes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a resource link's scores go (lti-checklist A-12): the launch's line item; else
 * the one the platform lists for the link; else, with the lineitem scope only, one the
 * tool creates. The answer is kept per link, and a row claimed before creating makes
 * parallel first submissions create exactly one column.
 */
@Component
class LineItems {

	private final AgsService ags;

	private final JdbcClient jdbc;

	LineItems(AgsService ags, JdbcClient jdbc) {
		this.ags = ags;
		this.jdbc = jdbc;
	}

	String resolve(Delivery d) {
		if (d.lineItemUrl() != null) {
			return d.lineItemUrl();
		}
		Optional<String> known = known(d);
		if (known.isPresent()) {
			return known.get();
		}
		if (d.lineItemsUrl() == null) {
			throw new PlatformCallException(PlatformCallException.Kind.REFUSED, "the launch named no line item", null);
		}
		Optional<String> found = this.ags.findLineItem(d.platformId(), d.scopes(), d.lineItemsUrl(),
				d.resourceLinkId());
		if (found.isPresent()) {
			remember(d, found.get());
			return found.get();
		}
		if (!this.ags.grantedScopes(d.platformId(), d.scopes()).contains(AgsScopes.LINE_ITEM)) {
			throw new PlatformCallException(PlatformCallException.Kind.REFUSED,
					"the LMS has no gradebook column for this activity and does not let the tool create one", null);
		}
		if (!claimCreation(d)) {
			// another replica or request is creating it right now
			throw new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE,
					"the gradebook column is being created", java.time.Duration.ofSeconds(1));
		}
		try {
			String created = this.ags.createLineItem(d.platformId(), d.scopes(), d.lineItemsUrl(), new LineItem(null,
					d.label(), (double) d.scoreMaximum(), d.resourceLinkId(), "lesson-964-quiz", "quiz"));
			remember(d, created);
			return created;
		}
		catch (RuntimeException ex) {
			forgetClaim(d);
			throw ex;
		}
	}

	private Optional<String> known(Delivery d) {
		return this.jdbc
			.sql("select line_item_url from line_item_link where platform_id = :p and scope_key = :s "
					+ "and resource_link_id = :l and line_item_url is not null")
			.param("p", d.platformId())
			.param("s", d.scopeKey())
			.param("l", d.resourceLinkId())
			.query(String.class)
			.optional();
	}

	private boolean claimCreation(Delivery d) {
		try {
			return this.jdbc
				.sql("insert into line_item_link (platform_id, scope_key, resource_link_id, created_at) "
						+ "values (:p, :s, :l, :now)")
				.param("p", d.platformId())
				.param("s", d.scopeKey())
				.param("l", d.resourceLinkId())
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private void remember(Delivery d, String url) {
		int updated = this.jdbc
			.sql("update line_item_link set line_item_url = :url where platform_id = :p "
					+ "and scope_key = :s and resource_link_id = :l")
			.param("url", url)
			.param("p", d.platformId())
			.param("s", d.scopeKey())
			.param("l", d.resourceLinkId())
			.update();
		if (updated == 0 && claimCreation(d)) {
			remember(d, url);
		}
	}

	private void forgetClaim(Delivery d) {
		this.jdbc
			.sql("delete from line_item_link where platform_id = :p and scope_key = :s and resource_link_id = :l "
					+ "and line_item_url is null")
			.param("p", d.platformId())
			.param("s", d.scopeKey())
			.param("l", d.resourceLinkId())
			.update();
	}

}

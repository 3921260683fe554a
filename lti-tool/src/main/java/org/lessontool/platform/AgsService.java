package org.lessontool.platform;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

import org.lessontool.tool.AgsScopes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Assignment and Grade Services 2.0 calls: find or create a line item, post a score.
 * Service URLs are used as the platform gave them; a 401 gets one fresh token and
 * one retry.
 */
@Service
public class AgsService {

	static final MediaType SCORE = MediaType.parseMediaType("application/vnd.ims.lis.v1.score+json");

	static final MediaType LINE_ITEM = MediaType.parseMediaType("application/vnd.ims.lis.v2.lineitem+json");

	static final MediaType LINE_ITEM_CONTAINER = MediaType
		.parseMediaType("application/vnd.ims.lis.v2.lineitemcontainer+json");

	private static final Set<String> AGS = Set.of(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READONLY,
			AgsScopes.RESULT_READONLY, AgsScopes.SCORE);

	private final PlatformCalls calls;

	private final JsonMapper json;

	AgsService(PlatformCalls calls, JsonMapper json) {
		this.calls = calls;
		this.json = json;
	}

	/** The scopes a token was granted for this platform and launch. */
	public Set<String> grantedScopes(String platformId, List<String> claimScopes) {
		return this.calls.token(platformId, requested(claimScopes)).scopes();
	}

	/** the line item bound to a resource link, if the platform has one. */
	public Optional<String> findLineItem(String platformId, List<String> claimScopes, String lineItemsUrl,
			String resourceLinkId) {
		URI uri = UriComponentsBuilder.fromUriString(lineItemsUrl)
			.queryParam("resource_link_id", resourceLinkId)
			.encode()
			.build()
			.toUri();
		String body = call(platformId, claimScopes,
				(token) -> this.calls.http()
					.get()
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.accept(LINE_ITEM_CONTAINER)
					.exchange((request, response) -> AgsResponses.body(request, response)));
		return this.json.readValue(body, new tools.jackson.core.type.TypeReference<List<LineItem>>() {
		}).stream().filter((item) -> resourceLinkId.equals(item.resourceLinkId())).map(LineItem::id).findFirst();
	}

	/** creates a line item and returns its URL. */
	public String createLineItem(String platformId, List<String> claimScopes, String lineItemsUrl, LineItem item) {
		String payload = this.json.writeValueAsString(item);
		String body = call(platformId, claimScopes,
				(token) -> this.calls.http()
					.post()
					.uri(URI.create(lineItemsUrl))
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.contentType(LINE_ITEM)
					.accept(LINE_ITEM)
					.body(payload)
					.exchange((request, response) -> AgsResponses.body(request, response)));
		return this.json.readValue(body, LineItem.class).id();
	}

	/** posts a score to the line item's scores endpoint. */
	public void postScore(String platformId, List<String> claimScopes, String lineItemUrl, Score score) {
		String payload = this.json.writeValueAsString(score);
		URI uri = scoresUri(lineItemUrl);
		call(platformId, claimScopes,
				(token) -> this.calls.http()
					.post()
					.uri(uri)
					.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
					.contentType(SCORE)
					.body(payload)
					.exchange((request, response) -> AgsResponses.body(request, response)));
	}

	/** "/scores" is appended to the path; the query string is kept. */
	static URI scoresUri(String lineItemUrl) {
		URI uri = URI.create(lineItemUrl);
		String path = (uri.getRawPath() == null) ? "" : uri.getRawPath();
		String withScores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
		return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + withScores
				+ ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : ""));
	}

	private String call(String platformId, List<String> claimScopes, Function<String, String> request) {
		return this.calls.call(platformId, requested(claimScopes), request);
	}

	/** only AGS scopes the launch's claim offered. */
	private static Set<String> requested(List<String> claimScopes) {
		Set<String> scopes = new TreeSet<>(claimScopes);
		scopes.retainAll(AGS);
		return scopes;
	}

}

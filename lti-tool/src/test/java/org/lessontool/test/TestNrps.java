package org.lessontool.test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The test platform's Names and Role Provisioning Service: a roster served in pages, each
 * with the {@code Link} header a test writes, and every request recorded as it arrived.
 */
public final class TestNrps {

	private final String base;

	private final List<TestAgs.Recorded> requests = new CopyOnWriteArrayList<>();

	private volatile List<String> pages = List.of(page(List.of()));

	private volatile List<String> links = List.of();

	TestNrps(HttpServer server, String base) {
		this.base = base;
		server.createContext("/memberships", this::memberships);
	}

	/** The context memberships URL a launch carries. */
	public String url() {
		return this.base + "/memberships/course-2";
	}

	/** The URL of page {@code n} (from 1), as a next link names it. */
	public String pageUrl(int n) {
		return url() + "?page=" + n;
	}

	/**
	 * Serves these pages: the first at {@link #url()}, page n at {@link #pageUrl(int)};
	 * {@code links.get(i)} is the Link header of page i+1, or empty for none.
	 */
	public void serve(List<String> pages, List<String> links) {
		this.pages = List.copyOf(pages);
		this.links = List.copyOf(links);
	}

	public List<TestAgs.Recorded> requests() {
		return new ArrayList<>(this.requests);
	}

	/** A membership container holding these members (each a JSON object). */
	public static String page(List<String> members) {
		return "{\"id\":\"roster\",\"context\":{\"id\":\"course-2\",\"label\":\"AI101\",\"title\":\"AI for Teens\"},"
				+ "\"members\":[" + String.join(",", members) + "]}";
	}

	/**
	 * A learner member; name and email are left out when null, as privacy settings do.
	 */
	public static String learner(String userId, String name, String email, String status) {
		StringBuilder member = new StringBuilder("{\"user_id\":\"" + userId + "\",\"roles\":"
				+ "[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Learner\"]");
		if (status != null) {
			member.append(",\"status\":\"").append(status).append('"');
		}
		if (name != null) {
			member.append(",\"name\":\"").append(name).append('"');
		}
		if (email != null) {
			member.append(",\"email\":\"").append(email).append('"');
		}
		return member.append('}').toString();
	}

	public static String instructor(String userId, String name) {
		return "{\"user_id\":\"" + userId + "\",\"name\":\"" + name
				+ "\",\"roles\":[\"http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor\"]}";
	}

	private void memberships(HttpExchange exchange) throws IOException {
		TestAgs.Recorded request = TestAgs.record(exchange);
		this.requests.add(request);
		if (!String.valueOf(request.headers().get("authorization")).startsWith("Bearer ")) {
			TestAgs.respond(exchange, 401, "{}", "application/json");
			return;
		}
		String query = (request.query() != null) ? request.query() : "";
		int page = 1;
		for (String pair : query.split("&")) {
			if (pair.startsWith("page=")) {
				page = Integer.parseInt(pair.substring(5));
			}
		}
		if (page > this.pages.size()) {
			TestAgs.respond(exchange, 404, "{}", "application/json");
			return;
		}
		String link = (page <= this.links.size()) ? this.links.get(page - 1) : "";
		if (!link.isEmpty()) {
			exchange.getResponseHeaders().add("Link", link);
		}
		TestAgs.respond(exchange, 200, this.pages.get(page - 1),
				"application/vnd.ims.lti-nrps.v2.membershipcontainer+json");
	}

}

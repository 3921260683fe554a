package org.lessontool.tool;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the tool's URLs keep the path of its base, configured or requested. */
class ToolEndpointsTests {

	final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/lessons/lti/login");

	@Test
	void whenTheConfiguredUrlHasAPathThenEveryUrlKeepsItAndTheOriginDoesNot() {
		ToolEndpoints endpoints = new ToolEndpoints(new ToolSettings("https://school.example.org/lessons/"));
		assertThat(endpoints.base(this.request)).isEqualTo("https://school.example.org/lessons");
		assertThat(endpoints.url(this.request, "/lti/launch"))
			.isEqualTo("https://school.example.org/lessons/lti/launch");
		assertThat(endpoints.origin(this.request)).isEqualTo("https://school.example.org");
	}

	@Test
	void whenNoUrlIsConfiguredThenTheRequestsContextPathIsTheBase() {
		this.request.setServerName("tool.test");
		this.request.setServerPort(8443);
		this.request.setScheme("https");
		this.request.setContextPath("/lessons");
		ToolEndpoints endpoints = new ToolEndpoints(new ToolSettings(""));
		assertThat(endpoints.url(this.request, "/lti/login")).isEqualTo("https://tool.test:8443/lessons/lti/login");
	}

	@Test
	void whenAUrlIsUnderTheBaseWithAnAllowedPathThenItIsTheToolsOwn() {
		// lti-checklist C-12: a target_link_uri must be the tool's own origin and path
		ToolEndpoints endpoints = new ToolEndpoints(new ToolSettings("https://school.example.org/lessons"));
		List<String> paths = List.of("/lti/launch");
		assertThat(endpoints.isOwn("https://school.example.org/lessons/lti/launch", paths, this.request)).isTrue();
		assertThat(endpoints.isOwn("HTTPS://SCHOOL.example.org/lessons/lti/launch", paths, this.request)).isTrue();
		assertThat(endpoints.isOwn("https://school.example.org/lti/launch", paths, this.request)).isFalse();
		assertThat(endpoints.isOwn("https://school.example.org/lessons/admin", paths, this.request)).isFalse();
		assertThat(endpoints.isOwn("https://evil.example.org/lessons/lti/launch", paths, this.request)).isFalse();
		assertThat(endpoints.isOwn("https://user@school.example.org/lessons/lti/launch", paths, this.request))
			.isFalse();
		assertThat(endpoints.isOwn("not a url", paths, this.request)).isFalse();
		assertThat(endpoints.isOwn("/lessons/lti/launch", paths, this.request)).isFalse();
	}

}

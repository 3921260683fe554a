package org.lessontool.launch;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist C-35, C-37 to C-40: where a launch's data belongs and what its roles
 * allow.
 */
class LaunchContextTests {

	static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

	@Test
	void scopeIsNeverTheContextIdAlone() {
		LaunchContext canvas = launch("https://canvas.instructure.com", "1", "link-a", List.of());
		LaunchContext moodle = launch("https://moodle.example.org", "1", "link-a", List.of());
		assertThat(canvas.scope()).isNotEqualTo(moodle.scope()).contains("context:1");
	}

	@Test
	void withoutAContextTheResourceLinkScopesTheData() {
		assertThat(launch("https://moodle.example.org", null, "link-a", List.of()).scope()).endsWith("link:link-a");
	}

	@Test
	void teachingAssistantSubRoleIsATeacher() {
		assertThat(launch("i", "c", "l",
				List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"))
			.experience()).isEqualTo(Experience.TEACHER);
	}

	@Test
	void contentDeveloperAndContextAdministratorAreTeachers() {
		assertThat(launch("i", "c", "l", List.of(MEMBERSHIP + "ContentDeveloper")).experience())
			.isEqualTo(Experience.TEACHER);
		assertThat(launch("i", "c", "l", List.of(MEMBERSHIP + "Administrator")).experience())
			.isEqualTo(Experience.TEACHER);
	}

	@Test
	void systemAdministratorIsNotATeacherOfTheCourse() {
		assertThat(launch("i", "c", "l",
				List.of("http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator",
						"http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor"))
			.experience()).isEqualTo(Experience.LEARNER);
	}

	static LaunchContext launch(String issuer, String contextId, String linkId, List<String> roles) {
		return new LaunchContext("id", "p", issuer, "client", "1", "LtiResourceLinkRequest", contextId, null, linkId,
				null, "sub", null, null, roles, new LaunchContext.Services(null, null, List.of(), null), Map.of(), null,
				null, null, List.of(), "csrf", null);
	}

}

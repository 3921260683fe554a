package org.lessontool.launch;

import org.junit.jupiter.api.Test;
import org.lessontool.registration.Platform;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the new-tab path of a launch starts (lti-checklist S-01, M-03, M-04). */
class RelaunchesTests {

	static final String TOOL_LOGIN = "https://tool.example.org/lti/login";

	@Test
	void moodleStartsAFreshLaunchFromItsActivityPageBecauseItsHintIsSingleUse() {
		// M-04: Moodle's auth.php unsets the launch id of the hint on first use
		Platform moodle = platform("https://moodle.school.example", "https://moodle.school.example/mod/lti/auth.php");
		assertThat(Relaunches.of(moodle, moodle.issuer(), "4", "https://tool.example.org/lti/launch",
				"{\"cmid\":27,\"launchid\":\"ltilaunch1_1014286897\"}", "client", "1", TOOL_LOGIN))
			.isEqualTo("https://moodle.school.example/mod/lti/launch.php?id=27");
	}

	@Test
	void anotherPlatformGetsItsOwnLoginAgainWithTheSameParametersEncoded() {
		// M-03, CV-03: hints pass back untouched, "+" and JSON included
		Platform lms = platform("https://lms.example", "https://lms.example/authorize");
		String url = Relaunches.of(lms, lms.issuer(), "user 1", "https://tool.example.org/lti/launch", "a+b={c}",
				"client", null, TOOL_LOGIN);
		assertThat(url).isEqualTo(TOOL_LOGIN + "?iss=https%3A%2F%2Flms.example&login_hint=user+1"
				+ "&target_link_uri=https%3A%2F%2Ftool.example.org%2Flti%2Flaunch&lti_message_hint=a%2Bb%3D%7Bc%7D"
				+ "&client_id=client");
	}

	@Test
	void aMoodleHintWithoutACourseModuleFallsBackToTheLogin() {
		Platform moodle = platform("https://moodle.school.example", "https://moodle.school.example/mod/lti/auth.php");
		assertThat(Relaunches.of(moodle, moodle.issuer(), "4", "https://tool.example.org/lti/launch", "12", "c", "1",
				TOOL_LOGIN))
			.startsWith(TOOL_LOGIN + "?iss=");
	}

	@Test
	void anOverlongLoginOffersNoNewTab() {
		Platform lms = platform("https://lms.example", "https://lms.example/authorize");
		assertThat(Relaunches.of(lms, lms.issuer(), "u", "https://tool.example.org/lti/launch", "x".repeat(5000), "c",
				null, TOOL_LOGIN))
			.isNull();
	}

	private static Platform platform(String issuer, String authorization) {
		return new Platform("id", issuer, "client", authorization, issuer + "/token", issuer + "/jwks", null,
				Platform.DeploymentPolicy.STRICT, Platform.Status.ACTIVE, null);
	}

}

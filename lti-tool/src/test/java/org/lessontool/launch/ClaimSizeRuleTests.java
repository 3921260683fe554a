package org.lessontool.launch;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimSizeRuleTests {

	@Test
	void rolesAreMeasuredAsStoredWithTheirJsonEscapes() {
		// 1,999 quotes are 1,999 characters, but 3,998 once escaped, plus brackets and
		// quotes
		assertThatCode(() -> ClaimSizeRule.check(launch(List.of("\"".repeat(1998)), Map.of())))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> ClaimSizeRule.check(launch(List.of("\"".repeat(1999)), Map.of())))
			.isInstanceOf(LaunchRejectedException.class)
			.hasMessageContaining("roles is longer than the 4000 characters");
	}

	@Test
	void customParametersAreMeasuredAsStored() {
		// {"k":"…"} with each line break written as two characters: 10,000, then 10,002
		assertThatCode(() -> ClaimSizeRule.check(launch(List.of(), Map.of("k", "\n".repeat(4996)))))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> ClaimSizeRule.check(launch(List.of(), Map.of("k", "\n".repeat(4997)))))
			.isInstanceOf(LaunchRejectedException.class)
			.hasMessageContaining("custom is longer than the 10000 characters");
	}

	@Test
	void ordinaryClaimsPass() {
		assertThatCode(
				() -> ClaimSizeRule.check(launch(
						List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
								"http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student"),
						Map.of("unit", "4"))))
			.doesNotThrowAnyException();
	}

	private static LaunchContext launch(List<String> roles, Map<String, String> custom) {
		return new LaunchContext("launch", "platform", "https://lms.example.org", "client", "1",
				"LtiResourceLinkRequest", "course", "AI for Teens", "link", "Lesson 964", "student", null, null, roles,
				new LaunchContext.Services(null, null, List.of(), null), custom, "iframe", null, null, List.of(),
				"csrf", null);
	}

}

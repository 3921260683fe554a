package org.lessontool.launch;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.AgsScopes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist A-01: a launch collects grades only with a line item and the score scope.
 */
class ServicesTests {

	@Test
	void whenTheLaunchHasALineItemAndTheScoreScopeThenItCollectsGrades() {
		assertThat(
				new LaunchContext.Services(null, "https://lms/li/1", List.of(AgsScopes.SCORE), null).collectsGrades())
			.isTrue();
		assertThat(
				new LaunchContext.Services("https://lms/li", null, List.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE), null)
					.collectsGrades())
			.isTrue();
	}

	@Test
	void whenEitherIsMissingThenItDoesNot() {
		// lti-checklist A-07: only the AGS claims and scopes actually present count
		assertThat(new LaunchContext.Services(null, null, List.of(AgsScopes.SCORE), null).collectsGrades()).isFalse();
		assertThat(new LaunchContext.Services(null, "https://lms/li/1", List.of(AgsScopes.LINE_ITEM_READONLY), null)
			.collectsGrades()).isFalse();
		assertThat(new LaunchContext.Services(null, null, List.of(), null).collectsGrades()).isFalse();
	}

}

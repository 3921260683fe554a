package org.lessontool.grading;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.KeyRotation;
import org.lessontool.test.Student;
import org.lessontool.test.TestAgs;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist Z-13, M-10: across a key rotation, grades keep reaching a platform that
 * verifies the tool's assertions against a cached copy of its keyset, and launches keep
 * working.
 */
@ToolTest
@TestPropertySource(properties = "lti.keys.publish-ahead=0s")
class KeyRotationDeliveryTests extends GradingContractSupport {

	@Autowired
	KeyRotation rotation;

	@Test
	void gradesAndLaunchesSurviveARotation() {
		platform.ags().verifyAssertionsWith("http://localhost:" + this.port + "/.well-known/jwks.json");
		Student before = Student.launch(this.port, platform, "rotation-1", (claims) -> {
		});
		before.takeQuiz(Student.ONE_RIGHT);
		delivered("rotation-1");
		String oldKid = kidOfLastTokenRequest();

		this.rotation.rotateNow();
		this.rotation.promoteDue();
		assertThat(this.keys.signingKey().getKeyID()).isNotEqualTo(oldKid);

		// another scope set needs a new token, signed with the new key the platform has
		// not seen yet
		Student after = Student.launch(this.port, platform, "rotation-2",
				(claims) -> claims.put(AGS,
						Map.of("scope",
								List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
										"https://purl.imsglobal.org/spec/lti-ags/scope/score"),
								"lineitem", platform.issuer() + "/lineitems/2/lineitem?type_id=1")));
		after.takeQuiz(Student.ONE_RIGHT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(status("rotation-2")).isEqualTo("DELIVERED"));
		assertThat(kidOfLastTokenRequest()).isEqualTo(this.keys.signingKey().getKeyID());
	}

	private String kidOfLastTokenRequest() {
		List<TestAgs.Recorded> log = platform.ags().tokenLog();
		String assertion = log.get(log.size() - 1).form().get("client_assertion");
		return (String) json(new String(java.util.Base64.getUrlDecoder().decode(assertion.split("\\.")[0]))).get("kid");
	}

}

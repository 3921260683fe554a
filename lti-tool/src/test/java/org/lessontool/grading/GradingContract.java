package org.lessontool.grading;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lessontool.tool.ToolKeys;
import org.lessontool.test.Student;
import org.lessontool.test.TestAgs;
import org.lessontool.test.TestPlatform;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grades reach the test platform's gradebook over real HTTP, and are never lost
 * (lti-checklist section 2).
 */
abstract class GradingContract extends GradingContractSupport {

	@Test
	void scoreIsPostedWithTheExactShapeAgsAsks() {
		// lti-checklist A-19: the raw result (15 of 15), not a percentage; the LMS scales
		// it
		// lti-checklist A-03 (the line item URL used as given, query kept), A-15 (/scores
		// appended to
		// its path), A-16 (the score body), X-07 (AGS calls after a launch with the AGS
		// claim)
		Student student = Student.launch(this.port, platform, "grade-shape", (claims) -> {
		});
		String result = student.takeQuiz(allCorrect()).body();
		assertThat(result).contains("You got 15 of 15");
		TestAgs.Recorded score = delivered("grade-shape");
		assertThat(score.method()).isEqualTo("POST");
		assertThat(score.path()).isEqualTo("/lineitems/2/lineitem/scores");
		assertThat(score.query()).isEqualTo("type_id=1");
		assertThat(score.headers()).containsEntry("content-type", "application/vnd.ims.lis.v1.score+json");
		assertThat(score.headers().get("authorization")).startsWith("Bearer tok-");
		Map<String, Object> body = json(score.body());
		assertThat(body).containsEntry("userId", "grade-shape")
			.containsEntry("scoreGiven", 15L)
			.containsEntry("scoreMaximum", 15L)
			.containsEntry("activityProgress", "Completed")
			.containsEntry("gradingProgress", "FullyGraded")
			.containsKey("submission");
		assertThat((String) body.get("timestamp"))
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}(Z|[+-]\\d\\d:\\d\\d)");
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(student.post("/quiz/attempts/" + attemptOf("grade-shape"), Map.of()).body())
				.contains("Your score is in your gradebook."));
	}

	@Test
	void tokenRequestUsesClientCredentialsWithASignedAssertion() {
		// lti-checklist A-02: the grade token asks for the AGS score scope
		Student student = Student.launch(this.port, platform, "grade-token", (claims) -> {
		});
		platform.ags().reset();
		student.takeQuiz(allCorrect());
		delivered("grade-token");
		// the platform is shared: its log holds roster (NRPS) token requests of other
		// tests too, and a grade token may have been cached before this one
		assertThat(platform.ags().tokenLog()).isNotEmpty()
			.anySatisfy((request) -> assertThat(request.form().get("scope").split(" "))
				.contains("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
		for (TestAgs.Recorded request : platform.ags().tokenLog()) {
			assertTokenRequestShape(request);
		}
		// C-46: this tool signs its assertions with the key it publishes
		assertThat(platform.ags().tokenLog()).anySatisfy((request) -> assertThat(
				json(new String(Base64.getUrlDecoder().decode(request.form().get("client_assertion").split("\\.")[0]))))
			.containsEntry("kid", this.keys.signingKey().getKeyID()));
	}

	/**
	 * lti-checklist A-04 (a form POST with client credentials and a JWT assertion) and
	 * A-05 (iss = sub = client id, aud = the token endpoint, a jti, five minutes at
	 * most).
	 */
	void assertTokenRequestShape(TestAgs.Recorded request) {
		assertThat(request.headers().get("content-type")).startsWith("application/x-www-form-urlencoded");
		Map<String, String> form = request.form();
		assertThat(form).containsEntry("grant_type", "client_credentials")
			.containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
			.containsKey("client_assertion");
		String[] parts = form.get("client_assertion").split("\\.");
		Map<String, Object> header = json(new String(Base64.getUrlDecoder().decode(parts[0])));
		Map<String, Object> claims = json(new String(Base64.getUrlDecoder().decode(parts[1])));
		assertThat(header).containsEntry("alg", "RS256").containsKey("kid");
		assertThat(claims).containsEntry("iss", TestPlatform.CLIENT_ID)
			.containsEntry("sub", TestPlatform.CLIENT_ID)
			.containsKey("jti");
		assertThat(claims.get("aud").toString()).contains(platform.tokenEndpoint());
		assertThat((Long) claims.get("exp") - (Long) claims.get("iat")).isBetween(1L, 300L);
	}

	@Test
	void moodleTokenAnswersLabelledTextHtmlStillDeliverTheGrade() {
		// M-07, M-08: Moodle 4.5 labels its JSON token answer text/html
		// (fixtures/moodle-4.5/token-response.http); the grade must still arrive
		platform.behaveLike(TestPlatform.Lms.MOODLE);
		Student student = Student.launch(this.port, platform, "grade-moodle", withFreshTokenScopes("result.readonly"));
		student.takeQuiz(allCorrect());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(status("grade-moodle")).isEqualTo("DELIVERED"));
		assertThat(platform.ags().acceptedScores()).anySatisfy(
				(score) -> assertThat(score.body()).contains("\"userId\":\"grade-moodle\"", "\"scoreGiven\":15"));
		assertThat(platform.ags().tokenLog()).last()
			.satisfies((request) -> assertThat(request.form().get("scope")).isNotBlank());
	}

	@Test
	void canvasAcceptsTheAssertionBecauseItsAudienceIsTheTokenEndpoint() {
		// lti-checklist A-06: the test Canvas also refuses an assertion iat over 5 min
		// old or 30 s ahead
		// CV-09: Canvas answers 400 "the 'aud' is invalid" to any other audience
		platform.behaveLike(TestPlatform.Lms.CANVAS);
		Student student = Student.launch(this.port, platform, "grade-canvas",
				withFreshTokenScopes("lineitem.readonly"));
		student.takeQuiz(allCorrect());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(status("grade-canvas")).isEqualTo("DELIVERED"));
		String assertion = platform.ags()
			.tokenLog()
			.get(platform.ags().tokenLog().size() - 1)
			.form()
			.get("client_assertion");
		assertThat(json(new String(Base64.getUrlDecoder().decode(assertion.split("\\.")[1])))).containsEntry("aud",
				platform.tokenEndpoint());
	}

	@Test
	void aTokenRefusalTheLmsMayMendIsRetriedAndBothSidesSayWaitingInPlainWords() {
		// only invalid_client, invalid_scope and unauthorized_client are final;
		// Moodle's invalid_request (labelled text/html) is retried
		platform.behaveLike(TestPlatform.Lms.MOODLE);
		platform.ags().grantScope(null);
		Student student = Student.launch(this.port, platform, "grade-moodle-retry",
				withFreshTokenScopes("result.readonly", "lineitem.readonly"));
		platform.ags().refuseTokens("invalid_request");
		String result = student.takeQuiz(allCorrect()).body();
		assertThat(result).contains("Sending your score to your gradebook");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(lastError("grade-moodle-retry")).isNotNull());
		assertThat(status("grade-moodle-retry")).isIn("PENDING", "SENDING");
		assertThat(lastError("grade-moodle-retry")).contains("invalid_request", "keeps trying")
			.doesNotContain("Exception", "HttpMessageConverter", "text/html");
		platform.ags().refuseTokens(null);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(status("grade-moodle-retry")).isEqualTo("DELIVERED"));
	}

	@Test
	void aRefusalOfTheToolsCredentialsIsFinalAndSaysWhatTheAdminMustCheck() {
		// lti-checklist A-09: the token error is read from its JSON error code
		platform.behaveLike(TestPlatform.Lms.MOODLE);
		Student student = Student.launch(this.port, platform, "grade-invalid-client",
				withFreshTokenScopes("lineitem.readonly", "lineitem"));
		platform.ags().refuseTokens("invalid_client");
		student.takeQuiz(allCorrect());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(status("grade-invalid-client")).isEqualTo("FAILED"));
		assertThat(lastError("grade-invalid-client")).contains("refused the tool's access request", "invalid_client",
				"keyset URL");
		assertThat(student.post("/quiz/attempts/" + attemptOf("grade-invalid-client"), Map.of()).body())
			.contains("Your score could not be sent to the gradebook", "your teacher can see why");
	}

	/**
	 * The tool caches a token per platform and scope set; a scope set no other test uses
	 * makes the next grade ask the token endpoint again.
	 */
	static Consumer<Map<String, Object>> withFreshTokenScopes(String... extra) {
		List<String> scopes = new ArrayList<>(List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"));
		for (String scope : extra) {
			scopes.add("https://purl.imsglobal.org/spec/lti-ags/scope/" + scope);
		}
		return (claims) -> claims.put(AGS,
				Map.of("scope", scopes, "lineitems", platform.issuer() + "/lineitems?type_id=1", "lineitem",
						platform.issuer() + "/lineitems/2/lineitem?type_id=1"));
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void twentyScoresNeedAtMostOneTokenRequest(CapturedOutput output) {
		// lti-checklist A-08, Z-14: a token is cached per registration and scope set, and
		// neither it nor the signed assertion is ever logged
		List<Student> students = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			students.add(Student.launch(this.port, platform, "grade-many-" + i, (claims) -> {
			}));
		}
		platform.ags().reset();
		students.forEach((student) -> student.takeQuiz(allCorrect()));
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(platform.ags().scoresStartingWith("grade-many-")).hasSize(20));
		assertThat(platform.ags().tokenRequests()).isLessThanOrEqualTo(1);
		assertThat(output.getAll()).doesNotContainPattern("tok-[0-9]+").doesNotContain("client_assertion=", "eyJ");
	}

	@Test
	void unauthorizedGetsOneFreshTokenAndOneRetry() {
		Student student = Student.launch(this.port, platform, "grade-401", (claims) -> {
		});
		platform.ags().answerScoresOf("grade-401", 401);
		student.takeQuiz(allCorrect());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(status("grade-401")).isEqualTo("DELIVERED"));
		assertThat(platform.ags().scoresFor("grade-401")).hasSize(2);
		assertThat(platform.ags().tokenRequests()).isEqualTo(1);
		assertThat(attempts("grade-401")).isEqualTo(1);
	}

	@Test
	void theResultPageCanAskHowItsGradeIsGettingOn() throws Exception {
		// issue 16: the page polls this as the grade goes from sending to the gradebook
		Student student = Student.launch(this.port, platform, "grade-status", (claims) -> {
		});
		// the LMS stays down until the waiting status has been read
		Integer[] down = new Integer[500];
		java.util.Arrays.fill(down, 503);
		platform.ags().answerScoresOf("grade-status", down);
		student.takeQuiz(allCorrect());
		String path = "/quiz/attempts/" + attemptOf("grade-status") + "/grade";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(lastError("grade-status")).isNotNull());
		Map<String, Object> waiting = com.nimbusds.jose.util.JSONObjectUtils.parse(student.postJson(path, "{}").body());
		assertThat(waiting).containsEntry("state", "WAITING").containsEntry("pending", true);
		assertThat((String) waiting.get("text")).contains("has not taken your score yet", "keeps trying");
		platform.ags().reset(); // the LMS is back
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(status("grade-status")).isEqualTo("DELIVERED"));
		assertThat(com.nimbusds.jose.util.JSONObjectUtils.parse(student.postJson(path, "{}").body()))
			.containsEntry("state", "SENT")
			.containsEntry("pending", false)
			.containsEntry("text", "Your score is in your gradebook.");
		// another student's attempt is not this launch's to ask about
		Student other = Student.launch(this.port, platform, "grade-status-other", (claims) -> {
		});
		assertThat(other.postJson(path, "{}").statusCode()).isBetween(400, 499);
	}

	@Test
	void anySuccessAnswerIsADelivery() {
		// lti-checklist A-20: Moodle answers 200, Canvas 200 with a body, others 201 or
		// 204
		for (int code : new int[] { 204, 201 }) {
			String subject = "grade-" + code;
			Student student = Student.launch(this.port, platform, subject, (claims) -> {
			});
			platform.ags().answerScoresOf(subject, code);
			student.takeQuiz(allCorrect());
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(status(subject)).isEqualTo("DELIVERED"));
			assertThat(attempts(subject)).as("delivered at the first try").isEqualTo(1);
		}
	}

	@Test
	void lmsDownTwiceThenUpDeliversOnceAfterThreeTries() {
		Student student = Student.launch(this.port, platform, "grade-503", (claims) -> {
		});
		platform.ags().answerScoresOf("grade-503", 503, 503);
		String waiting = student.takeQuiz(allCorrect()).body();
		assertThat(waiting).contains("Sending your score to your gradebook");
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(status("grade-503")).isEqualTo("DELIVERED"));
		assertThat(attempts("grade-503")).isEqualTo(3);
		assertThat(platform.ags().scoresFor("grade-503")).hasSize(3);
	}

	// CV-08: Canvas answers 422 for a user who is not a student of the course
	@Test
	void studentWhoIsNotGradableIsMarkedFailedWithTheReasonAndNotRetried() throws Exception {
		Student student = Student.launch(this.port, platform, "grade-422", (claims) -> {
		});
		platform.ags().answerScoresOf("grade-422", 422);
		student.takeQuiz(allCorrect());
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status("grade-422")).isEqualTo("FAILED"));
		// a final refusal is not retried: the one post stays the only one
		await().during(Duration.ofMillis(500))
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(platform.ags().scoresFor("grade-422")).hasSize(1));
		assertThat(lastError("grade-422")).contains("422", "not a student");
		assertThat(student.post("/quiz/attempts/" + attemptOf("grade-422"), Map.of()).body())
			.contains("Your score could not be sent to the gradebook", "your teacher can see why");
	}

	@Test
	void lineItemIsFoundByResourceLinkWhenTheLaunchNamesNone() {
		// lti-checklist A-11 (GET line items filtered by resource_link_id, container
		// Accept), A-12
		// (no lineitem claim: find by resource link before creating)
		String link = "link-find-" + java.util.UUID.randomUUID();
		String existing = platform.ags().addLineItem(link);
		Student student = Student.launch(this.port, platform, "grade-find", withoutLineItem(link));
		student.takeQuiz(allCorrect());
		TestAgs.Recorded score = delivered("grade-find");
		assertThat(platform.issuer() + score.path() + "?" + score.query())
			.isEqualTo(existing.replace("/lineitem?", "/lineitem/scores?"));
		TestAgs.Recorded lookup = platform.ags()
			.requests()
			.stream()
			.filter((r) -> r.method().equals("GET") && r.query() != null && r.query().contains(link))
			.findFirst()
			.orElseThrow();
		assertThat(lookup.query()).contains("type_id=1", "resource_link_id=" + link);
		assertThat(lookup.headers().get("accept")).contains("application/vnd.ims.lis.v2.lineitemcontainer+json");
	}

	@Test
	void parallelFirstSubmissionsCreateExactlyOneLineItem() {
		// lti-checklist A-10 (scoreMaximum, resourceLinkId, tag; no id), A-13 (POST with
		// the line item
		// media type)
		String link = "link-create-" + java.util.UUID.randomUUID();
		List<Student> students = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			students.add(Student.launch(this.port, platform, "grade-create-" + i, withoutLineItem(link)));
		}
		students.stream()
			.map((s) -> CompletableFuture.runAsync(() -> s.takeQuiz(allCorrect())))
			.toList()
			.forEach(CompletableFuture::join);
		await().atMost(Duration.ofSeconds(15))
			.untilAsserted(() -> assertThat(platform.ags().scoresStartingWith("grade-create-")).hasSize(5));
		List<TestAgs.Recorded> created = platform.ags()
			.requests()
			.stream()
			.filter((r) -> r.method().equals("POST") && r.path().equals("/lineitems") && r.body().contains(link))
			.toList();
		assertThat(created).hasSize(1);
		assertThat(created.get(0).headers()).containsEntry("content-type", "application/vnd.ims.lis.v2.lineitem+json");
		assertThat(json(created.get(0).body())).containsEntry("scoreMaximum", 15.0)
			.containsEntry("resourceLinkId", link)
			.containsEntry("tag", "quiz")
			.doesNotContainKey("id");
		assertThat(platform.ags().scoresStartingWith("grade-create-")).extracting(TestAgs.Recorded::path)
			.containsOnly(platform.ags().scoresStartingWith("grade-create-").get(0).path());
		// lti-checklist do not apply (docs/architecture.md): the tool never
		// changes or deletes its line item and never reads results back
		assertThat(platform.ags().requests()).noneMatch((r) -> r.method().equals("PUT") || r.method().equals("DELETE"))
			.noneMatch((r) -> r.path().endsWith("/results"));
	}

	@Test
	void aPlatformsGradesArePostedSideBySideAndEachExactlyOnce() {
		// issue 19: a slow LMS gets several posts at once; a sender posting one after
		// another never has two in flight. The sender may claim the first k grades
		// before the rest are queued; those are held until the others are queued, and
		// the next round claims those 8 - k, so one of the two rounds holds at least 4.
		List<Student> students = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			students.add(Student.launch(this.port, platform, "grade-side-" + i, (claims) -> {
			}));
		}
		platform.ags().holdScoresOf("grade-side-", 4, Duration.ofSeconds(8));
		students.forEach((student) -> student.takeQuiz(allCorrect()));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(platform.ags().scoresStartingWith("grade-side-")).hasSize(8));
		assertThat(platform.ags().mostHeldAtOnce()).isGreaterThanOrEqualTo(4);
		assertThat(platform.ags()
			.scoresStartingWith("grade-side-")
			.stream()
			.map((r) -> json(r.body()).get("userId"))
			.distinct()).hasSize(8);
	}

	@Test
	void aStudentsScoresGoOutInOrderWithStrictlyLaterTimestamps() {
		Student student = Student.launch(this.port, platform, "grade-order", (claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("grade_policy", "latest")));
		student.takeQuiz(allCorrect());
		student.takeQuiz(Student.ONE_RIGHT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(platform.ags().scoresFor("grade-order")).isNotEmpty()
				.last()
				.satisfies((last) -> assertThat(json(last.body())).containsEntry("scoreGiven", 1L)));
		List<OffsetDateTime> stamps = platform.ags()
			.scoresFor("grade-order")
			.stream()
			.map((r) -> OffsetDateTime.parse((String) json(r.body()).get("timestamp")))
			.toList();
		for (int i = 1; i < stamps.size(); i++) {
			// a later whole second than the score before, since Moodle compares
			// seconds
			assertThat(stamps.get(i).truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
				.isAfter(stamps.get(i - 1).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		}
	}

	@Test
	void underBestPolicyALowerLaterScoreDoesNotReplaceTheBest() {
		Student student = Student.launch(this.port, platform, "grade-best", (claims) -> {
		});
		student.takeQuiz(allCorrect());
		delivered("grade-best");
		String lower = student.takeQuiz(Student.ONE_RIGHT).body();
		assertThat(lower).contains("Your best score so far stays in the gradebook.");
		assertThat(platform.ags().scoresFor("grade-best")).hasSize(1);
	}

}

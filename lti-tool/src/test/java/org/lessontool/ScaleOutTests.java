package org.lessontool;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lessontool.test.PostgresSchema;
import org.lessontool.test.Student;
import org.lessontool.test.TestAgs;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolProcess;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas of the tool, each its own JVM, share one PostgreSQL database and no
 * sessions: a login on one completes on the other, grades survive a replica killed with
 * SIGKILL and reach the LMS exactly once, in order, and both replicas may migrate the
 * schema at the same moment.
 */
@Tag("postgres")
class ScaleOutTests {

	static final TestPlatform platform = new TestPlatform();

	static String schema;

	static ToolProcess a;

	static ToolProcess b;

	@BeforeAll
	static void startTwoReplicasAtOnce() {
		schema = PostgresSchema.create();
		int portA = ToolProcess.freePort();
		int portB = ToolProcess.freePort();
		// both start on an empty schema at the same moment: Flyway's lock lets one
		// migrate
		a = ToolProcess.start("replica-a", portA, arguments(portA));
		b = ToolProcess.start("replica-b", portB, arguments(portA));
		a.awaitReady(Duration.ofSeconds(90));
		b.awaitReady(Duration.ofSeconds(90));
	}

	@AfterAll
	static void stop() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		PostgresSchema.drop(schema);
		platform.close();
	}

	static List<String> arguments(int publicPort) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
				// replicas behind one public address, as behind a load balancer
				"--lti.tool.url=http://localhost:" + publicPort, "--lti.grading.lease=2s",
				"--lti.platforms[0].issuer=" + platform.issuer(),
				"--lti.platforms[0].client-id=" + TestPlatform.CLIENT_ID,
				"--lti.platforms[0].authorization-endpoint=" + platform.authorizationEndpoint(),
				"--lti.platforms[0].token-endpoint=" + platform.tokenEndpoint(),
				"--lti.platforms[0].jwks-url=" + platform.jwksUrl(),
				"--lti.platforms[0].deployment-ids[0]=" + TestPlatform.DEPLOYMENT_ID));
		arguments.addAll(PostgresSchema.arguments(schema));
		return arguments;
	}

	@Test
	void bothReplicasMigratedTheSchemaOnceBetweenThem() throws Exception {
		Map<String, Integer> versions = new LinkedHashMap<>();
		try (Connection connection = connection();
				ResultSet rows = connection.createStatement()
					.executeQuery("select version, count(*), min(case when success then 1 else 0 end) from " + schema
							+ ".flyway_schema_history where version is not null group by version")) {
			while (rows.next()) {
				assertThat(rows.getInt(3)).as("migration %s succeeded", rows.getString(1)).isEqualTo(1);
				versions.put(rows.getString(1), rows.getInt(2));
			}
		}
		assertThat(versions).hasSizeGreaterThanOrEqualTo(14).allSatisfy((version, count) -> assertThat(count).isOne());
	}

	@Test
	void loginOnOneReplicaCompletesOnTheOther() {
		TestBrowser onA = new TestBrowser(a.port());
		TestBrowser.Login login = onA.login(platform);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), onA.targetLinkUri());
		claims.put("sub", "roaming-student");
		HttpResponse<String> lesson = new TestBrowser(b.port()).launch(platform.sign(claims), login);
		assertThat(lesson.statusCode()).as(lesson.body()).isEqualTo(200);
		assertThat(lesson.body()).contains("AI and Why Companies");
	}

	@Test
	void gradesPendingOnAKilledReplicaAreDeliveredByTheOtherExactlyOnceAndInOrder() throws Exception {
		TestAgs lms = platform.ags();
		// killed-0's first score reaches the gradebook while the LMS is up
		Student first = Student.launch(a.port(), platform, "killed-0", ScaleOutTests::latest);
		first.takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(count("status = 'DELIVERED'")).isEqualTo(1));
		lms.answerScores(Collections.nCopies(10_000, 503).toArray(Integer[]::new));
		List<CompletableFuture<Void>> submits = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			String subject = "killed-" + i;
			submits
				.add(CompletableFuture.runAsync(() -> Student.launch(a.port(), platform, subject, ScaleOutTests::latest)
					.takeQuiz(Student.ALL_CORRECT)));
		}
		submits.forEach(CompletableFuture::join);
		// two students submit again with a lower score while the LMS is down
		Student.launch(a.port(), platform, "killed-0", ScaleOutTests::latest).takeQuiz(Student.ONE_RIGHT);
		Student.launch(a.port(), platform, "killed-1", ScaleOutTests::latest).takeQuiz(Student.ONE_RIGHT);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(count("status in ('PENDING', 'SENDING') and attempts > 0")).isEqualTo(6);
			assertThat(count("status = 'SUPERSEDED'")).isEqualTo(1);
		});
		a.kill();
		lms.recover();
		await().atMost(Duration.ofSeconds(40))
			.untilAsserted(() -> assertThat(count("status = 'DELIVERED'")).isEqualTo(7));
		List<TestAgs.Recorded> accepted = lms.acceptedScores();
		Map<String, List<String>> expected = new LinkedHashMap<>();
		expected.put("killed-0", List.of("15", "1"));
		expected.put("killed-1", List.of("1"));
		for (int i = 2; i <= 5; i++) {
			expected.put("killed-" + i, List.of("15"));
		}
		expected.forEach((subject,
				scores) -> assertThat(accepted.stream()
					.filter((r) -> r.body().contains("\"userId\":\"" + subject + "\""))
					.map((r) -> r.body().replaceAll(".*\"scoreGiven\":(\\d+).*", "$1"))
					.toList()).as(subject).isEqualTo(scores));
		assertThat(count("status in ('PENDING', 'SENDING', 'FAILED')")).isZero();
	}

	static void latest(Map<String, Object> claims) {
		claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("grade_policy", "latest"));
		claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", "link-scale"));
	}

	static int count(String where) {
		try (Connection connection = connection();
				ResultSet rows = connection.createStatement()
					.executeQuery("select count(*) from " + schema
							+ ".grade_delivery where subject like 'killed-%' and " + where)) {
			rows.next();
			return rows.getInt(1);
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static Connection connection() throws java.sql.SQLException {
		List<String> arguments = PostgresSchema.arguments(schema);
		return DriverManager.getConnection(value(arguments, "url"), value(arguments, "username"),
				value(arguments, "password"));
	}

	static String value(List<String> arguments, String key) {
		return arguments.stream()
			.filter((argument) -> argument.startsWith("--spring.datasource." + key + "="))
			.map((argument) -> argument.substring(argument.indexOf('=') + 1))
			.findFirst()
			.orElseThrow();
	}

}

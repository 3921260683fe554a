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
import org.lessontool.tool.ToolKeys;
import org.lessontool.test.Student;
import org.lessontool.test.TestAgs;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grades reach the test platform's gradebook over real HTTP, and are never lost
 * (lti-checklist section 2).
 */
abstract class GradingContractSupport {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ToolKeys keys;

	@BeforeEach
	void resetPlatform() {
		platform.ags().reset();
	}

	Consumer<Map<String, Object>> withoutLineItem(String link) {
		return (claims) -> {
			claims.put(AGS,
					Map.of("scope",
							List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
									"https://purl.imsglobal.org/spec/lti-ags/scope/score"),
							"lineitems", platform.issuer() + "/lineitems?type_id=1"));
			claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link", Map.of("id", link));
		};
	}

	Student.Answering allCorrect() {
		return Student.ALL_CORRECT;
	}

	TestAgs.Recorded delivered(String subject) {
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(status(subject)).isEqualTo("DELIVERED"));
		return platform.ags().scoresFor(subject).get(platform.ags().scoresFor(subject).size() - 1);
	}

	String status(String subject) {
		return this.jdbc.sql("select status from grade_delivery where subject = :s order by id desc")
			.param("s", subject)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse("none");
	}

	int attempts(String subject) {
		return this.jdbc.sql("select attempts from grade_delivery where subject = :s order by id desc")
			.param("s", subject)
			.query(Integer.class)
			.list()
			.get(0);
	}

	String lastError(String subject) {
		return this.jdbc.sql("select last_error from grade_delivery where subject = :s order by id desc")
			.param("s", subject)
			.query(String.class)
			.list()
			.get(0);
	}

	String attemptOf(String subject) {
		return this.jdbc.sql("select attempt_id from grade_delivery where subject = :s order by id desc")
			.param("s", subject)
			.query(String.class)
			.list()
			.get(0);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> json(String text) {
		try {
			return JSONObjectUtils.parse(text);
		}
		catch (java.text.ParseException ex) {
			throw new AssertionError(text, ex);
		}
	}

}

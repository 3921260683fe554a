package org.lessontool.tutor;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tutor through the tool's pages and JSON endpoint as a launched student: answers,
 * escaping, the CSRF check, the per-launch rate limit, and the teacher's most-asked list.
 */
abstract class TutorWebContract {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Test
	void lessonPageOffersTheTutorForm() {
		String lesson = student("tutor-form", "course-t1").post("/lesson", Map.of()).body();
		assertThat(lesson).contains("action=\"/tutor\"", "name=\"question\"", "id=\"tutor-answer\"");
	}

	@Test
	void formPostAnswersWithTheLessonsOwnWordsAndLinksBack() {
		HttpResponse<String> page = student("tutor-page", "course-t2").post("/tutor",
				Map.of("question", "what are embeddings?"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("“what are embeddings?”", "meaning coordinates",
				"action=\"/lesson#term-embeddings\"", "Read it in Key terms");
	}

	@Test
	void questionTextIsEscapedOnThePage() {
		HttpResponse<String> page = student("tutor-xss", "course-t3").post("/tutor",
				Map.of("question", "<script>alert(1)</script> what is RAG"));
		assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt; what is RAG")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void jsonEndpointAnswersWithSectionsOrDeclinesWithSuggestions() throws Exception {
		Student student = student("tutor-json", "course-t4");
		HttpResponse<String> answered = json(student,
				"{\"question\":\"when should I fine-tune instead of prompting?\"}");
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(answered.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
		Map<String, Object> body = JSONObjectUtils.parse(answered.body());
		assertThat(body).containsEntry("declined", false);
		List<Object> passages = JSONObjectUtils.getJSONArray(body, "passages");
		assertThat(passages).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		@SuppressWarnings("unchecked")
		Map<String, Object> first = (Map<String, Object>) passages.get(0);
		assertThat(first).containsKeys("text", "sectionId", "sectionTitle", "anchor");
		Map<String, Object> declined = JSONObjectUtils
			.parse(json(student, "{\"question\":\"who won the world cup?\"}").body());
		assertThat(declined).containsEntry("declined", true).containsEntry("reason", "off_topic");
		assertThat(JSONObjectUtils.getStringList(declined, "suggestions")).hasSize(3);
		assertThat(JSONObjectUtils.getJSONArray(declined, "passages")).isEmpty();
		assertThat(json(student, "{\"q\":1}").statusCode()).isEqualTo(400);
	}

	@Test
	void aHugeQuestionIsDeclinedAndEchoedOnlyInPart() throws Exception {
		// issue 15: a 2 MB question was searched and sent back whole (bodies over 256 KB
		// are
		// now refused before they are read: ErrorPageTests)
		Student student = student("tutor-huge", "course-t9");
		String huge = "what is RAG ".repeat(15_000);
		HttpResponse<String> response = json(student, "{\"question\":\"" + huge + "\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> body = JSONObjectUtils.parse(response.body());
		assertThat(body).containsEntry("declined", true).containsEntry("reason", "too_long");
		assertThat((String) body.get("question")).hasSize(301).endsWith("…");
		assertThat(response.body().length()).isLessThan(5_000);
	}

	@Test
	void aQuestionOfControlCharactersIsAnsweredNotAnError() throws Exception {
		// found by EndpointFuzzTests: the sentence model refused to read it, a 500
		Student student = student("tutor-control", "course-t10");
		HttpResponse<String> response = json(student, "{\"question\":\"\\u0001\\u0002\\u0007\"}");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(JSONObjectUtils.parse(response.body())).containsEntry("declined", true);
	}

	@Test
	void jsonEndpointNeedsTheLaunchsCsrfToken() {
		Student student = student("tutor-csrf", "course-t5");
		Map<String, String> forged = new LinkedHashMap<>(student.fields());
		forged.put("csrf", "forged");
		HttpResponse<String> response = json(new Student(student.browser(), forged), "{\"question\":\"what is RAG\"}");
		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void eachLaunchMayAskTenQuestionsAMinute() throws Exception {
		Student student = student("tutor-limit", "course-t6");
		// the limit counts per clock minute: eleven questions must fall in one minute
		await().atMost(java.time.Duration.ofSeconds(30))
			.until(() -> Math.floorMod(System.currentTimeMillis(), 60_000L) < 40_000L);
		for (int i = 0; i < 10; i++) {
			assertThat(json(student, "{\"question\":\"what is LoRA " + i + "\"}").statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = json(student, "{\"question\":\"what is LoRA again\"}");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(JSONObjectUtils.parse(limited.body())).containsEntry("error", "rate_limited");
		assertThat(student.post("/tutor", Map.of("question", "what is RAG")).body())
			.contains("You&#39;ve asked 10 questions in the last minute");
		// another launch is not held back
		assertThat(json(student("tutor-limit-2", "course-t6"), "{\"question\":\"what is RAG\"}").statusCode())
			.isEqualTo(200);
	}

	@Test
	void teacherSeesTheMostAskedQuestionsWithoutNames() {
		String course = "course-t7";
		student("asker-1", course).post("/tutor", Map.of("question", "What is RAG?"));
		student("asker-2", course).post("/tutor", Map.of("question", "what is rag"));
		student("asker-3", course).post("/tutor", Map.of("question", "What is RAG"));
		student("asker-4", course).post("/tutor", Map.of("question", "what are embeddings"));
		student("asker-5", "course-elsewhere").post("/tutor", Map.of("question", "what is LoRA"));
		Student teacher = Student.launch(this.port, platform, "teacher-t7", (claims) -> {
			context(claims, course);
			claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
					List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
		});
		String page = teacher.post("/tutor/questions", Map.of()).body();
		assertThat(page).contains("What students asked the tutor");
		assertThat(page.indexOf("What is RAG")).isPositive().isLessThan(page.indexOf("what are embeddings"));
		assertThat(page).contains("<td>3</td>").doesNotContain("what is LoRA", "asker-");
		HttpResponse<String> refused = student("asker-6", course).post("/tutor/questions", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void aSelfHarmQuestionGetsThePointerToHelpAndStaysOffTheTeachersList() {
		// issue 17: a list the teacher may project is no place for these words
		String course = "course-t8";
		HttpResponse<String> page = student("asker-8", course).post("/tutor",
				Map.of("question", "i dont want to be alive anymore"));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("trusted adult", "help line").doesNotContain("tutor-suggestions");
		student("asker-9", course).post("/tutor", Map.of("question", "what is rag"));
		Student teacher = Student.launch(this.port, platform, "teacher-t8", (claims) -> {
			context(claims, course);
			claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
					List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"));
		});
		assertThat(teacher.post("/tutor/questions", Map.of()).body()).contains("what is rag").doesNotContain("alive");
	}

	Student student(String subject, String course) {
		return Student.launch(this.port, platform, subject, (claims) -> context(claims, course));
	}

	static void context(Map<String, Object> claims, String course) {
		claims.put("https://purl.imsglobal.org/spec/lti/claim/context", Map.of("id", course, "title", course));
	}

	HttpResponse<String> json(Student student, String body) {
		return student.postJson("/tutor/answers", body);
	}

}

package org.lessontool.support;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may frame the tool's pages, and how large the header may grow (Z-08). */
class FramePolicyTests {

	@Test
	void anOriginIsSchemeHostAndAPortThatIsNotTheDefault() {
		assertThat(FramePolicy.origin("https://School.Instructure.com/courses/2?x=1"))
			.isEqualTo("https://school.instructure.com");
		assertThat(FramePolicy.origin("http://localhost:18090/lti/register")).isEqualTo("http://localhost:18090");
		assertThat(FramePolicy.origin("https://moodle.example:443/")).isEqualTo("https://moodle.example");
	}

	@Test
	void nothingButAnHttpOriginReachesTheHeader() {
		assertThat(FramePolicy.origin("javascript:alert(1)")).isNull();
		assertThat(FramePolicy.origin("https://a.example; script-src *")).isNull();
		assertThat(FramePolicy.origin("https://user@a.example/")).isNull();
		assertThat(FramePolicy.origin("*")).isNull();
		assertThat(FramePolicy.origin(null)).isNull();
		assertThat(FramePolicy.header(List.of("https://a.example; frame-ancestors *", "'none'")))
			.endsWith("frame-ancestors 'self'");
	}

	@Test
	void originsAreListedOnceAfterTheToolItself() {
		assertThat(FramePolicy.header(List.of("https://a.example/x", "https://a.example/y", "https://b.example")))
			.endsWith("frame-ancestors 'self' https://a.example https://b.example")
			.contains("default-src 'self'", "object-src 'none'", "form-action 'self';");
	}

	@Test
	void theHeaderNeverOutgrowsItsLimit() {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			many.add("https://lms-" + i + ".a-long-school-district-name.example.org");
		}
		String header = FramePolicy.header(many);
		assertThat(header.length()).isLessThanOrEqualTo(FramePolicy.MAX_HEADER_LENGTH);
		assertThat(header).contains("https://lms-0.a-long-school-district-name.example.org");
	}

}

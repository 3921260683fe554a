package org.lessontool.launch;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// lti-checklist C-35: a context, when sent, has an id (the data's scope); C-32: within 255 characters
class ContextValidatorTests {

	private final ContextValidator validator = new ContextValidator();

	@Test
	void whenNoContextIsSentOrItHasAnIdThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.CONTEXT, null))).isNull();
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.CONTEXT, Map.of("id", "course-1")))).isNull();
	}

	@Test
	void whenAContextIsSentWithoutAnIdThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.CONTEXT, Map.of("title", "Course"))))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.CONTEXT, "course-1")))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
	}

	@Test
	void whenTheContextIdIsTooLongThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.CONTEXT, Map.of("id", "c".repeat(256)))))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
	}

}

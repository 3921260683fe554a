package org.lessontool.tutor;

import java.util.Optional;

/** One reason to decline a question before the lesson is searched. */
interface QuestionRule {

	Optional<Decline> check(String question);

}

package org.lessontool.tutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Issue 17: questions students ask, each on the lesson or a kind of decline
 * ({@code tutor/examples.yaml}). The tutor judges a new question partly by which of them
 * it is closest to in meaning.
 *
 * @param onTopic questions the lesson answers
 * @param declined questions it declines, with their kind
 */
record Examples(List<OnTopic> onTopic, List<Declined> declined) {

	/**
	 * A question the lesson answers; where and with what phrase, for the evaluation.
	 *
	 * @param question as typed
	 * @param sections the sections that may answer it
	 * @param phrase phrases the answer may contain
	 */
	record OnTopic(String question, String sections, String phrase) {
	}

	/**
	 * A question the tutor declines.
	 *
	 * @param question as typed
	 * @param kind why
	 */
	record Declined(String question, Decline kind) {
	}

	static Examples load(String resource) {
		try (InputStream in = Examples.class.getResourceAsStream(resource)) {
			return new YAMLMapper().readValue(in, Examples.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Examples standard() {
		return load("/tutor/examples.yaml");
	}

	/** How a question is compared with an example: case and outer spaces aside. */
	static String key(String question) {
		return question.strip().toLowerCase(Locale.ROOT);
	}

}

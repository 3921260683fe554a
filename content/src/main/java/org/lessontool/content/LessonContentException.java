package org.lessontool.content;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a lesson's files cannot be read or break a content rule; it lists every
 * problem.
 */
public class LessonContentException extends RuntimeException {

	private final List<ContentProblem> problems;

	public LessonContentException(String location, List<ContentProblem> problems) {
		super(describe(location, problems));
		this.problems = List.copyOf(problems);
	}

	public List<ContentProblem> problems() {
		return this.problems;
	}

	private static String describe(String location, List<ContentProblem> problems) {
		return "The lesson in " + location + " is broken (" + problems.size() + " problem"
				+ ((problems.size() == 1) ? "" : "s") + "):"
				+ problems.stream().map((problem) -> "\n - " + location + "/" + problem).collect(Collectors.joining());
	}

}

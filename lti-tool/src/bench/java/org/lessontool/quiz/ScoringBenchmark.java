package org.lessontool.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;
import org.lessontool.test.Student;

/**
 * Reading a submitted quiz form (with its tamper checks) and scoring it on the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScoringBenchmark {

	final Quiz quiz = LessonLoader.standard().load(LessonSource.classpath("lessons/964")).quiz();

	/** One attempt's draw of questions, as a student meets it. */
	final QuizLayout layout = QuizLayout.draw(this.quiz, 964L, Set.of());

	final Map<String, String[]> form = form(this.layout);

	@Benchmark
	public int readAndScore() {
		return QuizScorer.score(this.quiz, this.layout, Answers.read(this.form, this.quiz, this.layout));
	}

	static Map<String, String[]> form(QuizLayout layout) {
		Map<String, List<String>> grouped = new LinkedHashMap<>();
		Student.ALL_CORRECT.apply(layout.items().stream().map(QuizLayout.Item::question).toList())
			.forEach((entry) -> grouped.computeIfAbsent(entry.getKey(), (k) -> new java.util.ArrayList<>())
				.add(entry.getValue()));
		Map<String, String[]> form = new LinkedHashMap<>();
		form.put("lt", new String[] { "token" });
		form.put("csrf", new String[] { "csrf" });
		grouped.forEach((key, values) -> form.put(key, values.toArray(String[]::new)));
		return form;
	}

}

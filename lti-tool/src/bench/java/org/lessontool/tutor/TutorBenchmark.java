package org.lessontool.tutor;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;

/** One tutor answer (search, term lead, frame), and one declined question. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TutorBenchmark {

	final Tutor tutor = new Tutor(LessonLoader.standard().load(LessonSource.classpath("lessons/964")));

	@Benchmark
	public TutorAnswer answer() {
		return this.tutor.answer("when should I use RAG instead of fine-tuning?");
	}

	@Benchmark
	public TutorAnswer decline() {
		return this.tutor.answer("who won the world cup in 2022");
	}

}

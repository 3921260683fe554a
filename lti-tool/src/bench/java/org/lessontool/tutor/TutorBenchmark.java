package org.lessontool.tutor;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;

/**
 * One tutor answer and one declined question, by words only and (issue 17) with the
 * sentence model: an answer, a paraphrase only meaning finds, a decline by meaning.
 * Sampled, so JMH reports the p99 of a single question.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TutorBenchmark {

	static final LessonContent lesson = LessonLoader.standard().load(LessonSource.classpath("lessons/964"));

	final Tutor byWords = new Tutor(lesson);

	final Tutor withMeaning = new Tutor(lesson, Optional.of(SentenceModel.shared().orElseThrow()));

	@Benchmark
	public TutorAnswer answer() {
		return this.byWords.answer("when should I use RAG instead of fine-tuning?");
	}

	@Benchmark
	public TutorAnswer decline() {
		return this.byWords.answer("who won the world cup in 2022");
	}

	@Benchmark
	public TutorAnswer answerWithMeaning() {
		return this.withMeaning.answer("when should I use RAG instead of fine-tuning?");
	}

	@Benchmark
	public TutorAnswer paraphraseWithMeaning() {
		return this.withMeaning.answer("how do hospitals get an ai that knows medicine");
	}

	@Benchmark
	public TutorAnswer declineWithMeaning() {
		return this.withMeaning.answer("sometimes i think about ending my life");
	}

}

package org.lessontool.tutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lessontool.content.LessonContent;

/**
 * Answers from the lesson only. A question is first checked by the rules (length,
 * instructions aimed at the tutor, homework, safety, other products and news), then read
 * with the lesson's spelling and searched by words (BM25) and, where the sentence model
 * loaded, by meaning; the two rankings are fused. It is answered only when it is about
 * the lesson: made of the lesson's words or close to a passage in meaning, and closer to
 * the lesson than to any subject elsewhere. A question that names one key term leads with
 * its definition.
 */
final class Tutor {

	/**
	 * Tuned on the evaluation set: the least BM25 score of a best passage worth quoting.
	 */
	static final float MIN_SCORE = 0.2f;

	/**
	 * A passage is quoted alongside the best one only if its fused score is at least this
	 * share of the best.
	 */
	static final double RELATIVE_CUT = 0.6;

	static final int MAX_PASSAGES = 3;

	/**
	 * Definitions are long and name many terms, so they would outrank the sentence that
	 * answers; they lead only when the question names their term.
	 */
	static final float DEFINITION_WEIGHT = 0.6f;

	/** Questions the lesson answers, offered when the tutor declines (each is tested). */
	static final List<String> SUGGESTIONS = List.of("What is fine-tuning?",
			"When should I use RAG instead of fine-tuning?", "What is few-shot prompting?",
			"Why is fine-tuning expensive?", "What is LoRA?", "What are embeddings?");

	static final String GLOSSARY_INTRO = "This tool's glossary (written for the tool, not the lesson's words) says:";

	private static final List<String> INTROS = List.of("Here's what the lesson says:",
			"Good question! The lesson puts it like this:", "From the lesson:");

	private final TutorIndex index;

	private final Spelling spelling;

	private final LessonWords words;

	private final Optional<Meaning> meaning;

	private final List<QuestionRule> rules = List.of(new LengthRule(), new SelfHarmRule(), new SexualContentRule(),
			new RealPersonRule(), new PrivateDataRule(), new InstructionsRule(), new HomeworkRule(),
			new OtherProductsRule(), new AiNewsRule(), new ArithmeticRule(), new OtherSenseRule());

	private final Map<String, Passage> definitions = new LinkedHashMap<>();

	/** A tutor by words only, as when the sentence model cannot load. */
	Tutor(LessonContent content) {
		this(content, Optional.empty());
	}

	Tutor(LessonContent content, Optional<SentenceModel> model) {
		this.index = new TutorIndex(Passages.of(content));
		List<String> texts = new ArrayList<>();
		this.index.passages().forEach((passage) -> texts.add(passage.text()));
		TutorAnalyzer.VOCABULARY.values().forEach(texts::addAll);
		content.keyTerms().forEach((term) -> {
			texts.add(term.term());
			texts.addAll(term.matches());
		});
		this.spelling = new Spelling(texts);
		this.words = new LessonWords(content, this.index);
		this.meaning = model.map((loaded) -> new Meaning(loaded, this.index.passages()));
		this.index.passages()
			.stream()
			.filter((passage) -> passage.termId() != null)
			.forEach((passage) -> this.definitions.put(passage.termId(), passage));
	}

	List<Passage> passages() {
		return this.index.passages();
	}

	TutorAnswer answer(String asked) {
		String question = (asked != null) ? asked.strip() : "";
		for (QuestionRule rule : this.rules) {
			Optional<Decline> decline = rule.check(question);
			if (decline.isPresent()) {
				return declined(question, decline.get());
			}
		}
		// issue 17: the rules above read what was typed; the lesson is searched for what
		// was meant ("embedings" is embeddings)
		String read = this.spelling.correct(question);
		List<String> tokens = this.index.tokens(read);
		List<TutorIndex.Hit> lexical = this.index.search(read, 20, this.words.subjects())
			.stream()
			.map((hit) -> (hit.passage().kind() == Passage.Kind.DEFINITION)
					? new TutorIndex.Hit(hit.passage(), hit.score() * DEFINITION_WEIGHT) : hit)
			.sorted(Comparator.comparingDouble(TutorIndex.Hit::score).reversed())
			.toList();
		boolean worded = !tokens.isEmpty() && this.words.cover(tokens) && !lexical.isEmpty()
				&& lexical.get(0).score() >= MIN_SCORE;
		List<TutorIndex.Hit> semantic = List.of();
		boolean onTopic = worded;
		if (this.meaning.isPresent()) {
			Meaning.Reading reading = this.meaning.get().read(question, read, worded);
			if (reading.decline().isPresent()) {
				return declined(question, reading.decline().get());
			}
			semantic = reading.hits();
			onTopic = reading.onLesson();
		}
		if (!onTopic) {
			return declined(question, Decline.OFF_TOPIC);
		}
		Intent intent = Intent.of(read);
		// a question in other words than the lesson's shares only its generic words
		// ("know", "get"), so the ranking by words says nothing of it
		List<Ranking.Ranked> ranked = Ranking.fuse(worded ? lexical : List.of(), semantic, intent);
		double best = ranked.get(0).score();
		List<Passage> candidates = new ArrayList<>(ranked.stream()
			.filter((candidate) -> candidate.score() >= best * RELATIVE_CUT)
			.map(Ranking.Ranked::passage)
			.toList());
		// the definition leads "what is LoRA" and "LoRA?"; "why is fine-tuning rarely
		// needed" asks more, so there the definition has only its place in the ranking
		leadWithASentence(candidates);
		List<Passage> chosen = new ArrayList<>();
		if (intent == Intent.WHAT || this.words.onlyTerms(tokens)) {
			this.words.namedTerm(tokens).map(this.definitions::get).ifPresent(chosen::add);
		}
		for (Passage passage : candidates) {
			if (chosen.size() >= MAX_PASSAGES) {
				break;
			}
			if (!chosen.contains(passage)) {
				chosen.add(passage);
			}
		}
		return new TutorAnswer(question, intro(question, chosen), List.copyOf(chosen), null, List.of());
	}

	/**
	 * The glossary was written for this tool, not taken from the lesson, so an answer
	 * that leads with a definition says so.
	 */
	private static String intro(String question, List<Passage> chosen) {
		if (chosen.get(0).kind() == Passage.Kind.DEFINITION) {
			return (chosen.size() > 1) ? GLOSSARY_INTRO + " Then the lesson itself:" : GLOSSARY_INTRO;
		}
		return INTROS.get(Math.floorMod(question.hashCode(), INTROS.size()));
	}

	/**
	 * Issue 17: an example or a try-it never leads when one of the lesson's own sentences
	 * answers nearly as well; it follows it.
	 */
	static void leadWithASentence(List<Passage> candidates) {
		if (candidates.isEmpty() || candidates.get(0).kind() == Passage.Kind.SENTENCE
				|| candidates.get(0).kind() == Passage.Kind.DEFINITION) {
			return;
		}
		candidates.stream()
			.filter((passage) -> passage.kind() == Passage.Kind.SENTENCE)
			.findFirst()
			.ifPresent((sentence) -> {
				candidates.remove(sentence);
				candidates.add(0, sentence);
			});
	}

	private static TutorAnswer declined(String question, Decline decline) {
		if (decline == Decline.SELF_HARM) {
			return new TutorAnswer(question, decline.message(), List.of(), decline, List.of());
		}
		int start = Math.floorMod(question.hashCode(), SUGGESTIONS.size());
		List<String> suggestions = List.of(SUGGESTIONS.get(start), SUGGESTIONS.get((start + 1) % SUGGESTIONS.size()),
				SUGGESTIONS.get((start + 2) % SUGGESTIONS.size()));
		return new TutorAnswer(question, decline.message(), List.of(), decline, suggestions);
	}

}

package org.lessontool.tutor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lessontool.content.KeyTerm;
import org.lessontool.content.LessonContent;

/**
 * Answers from the lesson only. A question is first checked by the rules (length,
 * instructions aimed at the tutor, requests to write homework), then searched; it is
 * answered only when most of its words are the lesson's and the best passage clears the
 * relevance threshold. A question that names one key term leads with its definition.
 */
final class Tutor {

	/**
	 * Tuned on the evaluation set: the least BM25 score of a best passage worth quoting.
	 */
	static final float MIN_SCORE = 0.2f;

	/** Share of the question's meaningful words the lesson must use. */
	static final double MIN_COVERAGE = 0.5;

	/**
	 * A passage is quoted alongside the best one only if it scores at least this share of
	 * it.
	 */
	static final double RELATIVE_CUT = 0.5;

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

	private final List<QuestionRule> rules = List.of(new LengthRule(), new InstructionsRule(), new HomeworkRule());

	/** Each key term by the tokens of its spellings. */
	private final Map<List<String>, String> termsByTokens = new LinkedHashMap<>();

	private final Map<String, Passage> definitions = new LinkedHashMap<>();

	/**
	 * Words that name the lesson's subjects: its key terms, its vocabulary and the names
	 * it mentions (NotebookLM, Stable Diffusion).
	 */
	private final java.util.Set<String> anchors = new java.util.HashSet<>();

	/**
	 * The tokens of the lesson's key terms: what a question is about, not how it asks.
	 */
	private final java.util.Set<String> subjects = new java.util.HashSet<>();

	Tutor(LessonContent content) {
		this.index = new TutorIndex(Passages.of(content));
		List<String> words = new ArrayList<>();
		this.index.passages().forEach((passage) -> words.add(passage.text()));
		TutorAnalyzer.VOCABULARY.values().forEach(words::addAll);
		content.keyTerms().forEach((term) -> {
			words.add(term.term());
			words.addAll(term.matches());
		});
		this.spelling = new Spelling(words);
		for (KeyTerm term : content.keyTerms()) {
			List<String> spellings = new ArrayList<>(term.matches());
			spellings.add(term.term().replaceAll("\\(.*\\)", ""));
			for (String spelling : spellings) {
				List<String> tokens = this.index.tokens(spelling);
				if (!tokens.isEmpty()) {
					this.termsByTokens.putIfAbsent(tokens, term.id());
				}
			}
		}
		this.termsByTokens.keySet().forEach(this.anchors::addAll);
		this.termsByTokens.keySet().forEach(this.subjects::addAll);
		TutorAnalyzer.VOCABULARY.keySet().forEach((canonical) -> this.anchors.addAll(this.index.tokens(canonical)));
		this.index.passages().forEach((passage) -> this.anchors.addAll(this.index.tokens(names(passage.text()))));
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
		long known = tokens.stream().filter(this.index::knows).count();
		boolean anchored = tokens.stream().anyMatch(this.anchors::contains);
		// on topic: most words are the lesson's and one names a subject of it, or every
		// word (two at least) is the lesson's
		boolean onTopic = anchored && (double) known / tokens.size() >= MIN_COVERAGE
				|| known == tokens.size() && tokens.size() >= 2;
		if (!onTopic) {
			return declined(question, Decline.OFF_TOPIC);
		}
		List<TutorIndex.Hit> hits = this.index.search(read, 20, this.subjects)
			.stream()
			.map((hit) -> (hit.passage().kind() == Passage.Kind.DEFINITION)
					? new TutorIndex.Hit(hit.passage(), hit.score() * DEFINITION_WEIGHT) : hit)
			.sorted(java.util.Comparator.comparingDouble(TutorIndex.Hit::score).reversed())
			.toList();
		if (hits.isEmpty() || hits.get(0).score() < MIN_SCORE) {
			return declined(question, Decline.OFF_TOPIC);
		}
		List<Passage> chosen = new ArrayList<>();
		namedTerm(tokens).map(this.definitions::get).ifPresent(chosen::add);
		float best = hits.get(0).score();
		List<Passage> candidates = new ArrayList<>(hits.stream()
			.filter((hit) -> hit.score() >= best * RELATIVE_CUT)
			.map(TutorIndex.Hit::passage)
			.toList());
		leadWithASentence(candidates);
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
	 * The one key term the question names; none when it names several (a comparison is
	 * better answered by the passages that compare).
	 */
	Optional<String> namedTerm(List<String> tokens) {
		List<List<String>> found = new ArrayList<>();
		for (List<String> spelling : this.termsByTokens.keySet()) {
			if (Collections.indexOfSubList(tokens, spelling) >= 0) {
				found.add(spelling);
			}
		}
		// "few-shot prompting" names few-shot prompting, not prompting as well
		List<String> terms = found.stream()
			.filter((spelling) -> found.stream()
				.noneMatch(
						(other) -> other.size() > spelling.size() && Collections.indexOfSubList(other, spelling) >= 0))
			.map(this.termsByTokens::get)
			.distinct()
			.toList();
		return (terms.size() == 1) ? Optional.of(terms.get(0)) : Optional.empty();
	}

	/** Capitalised words that do not start a sentence: the names a text mentions. */
	static String names(String text) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("(?<![.!?:]\\s)(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]*")
			.matcher(text);
		StringBuilder names = new StringBuilder();
		while (matcher.find()) {
			names.append(matcher.group()).append(' ');
		}
		return names.toString();
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
		int start = Math.floorMod(question.hashCode(), SUGGESTIONS.size());
		List<String> suggestions = List.of(SUGGESTIONS.get(start), SUGGESTIONS.get((start + 1) % SUGGESTIONS.size()),
				SUGGESTIONS.get((start + 2) % SUGGESTIONS.size()));
		return new TutorAnswer(question, decline.message(), List.of(), decline, suggestions);
	}

}

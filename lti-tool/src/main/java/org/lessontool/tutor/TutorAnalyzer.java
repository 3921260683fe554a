package org.lessontool.tutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * English analysis with the lesson's vocabulary folded together, so a student's words
 * reach the lesson's: "finetuning", "fine tune" and "retrain" all mean fine-tuning;
 * "retrieval-augmented generation" is RAG; "examples in the prompt" is few-shot. The same
 * map serves the index and the question.
 */
final class TutorAnalyzer {

	/** Canonical token, then the spellings (single or multi-word) that mean it. */
	static final Map<String, List<String>> VOCABULARY = Map.ofEntries(
			Map.entry("finetune",
					List.of("fine tune", "fine tuning", "fine tuned", "fine tunes", "finetune", "finetuning",
							"finetuned", "custom train", "custom training")),
			Map.entry("rag", List.of("retrieval augmented generation", "retrieval augmented", "rag")),
			Map.entry("lora", List.of("low rank adaptation", "lora", "low rank")),
			Map.entry("fewshot", List.of("few shot", "fewshot", "examples in the prompt", "example prompts")),
			Map.entry("embed", List.of("embeddings", "embedding", "meaning coordinates", "vectors", "vector")),
			Map.entry("basemodel",
					List.of("base model", "base ai", "pre trained model", "pretrained model", "pre trained",
							"pretrained", "foundation model", "pre training", "pretraining")),
			Map.entry("systemprompt", List.of("system prompt", "system prompts", "hidden instructions")),
			Map.entry("contextwindow", List.of("context window", "context windows", "context length")),
			Map.entry("customgpt", List.of("custom gpt", "custom gpts", "gpts")),
			Map.entry("knowledgebase", List.of("knowledge base", "knowledge bases")),
			Map.entry("trainingrun", List.of("training run", "training runs")),
			Map.entry("inferencecost",
					List.of("inference cost", "inference costs", "per token", "token cost", "token costs")),
			Map.entry("expensive",
					List.of("cost", "costs", "price", "pricey", "money", "cheap", "cheaper", "expensive", "afford",
							"charge", "charges", "pay", "pricing", "fee", "fees")),
			Map.entry("shine",
					List.of("shines", "shine", "good for", "useful for", "best for", "worth it", "worth", "use case",
							"use cases", "used for")),
			Map.entry("whento", List.of("only when", "when to", "when should", "when do", "when would", "when is it")),
			// numbers as words: "a hundred documents" is the lesson's "100-doc"
			Map.entry("100", List.of("hundred", "a hundred", "one hundred")), Map.entry("5", List.of("five")),
			Map.entry("teen", List.of("teen", "teens", "teenager", "teenagers", "kids", "students")),
			Map.entry("schoolsubject", List.of("school subject", "class", "classes", "subject", "subjects")),
			Map.entry("bot", List.of("chatbot", "chatbots", "bot", "bots")),
			Map.entry("chatgpt", List.of("chatgpt", "chat gpt", "openai", "gpt")),
			Map.entry("docs", List.of("documents", "document", "docs", "doc", "files", "notes", "pdfs")),
			Map.entry("specialize",
					List.of("specialize", "specializes", "specialist", "specialise", "custom", "customize",
							"customise")),
			Map.entry("imagemodel",
					List.of("stable diffusion", "image model", "image models", "art style", "image generator",
							"image ai", "image ais", "ai art", "ai image", "ai images", "image generation")));

	/**
	 * Folded into fine-tuning in questions only: the lesson says "not retrained" of RAG
	 * and Custom GPTs, which must not read as fine-tuning.
	 */
	static final Map<String, List<String>> QUESTION_ONLY = Map.of("finetune",
			List.of("retrain", "retraining", "retrained", "train my own", "train your own", "train our own",
					"train ur own", "training my own", "training your own", "training ur own", "training our own"));

	/**
	 * Words a question uses that say nothing about the lesson, left out of the index and
	 * of coverage.
	 */
	static final CharArraySet STOP_WORDS;

	static {
		CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
		stop.addAll(List.of("what", "whats", "why", "how", "when", "which", "who", "does", "do", "did", "is", "are",
				"can", "could", "should", "would", "i", "me", "my", "you", "your", "we", "our", "it", "its", "mean",
				"means", "explain", "tell", "about", "difference", "between", "vs", "versus", "thing", "things",
				"stuff", "like", "really", "just", "even", "get", "use", "using", "used", "need", "ai", "so", "ok",
				"okay", "lol", "hey", "hi", "pls", "please", "u", "ur", "im", "don't", "dont", "gonna", "wanna",
				"kinda", "actually", "basically", "exactly", "point", "way", "ways", "make", "makes", "one", "someone",
				"lesson", "s", "t", "ll", "re", "ve", "d", "m", "wait", "bro", "yo", "um", "uh", "hmm", "idk",
				"confused", "understand", "meant", "anyway", "these", "days", "now", "still", "though",
				// issue 17: how teenagers type the same filler words
				"wat", "wut", "wht", "whut", "r", "ppl", "plz", "tho", "rn", "ngl", "bc", "cuz", "cos", "coz", "y",
				"dis", "dat", "da", "ya", "wats", "whatre", "hw"));
		STOP_WORDS = CharArraySet.unmodifiableSet(stop);
	}

	private static final SynonymMap INDEX_SYNONYMS = synonyms(VOCABULARY, Map.of());

	private static final SynonymMap QUERY_SYNONYMS = synonyms(VOCABULARY, QUESTION_ONLY);

	private TutorAnalyzer() {
	}

	/** For the index: synonym graphs flattened, as indexing requires. */
	static Analyzer index() {
		return analyzer(true);
	}

	/** For questions. */
	static Analyzer query() {
		return analyzer(false);
	}

	/** The tokens text analyses to, in order. */
	static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	private static Analyzer analyzer(boolean flatten) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer source = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(source);
				stream = new LowerCaseFilter(stream);
				stream = new SynonymGraphFilter(stream, flatten ? INDEX_SYNONYMS : QUERY_SYNONYMS, true);
				if (flatten) {
					stream = new FlattenGraphFilter(stream);
				}
				stream = new StopFilter(stream, STOP_WORDS);
				stream = new PorterStemFilter(stream);
				return new TokenStreamComponents(source, stream);
			}
		};
	}

	private static SynonymMap synonyms(Map<String, List<String>> shared, Map<String, List<String>> extra) {
		SynonymMap.Builder builder = new SynonymMap.Builder(true);
		java.util.stream.Stream.of(shared, extra).forEach((map) -> map.forEach((canonical, spellings) -> {
			for (String spelling : spellings) {
				CharsRef input = SynonymMap.Builder.join(spelling.split(" "), new CharsRefBuilder());
				builder.add(input, new CharsRef(canonical), false);
			}
		}));
		try {
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

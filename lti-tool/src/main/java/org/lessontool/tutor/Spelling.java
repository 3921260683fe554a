package org.lessontool.tutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Issue 17: teenagers misspell ("embedings", "finetunning", "expensiv"). A word of five
 * letters or more that the lesson does not use is read as the lesson's word within one
 * edit (two for words of eight letters or more) that starts with the same letter, found
 * by Lucene's {@link DirectSpellChecker} among the lesson's own words. Other words are
 * left as typed, so a question about something else stays about something else.
 */
final class Spelling {

	private static final String FIELD = "word";

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

	private final Set<String> words = new TreeSet<>();

	private final DirectoryReader reader;

	/** One edit for words of five to seven letters, two for longer ones. */
	private final DirectSpellChecker near = checker(1);

	private final DirectSpellChecker far = checker(2);

	Spelling(Collection<String> texts) {
		for (String text : texts) {
			Matcher matcher = WORD.matcher(text);
			while (matcher.find()) {
				this.words.add(matcher.group().toLowerCase(Locale.ROOT));
			}
		}
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer()))) {
			for (String word : this.words) {
				Document document = new Document();
				document.add(new StringField(FIELD, word, Field.Store.NO));
				writer.addDocument(document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			this.reader = DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static DirectSpellChecker checker(int maxEdits) {
		DirectSpellChecker checker = new DirectSpellChecker();
		checker.setMaxEdits(maxEdits);
		checker.setMinPrefix(1);
		checker.setMinQueryLength(5);
		checker.setAccuracy(0.5f);
		return checker;
	}

	/** The question with each misspelt lesson word replaced by the word. */
	String correct(String question) {
		Matcher matcher = WORD.matcher(question);
		StringBuilder read = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(read, Matcher.quoteReplacement(word(matcher.group())));
		}
		matcher.appendTail(read);
		return read.toString();
	}

	private String word(String typed) {
		String lower = typed.toLowerCase(Locale.ROOT);
		if (lower.length() < 5 || this.words.contains(lower)) {
			return typed;
		}
		try {
			SuggestWord[] suggestions = ((lower.length() >= 8) ? this.far : this.near)
				.suggestSimilar(new Term(FIELD, lower), 1, this.reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return (suggestions.length == 0) ? typed : suggestions[0].string;
		}
		catch (IOException ex) {
			return typed;
		}
	}

}

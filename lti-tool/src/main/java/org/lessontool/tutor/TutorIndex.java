package org.lessontool.tutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The lesson's passages in an in-memory Lucene index, ranked by BM25. Built once at
 * start-up from the lesson files, the same on every replica; nothing is written to disk.
 */
final class TutorIndex {

	private final List<Passage> passages;

	private final IndexSearcher searcher;

	private final Analyzer queryAnalyzer = TutorAnalyzer.query();

	private final Set<String> vocabulary = new HashSet<>();

	/**
	 * A passage and how well it matches.
	 *
	 * @param passage the passage
	 * @param score its BM25 score
	 */
	record Hit(Passage passage, float score) {
	}

	TutorIndex(List<Passage> passages) {
		this.passages = passages;
		Analyzer indexAnalyzer = TutorAnalyzer.index();
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
			for (Passage passage : passages) {
				Document document = new Document();
				document.add(new StoredField("id", passage.id()));
				document.add(new TextField("text", passage.text(), Field.Store.NO));
				writer.addDocument(document);
				this.vocabulary.addAll(TutorAnalyzer.tokens(indexAnalyzer, passage.text()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher.setSimilarity(new BM25Similarity());
	}

	List<Passage> passages() {
		return this.passages;
	}

	/** The question's meaningful tokens, after the lesson's vocabulary is folded in. */
	List<String> tokens(String question) {
		return TutorAnalyzer.tokens(this.queryAnalyzer, question);
	}

	/** Whether the lesson uses this token anywhere. */
	boolean knows(String token) {
		return this.vocabulary.contains(token);
	}

	List<Hit> search(String question, int limit) {
		return search(question, limit, Set.of());
	}

	/**
	 * @param subjects tokens that name what the question is about (fine-tuning, RAG):
	 * they weigh twice what its other words do, so a sentence that shares only the
	 * question's shape ("when to use which") does not lead one that answers it
	 */
	List<Hit> search(String question, int limit, Set<String> subjects) {
		List<String> tokens = tokens(question);
		if (tokens.isEmpty()) {
			return List.of();
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		for (String token : new java.util.LinkedHashSet<>(tokens)) {
			Query term = new TermQuery(new Term("text", token));
			builder.add(subjects.contains(token) ? new BoostQuery(term, 2f) : term, BooleanClause.Occur.SHOULD);
		}
		Query query = builder.build();
		try {
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : this.searcher.search(query, limit).scoreDocs) {
				int id = this.searcher.storedFields().document(doc.doc).getField("id").numericValue().intValue();
				hits.add(new Hit(this.passages.get(id), doc.score));
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

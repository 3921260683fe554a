package org.lessontool.tutor;

import java.util.Optional;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 17: a small sentence-embedding model (all-MiniLM-L6-v2, quantized, 384
 * dimensions) run in the JVM by ONNX Runtime. The model ships inside its Maven artifact;
 * nothing is fetched. It is loaded once per JVM; where it cannot load (no native library
 * for the platform, too little memory) the tutor stays lexical and says so in the log.
 */
final class SentenceModel {

	private static final Logger logger = LoggerFactory.getLogger(SentenceModel.class);

	private final EmbeddingModel model;

	private SentenceModel(EmbeddingModel model) {
		this.model = model;
	}

	/** The JVM's one model, loaded on first use; empty when it cannot load. */
	static Optional<SentenceModel> shared() {
		return Holder.MODEL;
	}

	/**
	 * A unit vector for the text, so a dot product is its cosine similarity; all zeros,
	 * close to nothing, for a text of control characters and spaces only, which the model
	 * refuses to read (found by EndpointFuzzTests: a 500 for such a question).
	 */
	float[] embed(String text) {
		if (text.trim().isEmpty()) {
			return new float[this.model.dimension()];
		}
		float[] vector = this.model.embed(text).content().vector();
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		float scale = (norm == 0) ? 0 : (float) (1 / Math.sqrt(norm));
		for (int i = 0; i < vector.length; i++) {
			vector[i] *= scale;
		}
		return vector;
	}

	static float cosine(float[] a, float[] b) {
		float dot = 0;
		for (int i = 0; i < a.length; i++) {
			dot += a[i] * b[i];
		}
		return dot;
	}

	private static final class Holder {

		static final Optional<SentenceModel> MODEL = load();

		private static Optional<SentenceModel> load() {
			long start = System.nanoTime();
			// the tokenizer's native library is unpacked at first use; under the home
			// directory by default, which is read-only in the container image
			if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
				System.setProperty("DJL_CACHE_DIR",
						java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "djl").toString());
			}
			// DJL's tokenizer calls home when it loads (the cloud metadata address, then
			// a telemetry URL) unless told not to; the tool sends nothing about itself
			// anywhere (found by EndpointFuzzTests' SSRF detector)
			if (System.getenv("OPT_OUT_TRACKING") == null) {
				System.setProperty("OPT_OUT_TRACKING", "true");
			}
			try {
				SentenceModel model = new SentenceModel(new AllMiniLmL6V2QuantizedEmbeddingModel());
				model.embed("warm up");
				logger.info("Tutor sentence model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
				return Optional.of(model);
			}
			// a missing native library is an Error, not an Exception; the tutor still
			// works
			catch (RuntimeException | LinkageError ex) {
				logger.warn("Tutor sentence model could not load ({}); the tutor answers by words only", ex.toString());
				return Optional.empty();
			}
		}

	}

}

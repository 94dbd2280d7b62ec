package org.factdesk.link;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in process on the CPU by ONNX Runtime; the model is
 * inside its jar, nothing is downloaded. Loaded on first use (about half a second), so an instance that never links
 * never pays for it. Paraphrases across outlets ("withdrew all its ground troops" / "all forces withdrew") are close
 * in it where their words are not.
 */
@Component
class SentenceEmbeddings {

    private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

    private final LinkSettings settings;
    private volatile EmbeddingModel model;

    SentenceEmbeddings(LinkSettings settings) {
        this.settings = settings;
    }

    boolean enabled() {
        return settings.embeddings();
    }

    /** One vector a text, in order; empty when embeddings are switched off. */
    List<float[]> embed(List<String> texts) {
        if (!enabled() || texts.isEmpty()) {
            return List.of();
        }
        var segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
        return model().embedAll(segments).content().stream().map(e -> e.vector()).toList();
    }

    private EmbeddingModel model() {
        var m = model;
        if (m == null) {
            synchronized (this) {
                if (model == null) {
                    long start = System.nanoTime();
                    // on the calling thread: a linking worker's own core, not a pool of its own per instance
                    Executor sameThread = Runnable::run;
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(sameThread);
                    log.info("Sentence embedding model loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
                }
                m = model;
            }
        }
        return m;
    }

    static double cosine(float[] a, float[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}

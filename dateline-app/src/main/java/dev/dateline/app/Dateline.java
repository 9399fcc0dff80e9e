package dev.dateline.app;

import dev.dateline.nlp.Annotator;
import dev.dateline.nlp.NlpConfig;
import dev.dateline.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Dateline for library users: analyze articles in one call.
 *
 * <pre>{@code
 * Analysis analysis = Dateline.analyze(Path.of("articles/"));
 * for (AnalyzedArticle a : analysis.articles()) {
 *     System.out.println(a.article().metadata().title().orElse("(untitled)"));
 * }
 * analysis.problems().forEach(p -> System.err.println(p.message()));
 * }</pre>
 *
 * The language models are loaded on first use and kept for later calls.
 */
public final class Dateline {

    private static Annotator annotator;

    private Dateline() {
    }

    /** Analyzes the articles under {@code inputs} (files or folders) without storing them. */
    public static Analysis analyze(Path... inputs) {
        return run(List.of(inputs), Optional.empty());
    }

    /** Analyzes the articles under {@code inputs} and stores them in the DuckDB file {@code database}. */
    public static Analysis analyze(List<Path> inputs, Path database) {
        try (Store store = Store.open(database)) {
            return run(inputs, Optional.of(store));
        }
    }

    private static Analysis run(List<Path> inputs, Optional<Store> store) {
        try (Pipeline pipeline = new Pipeline(Dateline::annotator, Runtime.getRuntime().availableProcessors())) {
            return pipeline.run(inputs, store, Progress.none(), p -> { });
        }
    }

    private static synchronized Annotator annotator() {
        if (annotator == null) {
            annotator = new Annotator(NlpConfig.defaults());
        }
        return annotator;
    }
}

package dev.dateline.eval;

import java.util.Optional;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;

/**
 * readability4j (a Kotlin port of Mozilla's Readability), measured against Dateline's own
 * extractor: its article text, title and byline. It finds no publication date.
 */
final class Readability4jExtractor {

    private Readability4jExtractor() {
    }

    static ExtractionEvaluation.Extracted extract(String url, String html) {
        try {
            Article a = new Readability4JExtended(url, html).parse();
            return new ExtractionEvaluation.Extracted(Optional.ofNullable(a.getTextContent()).orElse(""),
                    Optional.ofNullable(a.getTitle()).filter(t -> !t.isBlank()),
                    Optional.ofNullable(a.getByline()).filter(t -> !t.isBlank()), Optional.empty(), Optional.empty());
        } catch (RuntimeException | StackOverflowError e) {
            return ExtractionEvaluation.Extracted.nothing();
        }
    }
}

package dev.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.model.CleanArticle;
import dev.dateline.model.RawArticle;
import dev.dateline.model.Span;

/**
 * What every cleaned article must satisfy, whatever its format: paragraphs inside the cleaned
 * text and mapped inside the original; every visible character mapped to the same character in
 * the original (or to the character reference that encodes it); the input untouched; the same
 * output for the same input.
 */
abstract class CleanContract {

    static void assertContract(RawArticle raw, CleanArticle clean) throws ArticleException {
        String original = raw.originalText();
        assertThat(clean.originalText()).isSameAs(original);
        assertThat(clean.id()).isEqualTo(raw.id());
        String text = clean.text();
        for (Span p : clean.paragraphs()) {
            assertThat(p.end()).isLessThanOrEqualTo(text.length());
            Span o = clean.toOriginal(p);
            assertThat(o.end()).isLessThanOrEqualTo(original.length());
            assertThat(o.length()).isGreaterThanOrEqualTo(p.length() / 2);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            int at = clean.clean().offsets().toOriginalStart(i);
            char o = original.charAt(at);
            if (o == '&') {
                continue;
            }
            assertThat(o).as("clean char %d '%s' maps to original %d", i, c, at).isEqualTo(c);
        }
        assertThat(new Cleaner().clean(raw, p -> { })).isEqualTo(clean);
    }
}

package dev.dateline.events;

import dev.dateline.model.AnnotatedArticle;
import dev.dateline.model.Sentence;
import dev.dateline.model.Timex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes reprints code alike: a sentence that an earlier article of the batch had word for word
 * gets that article's coding, so that the mentions of one wire sentence in three outlets can
 * merge. Without it the article around a sentence can change its coding (a surname the other
 * article named in full, a dateline), and one wire sentence is coded three ways.
 *
 * <p>The first copy in the order articles are given wins. Sentences of fewer than
 * {@link #MIN_TOKENS} tokens ("He denied it.") depend on their article and are left alone. Not
 * thread-safe: call it in input order.
 */
public final class ReprintCoding {

    /** Sentences shorter than this are coded in their own article. */
    static final int MIN_TOKENS = 8;

    /** Sentences remembered at most; later ones are coded in their own article. */
    private static final int CAPACITY = 1_000_000;

    /** A sentence's coding: where the sentence started in its article, and its events. */
    private record First(String article, int start, List<Event> events) {
    }

    private final EventCoder coder;
    /** First copies by a 64-bit hash of the sentence's original text and its length. */
    private final Map<Long, First> seen = new HashMap<>();

    public ReprintCoding(EventCoder coder) {
        this.coder = coder;
    }

    /**
     * {@code result}, the coding of {@code article}, with each sentence an earlier article had
     * coded as that article coded it, dated in this one ({@code timexes}, {@code reference}).
     */
    public EventCoder.Result apply(AnnotatedArticle article, EventCoder.Result result, List<Timex> timexes,
            Optional<LocalDate> reference) {
        if (result.skipped().isPresent()) {
            return result;
        }
        String text = article.article().originalText();
        String id = article.id().value();
        Map<Integer, List<Event>> copied = new HashMap<>();
        for (Sentence s : article.sentences()) {
            if (s.tokens().size() < MIN_TOKENS) {
                continue;
            }
            long key = key(s.span().in(text));
            First first = seen.get(key);
            if (first == null) {
                if (seen.size() < CAPACITY) {
                    seen.put(key, new First(id, s.span().start(), own(result, s.index())));
                }
            } else if (!first.article().equals(id)) {
                int delta = s.span().start() - first.start();
                List<Event> moved = new ArrayList<>();
                first.events().forEach(e -> moved.add(e.moved(delta, s.index())));
                copied.put(s.index(), moved);
            }
        }
        return coder.recoded(article, result, copied, timexes, reference);
    }

    private static List<Event> own(EventCoder.Result result, int sentence) {
        List<Event> out = new ArrayList<>();
        for (Event e : result.coded()) {
            if (e.sentence() == sentence) {
                out.add(e);
            }
        }
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** Two independent 32-bit hashes of {@code s}, mixed with its length: collisions are negligible. */
    private static long key(String s) {
        int second = s.length();
        for (int i = 0; i < s.length(); i++) {
            second = 131 * second + s.charAt(i);
        }
        return ((long) s.hashCode() << 32) ^ (second & 0xffffffffL);
    }
}

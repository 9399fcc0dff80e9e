package dev.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dateline.ingest.ArticleException;
import dev.dateline.ingest.Cleaner;
import dev.dateline.ingest.InputReader;
import dev.dateline.model.ArticleFormat;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.Problem;
import dev.dateline.model.RawArticle;
import dev.dateline.model.SuppliedMetadata;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Scores main-text extraction and page metadata on the trafilatura evaluation set: per page,
 * text segments that must appear in the main text ({@code with}) and boilerplate that must not
 * ({@code without}), and the page's gold title, author and publication date.
 *
 * <p>The metric is trafilatura's: white space is normalised in the output and the segments, a
 * {@code with} segment found is a true positive and one missing a false negative, a
 * {@code without} segment found a false positive; counts are summed over the corpus. The pages
 * split by the parity of their file name's hash into a tuning half and a test half.
 */
public final class ExtractionEvaluation {

    /** Which pages are scored. */
    public enum Part {
        /** Pages whose file name has an even hash: errors may be read here. */
        TUNE,
        /** The others: report these, never read their errors. */
        TEST,
        ALL;

        boolean holds(String file) {
            return this == ALL || name().equalsIgnoreCase(DateTally.part(file));
        }
    }

    /** One annotated page: its URL, file, segments and gold metadata (empty where the set has none). */
    public record Page(String url, Path file, List<String> with, List<String> without, Optional<String> title,
            Optional<String> author, Optional<LocalDate> date) {
        public Page {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }

    /** What an extractor made of a page: its main text and the metadata it found. */
    public record Extracted(String text, Optional<String> title, Optional<String> author, Optional<LocalDate> date,
            Optional<String> dateBasis) {
        /** Nothing extracted, as for a page that could not be read. */
        public static Extracted nothing() {
            return new Extracted("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A main-text extractor under test: the page's URL and decoded HTML in, its text and metadata out. */
    public interface Extractor {
        /** The main text and metadata of the page {@code html}, published at {@code url}. */
        Extracted extract(String url, String html);
    }

    /** The extractors that can be measured, by name. */
    public static final Map<String, Extractor> EXTRACTORS = Map.of(
            "dateline", ExtractionEvaluation::dateline,
            "readability4j", Readability4jExtractor::extract);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Cleaner CLEANER = new Cleaner();

    private ExtractionEvaluation() {
    }

    /** The pages of {@code dir} ({@code evaldata.json}, pages in {@code eval/} or {@code cache/}, gzipped) in {@code part}. */
    public static List<Page> read(Path dir, Part part) throws IOException {
        JsonNode root = JSON.readTree(dir.resolve("evaldata.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode n = e.getValue();
            String name = n.path("file").asText();
            if (name.isEmpty() || !part.holds(name)) {
                continue;
            }
            Path file = locate(dir, name);
            if (file == null) {
                continue;
            }
            pages.add(new Page(e.getKey(), file, strings(n.path("with")), strings(n.path("without")),
                    text(n.path("title")), text(n.path("author")), text(n.path("date")).flatMap(ExtractionEvaluation::day)));
        }
        return pages;
    }

    private static Path locate(Path dir, String name) {
        for (String folder : List.of("eval", "cache")) {
            for (String suffix : List.of(".gz", "")) {
                Path p = dir.resolve(folder).resolve(name + suffix);
                if (Files.isRegularFile(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /** The decoded HTML of {@code page}, read as Dateline reads any file, or the reason it cannot be read. */
    public static String html(Page page) throws ArticleException {
        AtomicReference<RawArticle> raw = new AtomicReference<>();
        AtomicReference<String> error = new AtomicReference<>();
        new InputReader().read(page.file(), raw::set, p -> {
            if (p.severity() == Problem.Severity.ERROR) {
                error.set(p.message());
            }
        });
        if (raw.get() == null) {
            throw new ArticleException(error.get() == null ? "not read" : error.get());
        }
        return raw.get().originalText();
    }

    /** Dateline's own extraction: the cleaned text and metadata of the page as {@code analyze} reads it, with its URL. */
    static Extracted dateline(String url, String html) {
        RawArticle raw = new RawArticle(url, OptionalInt.empty(), html, ArticleFormat.HTML,
                new SuppliedMetadata(Optional.empty(), Optional.of(url), Optional.empty(), Optional.empty(), Optional.empty()));
        try {
            CleanArticle clean = CLEANER.clean(raw, p -> { });
            return new Extracted(clean.text(), clean.metadata().title(), clean.metadata().byline(),
                    clean.metadata().published().date(), Optional.of(clean.metadata().published().basis().id()));
        } catch (ArticleException e) {
            return Extracted.nothing();
        }
    }

    /** The score of one page. */
    public record Score(int tp, int fp, int fn, List<String> missed, List<String> leaked) {
        public Score {
            missed = List.copyOf(missed);
            leaked = List.copyOf(leaked);
        }
    }

    /** Scores {@code text} against {@code page}'s segments, after white space is normalised in both. */
    public static Score score(Page page, String text) {
        String out = normalise(text);
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int tp = 0;
        for (String w : page.with()) {
            if (out.contains(normalise(w))) {
                tp++;
            } else {
                missed.add(w);
            }
        }
        for (String w : page.without()) {
            if (out.contains(normalise(w))) {
                leaked.add(w);
            }
        }
        return new Score(tp, leaked.size(), missed.size(), missed, leaked);
    }

    static String normalise(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** Whether a title or author found equals the gold one, compared without case, white space or punctuation differences. */
    static boolean same(Optional<String> found, String gold) {
        return found.map(f -> key(f).equals(key(gold))).orElse(false);
    }

    private static String key(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
    }

    /** The report lines of {@code results}, one per page of {@code pages} in order. */
    public static List<String> report(String extractor, List<Page> pages, List<Extracted> results) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int dated = 0;
        int dateRight = 0;
        int dateGiven = 0;
        int titled = 0;
        int titleRight = 0;
        int authored = 0;
        int authorRight = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Extracted r = results.get(i);
            Score s = score(p, r.text());
            tp += s.tp();
            fp += s.fp();
            fn += s.fn();
            if (p.date().isPresent()) {
                dated++;
                dateGiven += r.date().isPresent() ? 1 : 0;
                dateRight += r.date().equals(p.date()) ? 1 : 0;
            }
            if (p.title().isPresent()) {
                titled++;
                titleRight += same(r.title(), p.title().get()) ? 1 : 0;
            }
            if (p.author().isPresent()) {
                authored++;
                authorRight += same(r.author(), p.author().get()) ? 1 : 0;
            }
        }
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "extractor %s: %d pages", extractor, pages.size()));
        lines.add(String.format(Locale.ROOT, "main text: precision %.3f, recall %.3f, F1 %.3f (TP %d, FP %d, FN %d)",
                precision, recall, f1, tp, fp, fn));
        lines.add(String.format(Locale.ROOT, "publication date: right for %d of %d pages with a gold date (%s); a date"
                + " given for %d", dateRight, dated, share(dateRight, dated), dateGiven));
        lines.add(String.format(Locale.ROOT, "title: right for %d of %d (%s)", titleRight, titled, share(titleRight, titled)));
        lines.add(String.format(Locale.ROOT, "author: right for %d of %d (%s)", authorRight, authored,
                share(authorRight, authored)));
        return lines;
    }

    /** Writes each page's misses: segments missed and leaked, and metadata that differs from the gold. */
    public static void errors(List<Page> pages, List<Extracted> results, PrintWriter w) {
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            Extracted r = results.get(i);
            Score s = score(p, r.text());
            boolean dateWrong = p.date().isPresent() && !r.date().equals(p.date());
            boolean titleWrong = p.title().isPresent() && !same(r.title(), p.title().get());
            if (s.missed().isEmpty() && s.leaked().isEmpty() && !dateWrong && !titleWrong) {
                continue;
            }
            w.println("== " + p.file().getFileName() + " " + p.url() + " (" + r.text().length() + " chars)");
            s.missed().forEach(m -> w.println("  missed: " + m));
            s.leaked().forEach(m -> w.println("  leaked: " + m));
            if (dateWrong) {
                w.println("  date: " + r.date().map(LocalDate::toString).orElse("-") + " (" + r.dateBasis().orElse("-")
                        + "), gold " + p.date().get());
            }
            if (titleWrong) {
                w.println("  title: " + r.title().orElse("-") + " | gold " + p.title().get());
            }
            if (p.author().isPresent() && !same(r.author(), p.author().get())) {
                w.println("  author: " + r.author().orElse("-") + " | gold " + p.author().get());
            }
        }
    }

    private static String share(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.3f", n / (double) of);
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(x -> {
            if (x.isTextual() && !x.asText().isBlank()) {
                out.add(x.asText());
            }
        });
        return out;
    }

    private static Optional<String> text(JsonNode n) {
        return n.isTextual() && !n.asText().isBlank() ? Optional.of(n.asText()) : Optional.empty();
    }

    private static Optional<LocalDate> day(String s) {
        try {
            return Optional.of(LocalDate.parse(s.strip().substring(0, Math.min(10, s.strip().length()))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

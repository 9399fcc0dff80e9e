package dev.dateline.eval;

import dev.dateline.model.PublicationDate;
import dev.dateline.model.Timex;
import dev.dateline.time.ReferenceTime;
import dev.dateline.time.TimeTagger;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The TempEval-3 task A evaluation of the time tagger: tags TimeML documents, writes them in the
 * same format, and scores system files against gold files.
 */
public final class TimeMlEvaluation {

    private final TimeTagger tagger = new TimeTagger();

    /** The TimeML files under {@code dir} ({@code *.tml}, {@code *.TE3input}), in name order. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".tml") || p.toString().endsWith(".TE3input"))
                    .sorted().toList();
        }
    }

    /** Tags every document under {@code in} and writes it under {@code out}, named without {@code .TE3input}. */
    public int tag(Path in, Path out) throws IOException {
        int n = 0;
        for (Path file : files(in)) {
            TimeMlDocument doc = TimeMlDocument.read(file);
            Path target = out.resolve(in.relativize(file).toString().replaceFirst("\\.TE3input$", ""));
            Files.createDirectories(target.getParent());
            Files.writeString(target, doc.withTimexes(system(doc)), StandardCharsets.UTF_8);
            n++;
        }
        return n;
    }

    /**
     * Scores the system files under {@code system} against the gold files under {@code gold}
     * (matched by name); a gold file without a system file counts as tagged with nothing.
     * Mismatches go to {@code errors} when given, one per line.
     */
    public TimexScoreReport score(Path gold, Path system, Optional<PrintWriter> errors) throws IOException {
        TimexScore score = new TimexScore();
        List<String> problems = new ArrayList<>();
        for (Path g : files(gold)) {
            TimeMlDocument goldDoc = TimeMlDocument.read(g);
            Path s = system.resolve(gold.relativize(g).toString().replaceFirst("\\.TE3input$", ""));
            List<TimeMlDocument.Annotated> found = List.of();
            if (Files.exists(s)) {
                TimeMlDocument systemDoc = TimeMlDocument.read(s);
                if (!systemDoc.text().equals(goldDoc.text())) {
                    problems.add(s + ": its text differs from the gold file's; scored as empty");
                } else {
                    found = systemDoc.timexes;
                }
            } else {
                problems.add(s + ": missing; scored as empty");
            }
            score.add(goldDoc.timexes, found);
            List<TimeMlDocument.Annotated> scored = found;
            errors.ifPresent(w -> writeErrors(w, g, goldDoc, goldDoc.timexes, scored));
        }
        return new TimexScoreReport(score.table(), problems, score.valueF1(), score.relaxedF1());
    }

    /** Tags the gold documents in memory and scores them: {@link #tag} then {@link #score} without files. */
    public TimexScoreReport evaluate(Path gold, Optional<PrintWriter> errors) throws IOException {
        TimexScore score = new TimexScore();
        for (Path g : files(gold)) {
            TimeMlDocument doc = TimeMlDocument.read(g);
            List<TimeMlDocument.Annotated> found = system(doc);
            score.add(doc.timexes, found);
            errors.ifPresent(w -> writeErrors(w, g, doc, doc.timexes, found));
        }
        return new TimexScoreReport(score.table(), List.of(), score.valueF1(), score.relaxedF1());
    }

    /**
     * Hides each document's DCT, infers a publication range from its text alone, and reports how
     * often the true DCT falls in the range, the mean width of the ranges, and how many documents
     * got one at all.
     */
    public List<String> evaluateDct(Path gold) throws IOException {
        ReferenceTime inference = new ReferenceTime();
        int documents = 0;
        int withRange = 0;
        int hits = 0;
        long width = 0;
        for (Path g : files(gold)) {
            TimeMlDocument doc = TimeMlDocument.read(g);
            if (doc.dct.isEmpty()) {
                continue;
            }
            documents++;
            PublicationDate p = inference.infer(doc.text());
            if (!p.isKnown()) {
                continue;
            }
            withRange++;
            LocalDate dct = doc.dct.get();
            LocalDate earliest = p.earliest().orElseThrow();
            LocalDate latest = p.latest().orElseThrow();
            width += ChronoUnit.DAYS.between(earliest, latest) + 1;
            if (!dct.isBefore(earliest) && !dct.isAfter(latest)) {
                hits++;
            }
        }
        return List.of(
                String.format(Locale.ROOT, "documents %d, with an inferred range %d (%.1f%%)", documents, withRange,
                        100.0 * withRange / Math.max(1, documents)),
                String.format(Locale.ROOT, "true DCT inside the range: %d of %d (%.1f%%)", hits, withRange,
                        100.0 * hits / Math.max(1, withRange)),
                String.format(Locale.ROOT, "mean range width: %.1f days", width / (double) Math.max(1, withRange)));
    }

    /** The scores and any problems met. */
    public record TimexScoreReport(List<String> table, List<String> problems, double valueF1, double relaxedF1) {
    }

    private List<TimeMlDocument.Annotated> system(TimeMlDocument doc) {
        List<TimeMlDocument.Annotated> out = new ArrayList<>();
        for (Timex t : tagger.tag(doc.text(), doc.dct)) {
            out.add(new TimeMlDocument.Annotated(t.span(), t.type().name(), t.value().value(),
                    t.mod().map(Enum::name).orElse(null)));
        }
        return out;
    }

    private static void writeErrors(PrintWriter w, Path file, TimeMlDocument doc, List<TimeMlDocument.Annotated> gold,
            List<TimeMlDocument.Annotated> system) {
        String text = doc.text();
        String dct = doc.dct.map(Object::toString).orElse("-");
        for (TimeMlDocument.Annotated g : gold) {
            Optional<TimeMlDocument.Annotated> s = system.stream()
                    .filter(x -> x.span().start() < g.span().end() && g.span().start() < x.span().end()).findFirst();
            String context = context(text, g.span().start(), g.span().end());
            if (s.isEmpty()) {
                w.println("MISSED\t" + file.getFileName() + "\t" + dct + "\t" + g.span().in(text) + "\t" + g.type() + "\t"
                        + g.value() + "\t" + context);
            } else if (!s.get().value().equals(g.value()) || !s.get().type().equals(g.type())
                    || !s.get().span().equals(g.span())) {
                w.println("DIFFERS\t" + file.getFileName() + "\t" + dct + "\t" + g.span().in(text) + "\t" + g.type() + "\t"
                        + g.value() + "\t" + s.get().span().in(text) + "\t" + s.get().type() + "\t" + s.get().value()
                        + "\t" + context);
            }
        }
        for (TimeMlDocument.Annotated s : system) {
            if (gold.stream().noneMatch(g -> s.span().start() < g.span().end() && g.span().start() < s.span().end())) {
                w.println("SPURIOUS\t" + file.getFileName() + "\t" + dct + "\t" + s.span().in(text) + "\t" + s.type() + "\t"
                        + s.value() + "\t" + context(text, s.span().start(), s.span().end()));
            }
        }
    }

    private static String context(String text, int start, int end) {
        return (text.substring(Math.max(0, start - 60), start) + "[[" + text.substring(start, end) + "]]"
                + text.substring(end, Math.min(text.length(), end + 40))).replaceAll("\\s+", " ");
    }
}

package dev.dateline.app.cli;

import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.app.Pipeline;
import dev.dateline.app.Progress;
import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.model.Printable;
import dev.dateline.model.Problem;
import dev.dateline.model.Span;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline explain FILE}: per sentence, the events coded and why, and the actors not resolved. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Analyzes one article (nothing is stored) and prints, sentence by sentence, the events coded"
                + " with the rule and the actors behind each, and the actors found that did not resolve.",
        footer = {"", "Example:", "  dateline explain examples/georgia-2008/05-summit-ruled-out.md", "",
            "Exit status: 0 explained, 1 the article could not be read or analyzed, 2 bad usage."})
final class ExplainCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "One article: text, Markdown, HTML, or a JSON Lines file.")
    Path file;

    @Mixin
    KbOption kb;

    @Option(names = "--all", description = "Also print the sentences in which no event was coded.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("dateline explain: " + file + " is not a file");
            return 2;
        }
        EventCoder coder = kb.coder();
        DatelineCommand top = (DatelineCommand) spec.root().userObject();
        List<Problem> problems = new ArrayList<>();
        Analysis analysis;
        try (Pipeline pipeline = new Pipeline(top::annotator, 1, coder, kb.claims(), kb.framer())) {
            analysis = pipeline.run(List.of(file), Optional.empty(), Progress.none(), problems::add);
        }
        problems.forEach(p -> err.println(p.message()));
        for (AnalyzedArticle a : analysis.articles()) {
            explain(a, out);
        }
        out.flush();
        err.flush();
        return analysis.articles().isEmpty() ? 1 : 0;
    }

    private void explain(AnalyzedArticle a, PrintWriter out) {
        String original = a.article().originalText();
        out.println(Printable.of(a.article().source()) + a.article().sourceLine().stream().mapToObj(l -> ":" + l).findFirst().orElse("")
                + "  (published " + a.article().metadata().published().date().map(Object::toString).orElse("unknown") + ")");
        a.coding().skipped().ifPresent(reason -> out.println("  " + reason));
        for (int i = 0; i < a.sentences().size(); i++) {
            int index = i;
            List<Event> events = a.coding().coded().stream().filter(e -> e.sentence() == index).toList();
            List<ActorMention> unresolved = a.coding().unresolved().stream().filter(u -> u.sentence() == index)
                    .map(u -> u.actor()).toList();
            if (events.isEmpty() && unresolved.isEmpty() && !all) {
                continue;
            }
            Span s = a.sentences().get(i);
            out.println();
            out.println("[" + (i + 1) + "] " + Printable.of(s.in(original).replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip()));
            for (Event e : events) {
                out.println((e.confidence().abstained() ? "  abstained from: event " : "  event ") + e.cameo().code() + " " + e.cameo().label()
                        + e.cameo().plover().map(t -> " (PLOVER " + t + e.cameo().mode().map(m -> ", " + m).orElse("") + ")").orElse("")
                        + ", " + e.modality().label());
                if (!e.act().code().equals(e.cameo().code())) {
                    out.println("    act:      " + e.act().code() + " " + e.act().label());
                }
                out.println("    trigger:  '" + e.triggerText() + "' at " + e.trigger().start() + "-" + e.trigger().end());
                actors(out, "source", e.source());
                actors(out, "target", e.target());
                e.claimant().ifPresent(c -> out.println("    claimed by: " + c.text() + c.code().map(x -> " (" + x + ")").orElse("")));
                out.println("    when:     " + e.time().value().orElse("unknown") + " (" + e.time().basis() + ")");
                e.place().ifPresent(p -> out.println("    where:    " + p));
                out.println("    Goldstein " + e.cameo().goldstein() + ", QuadClass " + e.cameo().quadClass());
                out.println("    why:      " + e.rule());
                out.println(String.format(Locale.ROOT, "    confidence %.2f%s", e.confidence().score(),
                        e.confidence().doubts().isEmpty() ? "" : ": " + String.join("; ", e.confidence().doubts())));
            }
            for (ActorMention u : unresolved) {
                out.println("  not resolved: '" + u.text() + "' (" + String.join("; ", u.reasons()) + ")");
            }
        }
        out.println();
    }

    private static void actors(PrintWriter out, String role, List<ActorMention> actors) {
        if (actors.isEmpty()) {
            out.printf("    %-9s none found%n", role + ":");
        }
        for (ActorMention a : actors) {
            out.printf("    %-9s %s = %s%s%n", role + ":", a.text(), a.code().map(Object::toString).orElse("?"),
                    a.resolved() ? " (" + String.join("; ", a.reasons()) + ")" : "");
        }
    }
}

package dev.dateline.app.cli;

import dev.dateline.events.Claim;
import dev.dateline.merge.Ledger;
import dev.dateline.store.Store;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline claims}: the claims ledger of the stored articles. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Prints the claims ledger of the stored articles: each figure (killed, wounded, displaced, …)"
                + " by whose people it counts, its claims in the order of their as-of dates with claimant and relation"
                + " (updates, corroborates, contradicts), and a conservative estimate.",
            "Rows are tab-separated: as-of date or ?, figure, claimant or -, relations or -, article id, the words."},
        footer = {"", "Examples:", "  dateline claims", "  dateline claims --db ~/reports/ukraine.duckdb --story 9a565a0eb04ef8fc",
            "", "One ledger per story, as the last analyze clustered the articles.",
            "Exit status: 0 printed (also when there are no claims), 1 the store cannot be read, 2 bad usage."})
final class ClaimsCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--story", paramLabel = "ID",
            description = "Only the claims of this story (its id, as story.json lists it).")
    String story;

    @Option(names = "--article", paramLabel = "ID", description = "Only the claims of this article (its 16-digit id).")
    String article;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<Ledger.Entry>> byStory = new LinkedHashMap<>();
        try (Store store = db.openExisting()) {
            Map<String, String> stories = store.stories();
            for (Store.StoredClaim c : store.claims()) {
                String storyId = stories.getOrDefault(c.article(), c.article());
                if ((article == null || article.equals(c.article())) && (story == null || story.equals(storyId))) {
                    byStory.computeIfAbsent(storyId, k -> new ArrayList<>())
                            .add(new Ledger.Entry(c.article() + "-c" + c.ordinal(), c.article(), c.publisher(), c.claim()));
                }
            }
        }
        if (byStory.isEmpty()) {
            out.println("no claims stored" + (story == null ? "" : " for story " + story)
                    + (article == null ? "" : " for article " + article));
        }
        for (Map.Entry<String, List<Ledger.Entry>> s : byStory.entrySet()) {
            out.println("== story " + s.getKey());
            for (Ledger.Line line : Ledger.build(s.getValue())) {
                print(out, line);
            }
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, Ledger.Line line) {
        out.println(line.title() + (line.contested() ? " (contested)" : ""));
        Ledger.Estimate e = line.estimate();
        out.println(e.value().isPresent()
                ? String.format(Locale.ROOT, "  estimate %,d (lowest of the latest figures of %d claimant%s; range %,d to %s)",
                        e.value().getAsLong(), e.claimants(), e.claimants() == 1 ? "" : "s", e.low().getAsLong(),
                        e.high().isPresent() ? String.format(Locale.ROOT, "%,d", e.high().getAsLong()) : "unbounded")
                        + e.zeroNote()
                : "  no estimate: no figure given");
        for (Ledger.Entry entry : line.entries()) {
            Claim c = entry.claim();
            List<String> relations = new ArrayList<>();
            for (Ledger.Link l : line.links()) {
                if (l.from().equals(entry.id())) {
                    relations.add(l.relation().label() + " " + l.to());
                }
            }
            out.println("  " + String.join("\t", c.asOf().orElse("?"), figure(c),
                    c.claimant().map(a -> a.text() + a.code().map(x -> " (" + x + ")").orElse("")).orElse("-"),
                    relations.isEmpty() ? "-" : String.join(", ", relations), entry.id(), c.text()));
        }
        out.println();
    }

    private static String figure(Claim c) {
        if (!c.disclosed()) {
            return c.disclosure() == Claim.Disclosure.WITHHELD ? "not disclosed" : "unconfirmed";
        }
        String low = c.low().isPresent() ? Long.toString(c.low().getAsLong()) : "?";
        String high = c.high().isPresent() ? Long.toString(c.high().getAsLong()) : "…";
        return low.equals(high) ? low : low + "-" + high;
    }
}

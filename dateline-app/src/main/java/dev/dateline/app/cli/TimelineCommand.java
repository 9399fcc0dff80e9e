package dev.dateline.app.cli;

import dev.dateline.model.Printable;
import dev.dateline.store.Store;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline timeline}: each story's events in date order. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"Prints each stored story's timeline: its events (mentions of one happening merged across"
                + " articles) in date order, undated last, one line each, tab-separated:",
            "date or ?, independent sources/articles, importance (* marks the three most important of the story),"
                + " modality, summary, the mentions it rests on."},
        footer = {"", "Examples:", "  dateline timeline", "  dateline timeline --story 9a565a0eb04ef8fc", "",
            "Exit status: 0 printed (also when empty), 1 the store cannot be read, 2 bad usage."})
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Option(names = "--story", paramLabel = "ID", description = "Only this story (its id, as story.json lists it).")
    String story;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Store.TimelineEntry> entries;
        try (Store store = db.openExisting()) {
            entries = store.timeline(Optional.ofNullable(story));
        }
        if (entries.isEmpty()) {
            out.println("no events stored" + (story == null ? "" : " for story " + story));
        }
        String current = null;
        Set<String> top = new HashSet<>();
        for (Store.TimelineEntry e : entries) {
            if (!e.story().equals(current)) {
                current = e.story();
                out.println("== story " + current);
                String s = current;
                entries.stream().filter(x -> x.story().equals(s) && !x.background())
                        .sorted(Comparator.comparingDouble(Store.TimelineEntry::importance).reversed()).limit(3)
                        .forEach(x -> top.add(x.event()));
            }
            out.println(String.join("\t", e.date().orElse("?"), e.numSources() + "/" + e.numArticles(),
                    String.format(Locale.ROOT, "%.1f%s", e.importance(), top.contains(e.event()) ? " *" : ""),
                    e.modality(), Printable.of(e.summary()), String.join(" ", e.mentions())));
        }
        out.flush();
        return 0;
    }
}

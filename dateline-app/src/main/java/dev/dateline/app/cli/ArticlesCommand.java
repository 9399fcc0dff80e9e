package dev.dateline.app.cli;

import dev.dateline.model.Printable;
import dev.dateline.store.ArticleSummary;
import dev.dateline.store.Store;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline articles}: list the stored articles. */
@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"Lists the stored articles, one per line, tab-separated:",
            "id (16 hex digits), publication date or -, outlet or -, title or -."})
final class ArticlesCommand implements Callable<Integer> {

    @Mixin
    DbOption db;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.openExisting()) {
            for (ArticleSummary a : store.articles()) {
                out.println(a.id() + "\t" + a.published().map(Object::toString).orElse("-") + "\t"
                        + field(a.outlet()) + "\t" + field(a.title()));
            }
        }
        out.flush();
        return 0;
    }

    private static String field(Optional<String> value) {
        return value.map(v -> Printable.of(v.replaceAll("[\\t\\r\\n]+", " ").strip())).filter(v -> !v.isEmpty()).orElse("-");
    }
}

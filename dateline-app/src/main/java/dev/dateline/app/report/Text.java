package dev.dateline.app.report;

import dev.dateline.app.Analysis;
import dev.dateline.app.AnalyzedArticle;
import dev.dateline.events.ActorMention;
import dev.dateline.events.Claim;
import dev.dateline.events.Event;
import dev.dateline.merge.EventMerger;
import dev.dateline.merge.Framing;
import dev.dateline.merge.Ledger;
import dev.dateline.model.ArticleMetadata;
import dev.dateline.model.CleanArticle;
import dev.dateline.model.PublicationDate;
import dev.dateline.model.Span;
import dev.dateline.model.Timex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Small text helpers shared by the Markdown and HTML reports. */
final class Text {

    private Text() {
    }

    /** {@code s} safe inside HTML text and attribute values. */
    static String html(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code s} with Markdown's inline syntax characters escaped, on one line. */
    static String markdown(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
    }

    /** "2008-08-12 (metadata)", "2008-08-01 – 2008-08-31 (url)" or "unknown". */
    static String published(PublicationDate p) {
        if (!p.isKnown()) {
            return "unknown";
        }
        String when = p.date().map(Object::toString)
                .orElse(p.earliest().orElseThrow() + " – " + p.latest().orElseThrow());
        return when + " (" + p.basis().id() + ")";
    }

    /** "AFP, Reuters" or "none". */
    static String agencies(ArticleMetadata m) {
        return m.agencies().isEmpty() ? "none" : String.join(", ", m.agencies());
    }

    /** "Thursday evening = 2008-08-07TEV, five hours = PT5H" or "none". */
    static String timexes(List<Timex> timexes) {
        if (timexes.isEmpty()) {
            return "none";
        }
        StringBuilder out = new StringBuilder();
        for (Timex t : timexes) {
            out.append(out.length() == 0 ? "" : ", ").append(t.text().replaceAll("\\s+", " ")).append(" = ")
                    .append(t.value().value());
            t.mod().ifPresent(m -> out.append(" (").append(m.name().toLowerCase(Locale.ROOT)).append(')'));
        }
        return out.toString();
    }

    /** One row per event of the analysis: its cells for the event tables of the reports. */
    static List<String[]> eventRows(List<AnalyzedArticle> articles) {
        List<String[]> rows = new ArrayList<>();
        int n = 1;
        for (AnalyzedArticle a : articles) {
            for (Event e : a.events()) {
                rows.add(new String[] {e.time().value().orElse("?") + (e.time().basis().equals("article") ? " (article)" : ""),
                    actors(e.source()), e.cameo().code() + " " + e.cameo().label()
                        + e.cameo().plover().map(t -> " [" + t + "]").orElse(""), actors(e.target()),
                    e.modality().label() + e.claimant().map(c -> ", says " + c.text()).orElse("")
                        + (e.background().isPresent() ? ", background" : ""),
                    String.format(Locale.ROOT, "%.2f", e.confidence().score()), Integer.toString(n), evidence(a, e)});
            }
            n++;
        }
        return rows;
    }

    /** How many events the coder abstained from, in a sentence for the reports, when it did. */
    static Optional<String> abstained(Analysis analysis) {
        long n = analysis.articles().stream().mapToLong(a -> a.coding().abstained().size()).sum();
        return n == 0 ? Optional.empty() : Optional.of(n + (n == 1 ? " event was" : " events were")
                + " coded with too little confidence to report; story.json lists them under \"abstained\","
                + " with their doubts.");
    }

    /** "Russia (RUSMIL), Georgia (GEO)", with "?" for an actor that did not resolve; "-" for none. */
    static String actors(List<ActorMention> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        StringBuilder out = new StringBuilder();
        for (ActorMention a : actors) {
            out.append(out.length() == 0 ? "" : ", ").append(a.text()).append(" (")
                    .append(a.code().map(Object::toString).orElse("?")).append(")");
        }
        return out.toString();
    }

    /**
     * The event's sentence as people read it (the cleaned text it came from: references decoded,
     * no markup), at most 240 characters.
     */
    static String evidence(AnalyzedArticle a, Event e) {
        String sentence = shown(a.article(), e.sentenceSpan());
        return sentence.length() <= 240 ? sentence : sentence.substring(0, 239) + "…";
    }

    /**
     * The cleaned text {@code span} of the original came from, white space collapsed; the
     * original's characters without tags where none did.
     */
    static String shown(CleanArticle article, Span span) {
        String shown = article.shown(span);
        if (shown.isBlank()) {
            shown = span.in(article.originalText()).replaceAll("<[^>]*>", " ");
        }
        return shown.replaceAll("\\s+", " ").strip();
    }

    /** Number of the article (1-based, in report order) each article id has. */
    static Map<String, Integer> articleNumbers(List<AnalyzedArticle> articles) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            out.put(articles.get(i).article().id().value(), i + 1);
        }
        return out;
    }

    /** "at least 2,000", "270 – 330", "64", "not disclosed" or "unconfirmed". */
    static String figure(Claim c) {
        if (!c.disclosed()) {
            return c.disclosure() == Claim.Disclosure.WITHHELD ? "not disclosed" : "unconfirmed";
        }
        if (c.low().isPresent() && c.high().isPresent()) {
            return c.low().getAsLong() == c.high().getAsLong() ? String.format(Locale.ROOT, "%,d", c.low().getAsLong())
                    : String.format(Locale.ROOT, "%,d – %,d", c.low().getAsLong(), c.high().getAsLong());
        }
        if (c.low().isPresent()) {
            return String.format(Locale.ROOT, "at least %,d", c.low().getAsLong());
        }
        if (c.high().isPresent()) {
            return String.format(Locale.ROOT, "up to %,d", c.high().getAsLong());
        }
        return "a share, of a whole not stated";
    }

    /** One row per claim of a ledger line: as of, figure, claimant, article number, relations, the words. */
    static List<String[]> ledgerRows(Ledger.Line line, Map<String, Integer> numbers) {
        List<String[]> rows = new ArrayList<>();
        for (Ledger.Entry e : line.entries()) {
            var c = e.claim();
            StringBuilder relations = new StringBuilder();
            for (Ledger.Link l : line.links()) {
                if (l.from().equals(e.id())) {
                    relations.append(relations.length() == 0 ? "" : ", ").append(l.relation().label()).append(" ")
                            .append(l.to());
                }
            }
            rows.add(new String[] {c.asOf().orElse("?"), figure(c),
                c.claimant().map(a -> a.text() + a.code().map(x -> " (" + x + ")").orElse("")).orElse("-"),
                Integer.toString(numbers.getOrDefault(e.article(), 0)), e.id(),
                relations.length() == 0 ? "-" : relations.toString(), c.text()});
        }
        return rows;
    }

    /** What the framing section says first: what the words are, and that only groups where outlets differ are flagged. */
    static final String FRAMING_INTRO = "How each outlet names the story's armed actors, qualifies its places and names"
            + " its acts, grouped by what the words refer to; the tone is how a reader commonly takes the word. A group"
            + " marked 'outlets differ' has two outlets each using a word the other does not.";

    /** "actor: Republic of South Ossetia (GEOSEPSOS), outlets differ". */
    static String framingTitle(Framing.Group g) {
        return g.kind().label() + ": " + g.referent() + g.code().map(c -> " (" + c + ")").orElse("")
                + (g.differs() ? ", outlets differ" : "");
    }

    /** One row per word of a framing group: word, tone, outlets, uses, first sentence (article number). */
    static List<String[]> framingRows(Framing.Group g, List<AnalyzedArticle> articles, Map<String, Integer> numbers) {
        Map<String, CleanArticle> texts = new HashMap<>();
        articles.forEach(a -> texts.put(a.article().id().value(), a.article()));
        List<String[]> rows = new ArrayList<>();
        for (Framing.Use u : g.uses()) {
            Framing.Mention first = u.mentions().get(0);
            CleanArticle article = texts.get(first.article());
            String sentence = article == null ? "" : shown(article, first.sentenceSpan());
            rows.add(new String[] {u.term(), u.tone(), String.join(", ", u.outlets()), Integer.toString(u.mentions().size()),
                sentence + " (article " + numbers.getOrDefault(first.article(), 0) + ")"});
        }
        return rows;
    }

    /** "estimate 175 (lowest of the latest figures of 3 claimants; they range 175 – unbounded)". */
    static String estimate(Ledger.Line line) {
        var e = line.estimate();
        if (e.value().isEmpty()) {
            return "no estimate: no figure given";
        }
        return String.format(Locale.ROOT, "conservative estimate %,d: the lowest of the latest figures of %d claimant%s, "
                + "which range from %,d to %s", e.value().getAsLong(), e.claimants(), e.claimants() == 1 ? "" : "s",
                e.low().getAsLong(), e.high().isPresent() ? String.format(Locale.ROOT, "%,d", e.high().getAsLong()) : "no upper bound")
                + e.zeroNote();
    }

    /**
     * One row per merged event of a story, in date order (undated last): date, sources/articles,
     * a star for the three most important, modality, summary, the articles (report numbers) it rests on.
     */
    static List<String[]> timelineRows(List<EventMerger.Merged> events, Map<String, Integer> numbers) {
        Set<String> top = new HashSet<>();
        events.stream().filter(m -> !m.background())
                .sorted(Comparator.comparingDouble(EventMerger.Merged::importance).reversed())
                .limit(3).forEach(m -> top.add(m.id()));
        List<EventMerger.Merged> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing((EventMerger.Merged m) -> m.date().orElse("\uffff")));
        List<String[]> rows = new ArrayList<>();
        for (var m : ordered) {
            Set<Integer> cited = new TreeSet<>();
            m.mentions().forEach(x -> cited.add(numbers.getOrDefault(x.article(), 0)));
            StringBuilder articles = new StringBuilder();
            cited.forEach(n -> articles.append(articles.length() == 0 ? "" : ", ").append(n));
            rows.add(new String[] {m.date().orElse("?"), m.numSources() + "/" + m.numArticles(), top.contains(m.id()) ? "★" : "",
                m.modality().label(), m.representative().event().summary(), articles.toString()});
        }
        return rows;
    }
}

package dev.dateline.eval;

import dev.dateline.events.ActorMention;
import dev.dateline.events.Event;
import dev.dateline.events.EventCoder;
import dev.dateline.events.Modality;
import dev.dateline.ingest.ArticleException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores event coding on the project's own labelled sentences: for each sentence, the event it is
 * chiefly about ({@link TextCoder.Coded#main()}) against the labelled one. Type is the PLOVER type
 * ("NONE" for no event), actors are compared by their first code group (country or IGO/NGO), as
 * the PLOVER scorer does.
 */
public final class EventEvaluation {

    /**
     * One scored sentence.
     *
     * @param sentence the labelled sentence
     * @param system the main event coded, if any
     */
    public record Outcome(EventCorpus.Sentence sentence, Optional<Event> system) {

        String goldType() {
            return sentence.event().map(EventCorpus.Gold::plover).orElse("NONE");
        }

        String systemType() {
            return system.flatMap(e -> e.cameo().plover()).orElse("NONE");
        }

        boolean typeRight() {
            return goldType().equals(systemType());
        }

        Set<String> goldSource() {
            return sentence.event().map(g -> base(g.source())).orElse(Set.of());
        }

        Set<String> goldTarget() {
            return sentence.event().map(g -> base(g.target())).orElse(Set.of());
        }

        Set<String> systemSource() {
            return system.map(e -> bases(e.source())).orElse(Set.of());
        }

        Set<String> systemTarget() {
            return system.map(e -> bases(e.target())).orElse(Set.of());
        }

        private static Set<String> base(String code) {
            return code.length() >= 3 ? Set.of(code.substring(0, 3)) : Set.of();
        }

        private static Set<String> bases(List<ActorMention> actors) {
            return actors.stream().filter(ActorMention::resolved).map(a -> a.code().get().base())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private EventEvaluation() {
    }

    /** Codes every sentence on {@code threads} threads, keeping their order. */
    public static List<Outcome> run(List<EventCorpus.Sentence> sentences, TextCoder coder, int threads) {
        return Parallel.map(sentences, threads, s -> {
            try {
                return new Outcome(s, coder.code(s.id(), s.text(), s.date()).main());
            } catch (ArticleException e) {
                return new Outcome(s, Optional.empty());
            }
        }, "coding");
    }

    /** Codes sentences already annotated ({@code annotated}, in the same order) with {@code coder}. */
    public static List<Outcome> score(List<EventCorpus.Sentence> sentences, List<Optional<TextCoder.Annotated>> annotated,
            EventCoder coder) {
        List<Outcome> out = new ArrayList<>();
        for (int n = 0; n < sentences.size(); n++) {
            Optional<Event> main = annotated.get(n).flatMap(a -> EventCoder.main(coder.code(a.article(),
                    a.times().timexes(), a.times().published().date()).events(), a.article()));
            out.add(new Outcome(sentences.get(n), main));
        }
        return out;
    }

    /** The figures of {@code outcomes}: type, root, actors, modality, event precision and recall. */
    public record Figures(int sentences, double type, double root, double source, int withSource, double target,
            int withTarget, double modality, int modalityScored, int assertedWrongly, int nonAsserted,
            double precision, double recall, int systemEvents, int goldEvents) {
    }

    /** The figures of {@code outcomes}. */
    public static Figures figures(List<Outcome> outcomes) {
        int n = outcomes.size();
        long type = outcomes.stream().filter(Outcome::typeRight).count();
        long root = outcomes.stream().filter(o -> o.sentence().event().isPresent() ? o.system().isPresent()
                && o.system().get().cameo().root().equals(o.sentence().event().get().root()) : o.system().isEmpty()).count();
        List<Outcome> withSource = outcomes.stream().filter(o -> !o.goldSource().isEmpty()).toList();
        long source = withSource.stream().filter(o -> o.goldSource().equals(o.systemSource())).count();
        List<Outcome> withTarget = outcomes.stream().filter(o -> !o.goldTarget().isEmpty()).toList();
        long target = withTarget.stream().filter(o -> o.goldTarget().equals(o.systemTarget())).count();
        List<Outcome> both = outcomes.stream().filter(o -> o.sentence().event().isPresent() && o.typeRight()).toList();
        long modality = both.stream().filter(o -> o.system().get().modality().label()
                .equals(o.sentence().event().get().modality())).count();
        List<Outcome> notAsserted = outcomes.stream().filter(o -> o.sentence().event().isPresent()
                && !o.sentence().event().get().modality().equals("asserted")).toList();
        long assertedWrongly = notAsserted.stream().filter(o -> o.system().isPresent()
                && o.system().get().modality() == Modality.ASSERTED).count();
        long systemEvents = outcomes.stream().filter(o -> o.system().isPresent()).count();
        long goldEvents = outcomes.stream().filter(o -> o.sentence().event().isPresent()).count();
        long rightEvents = outcomes.stream().filter(o -> o.sentence().event().isPresent() && o.typeRight()).count();
        return new Figures(n, ratio(type, n), ratio(root, n), ratio(source, withSource.size()), withSource.size(),
                ratio(target, withTarget.size()), withTarget.size(), ratio(modality, both.size()), both.size(),
                (int) assertedWrongly, notAsserted.size(), ratio(rightEvents, systemEvents), ratio(rightEvents, goldEvents),
                (int) systemEvents, (int) goldEvents);
    }

    /** Prints the figures, overall and by register. */
    public static void report(List<Outcome> outcomes, PrintWriter out) {
        print("all", figures(outcomes), out);
        Map<String, List<Outcome>> byRegister = new TreeMap<>(outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.sentence().register())));
        out.println();
        out.printf(Locale.ROOT, "%-14s %5s %6s %6s %6s %6s%n", "register", "n", "type", "source", "target", "modal");
        byRegister.forEach((register, list) -> {
            Figures f = figures(list);
            out.printf(Locale.ROOT, "%-14s %5d %6.3f %6.3f %6.3f %6.3f%n", register, f.sentences(), f.type(),
                    f.source(), f.target(), f.modality());
        });
        out.flush();
    }

    /** Prints one set of figures. */
    public static void print(String name, Figures f, PrintWriter out) {
        out.printf(Locale.ROOT, "%s: %d sentences (%d with an event)%n", name, f.sentences(), f.goldEvents());
        out.printf(Locale.ROOT, "  event type accuracy:   %.3f (PLOVER type, NONE for no event)%n", f.type());
        out.printf(Locale.ROOT, "  CAMEO root accuracy:   %.3f%n", f.root());
        out.printf(Locale.ROOT, "  source accuracy:       %.3f (of %d with a source)%n", f.source(), f.withSource());
        out.printf(Locale.ROOT, "  target accuracy:       %.3f (of %d with a target)%n", f.target(), f.withTarget());
        out.printf(Locale.ROOT, "  modality accuracy:     %.3f (of %d events of the right type)%n", f.modality(),
                f.modalityScored());
        out.printf(Locale.ROOT, "  not asserted, coded as asserted: %d of %d%n", f.assertedWrongly(), f.nonAsserted());
        out.printf(Locale.ROOT, "  events: precision %.3f, recall %.3f (%d coded, %d labelled)%n", f.precision(),
                f.recall(), f.systemEvents(), f.goldEvents());
        out.flush();
    }

    /** Writes every sentence coded wrong, with what was coded and why: for training data only. */
    public static void errors(List<Outcome> outcomes, PrintWriter out, Function<Event, String> rule) {
        for (Outcome o : outcomes) {
            boolean sourceWrong = !o.goldSource().isEmpty() && !o.goldSource().equals(o.systemSource());
            boolean targetWrong = !o.goldTarget().isEmpty() && !o.goldTarget().equals(o.systemTarget());
            if (!o.typeRight() || sourceWrong || targetWrong) {
                EventCorpus.Gold g = o.sentence().event().orElse(null);
                out.printf(Locale.ROOT, "%s [%s]%n  %s%n  gold   %s%n  coded  %s%n%n", o.sentence().id(),
                        o.sentence().register(), o.sentence().text(),
                        g == null ? "none" : g.cameo() + " " + g.plover() + " " + g.source() + " -> " + g.target() + " "
                                + g.modality() + " '" + g.trigger() + "'",
                        o.system().map(e -> e.cameo().code() + " " + e.cameo().plover().orElse("-") + " "
                                + o.systemSource() + " -> " + o.systemTarget() + " " + e.modality().label() + " '"
                                + e.triggerText() + "': " + rule.apply(e)).orElse("none"));
            }
        }
        out.flush();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }
}

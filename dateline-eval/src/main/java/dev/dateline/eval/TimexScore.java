package dev.dateline.eval;

import dev.dateline.model.Span;
import java.util.List;
import java.util.Locale;

/**
 * TempEval-3 scores for time expressions, summed over documents: strict and relaxed extent
 * precision, recall and F1, and attribute (type, value) F1 computed as TempEval-3 does, as the
 * attribute's accuracy over relaxed matches times the relaxed F1.
 */
final class TimexScore {

    int gold;
    int system;
    int strict;
    int relaxedSystem;
    int relaxedGold;
    int pairs;
    int typeCorrect;
    int valueCorrect;

    /** Adds one document's gold and system annotations. */
    void add(List<TimeMlDocument.Annotated> goldTimexes, List<TimeMlDocument.Annotated> systemTimexes) {
        gold += goldTimexes.size();
        system += systemTimexes.size();
        for (TimeMlDocument.Annotated s : systemTimexes) {
            if (goldTimexes.stream().anyMatch(g -> g.span().equals(s.span()))) {
                strict++;
            }
            if (goldTimexes.stream().anyMatch(g -> overlap(g.span(), s.span()) > 0)) {
                relaxedSystem++;
            }
        }
        boolean[] usedSystem = new boolean[systemTimexes.size()];
        for (TimeMlDocument.Annotated g : goldTimexes) {
            int best = -1;
            int bestOverlap = 0;
            for (int i = 0; i < systemTimexes.size(); i++) {
                int o = overlap(g.span(), systemTimexes.get(i).span());
                if (o > bestOverlap && !usedSystem[i]) {
                    best = i;
                    bestOverlap = o;
                }
            }
            if (systemTimexes.stream().anyMatch(s -> overlap(g.span(), s.span()) > 0)) {
                relaxedGold++;
            }
            if (best >= 0) {
                usedSystem[best] = true;
                pairs++;
                TimeMlDocument.Annotated s = systemTimexes.get(best);
                if (g.type().equals(s.type())) {
                    typeCorrect++;
                }
                if (g.value().equals(s.value())) {
                    valueCorrect++;
                }
            }
        }
    }

    private static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    double strictPrecision() {
        return ratio(strict, system);
    }

    double strictRecall() {
        return ratio(strict, gold);
    }

    double relaxedPrecision() {
        return ratio(relaxedSystem, system);
    }

    double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    double valueAccuracy() {
        return ratio(valueCorrect, pairs);
    }

    double typeAccuracy() {
        return ratio(typeCorrect, pairs);
    }

    double valueF1() {
        return valueAccuracy() * relaxedF1();
    }

    double typeF1() {
        return typeAccuracy() * relaxedF1();
    }

    /** The score table, as printed by {@code dateline eval timeml}. */
    List<String> table() {
        return List.of(
                String.format(Locale.ROOT, "gold timexes %d, system timexes %d", gold, system),
                String.format(Locale.ROOT, "%-8s %9s %9s %9s", "extent", "precision", "recall", "F1"),
                String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f", "strict", strictPrecision(), strictRecall(), strictF1()),
                String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f", "relaxed", relaxedPrecision(), relaxedRecall(),
                        relaxedF1()),
                String.format(Locale.ROOT, "%-8s %9s %9s", "attribute", "accuracy", "F1"),
                String.format(Locale.ROOT, "%-8s %9.4f %9.4f", "type", typeAccuracy(), typeF1()),
                String.format(Locale.ROOT, "%-8s %9.4f %9.4f", "value", valueAccuracy(), valueF1()));
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

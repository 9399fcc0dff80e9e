package dev.dateline.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Scores a clustering of items against gold classes: B3 (per item, the share of its system
 * cluster that shares its gold class, and the reverse, averaged over items) and pairwise
 * precision and recall over the pairs of items placed together.
 *
 * @param b3Precision B3 precision
 * @param b3Recall B3 recall
 * @param pairPrecision pairwise precision
 * @param pairRecall pairwise recall
 */
public record ClusterScores(double b3Precision, double b3Recall, double pairPrecision, double pairRecall) {

    public double b3F1() {
        return f1(b3Precision, b3Recall);
    }

    public double pairF1() {
        return f1(pairPrecision, pairRecall);
    }

    /** Scores {@code system} against {@code gold}; both map every item to its cluster. */
    public static ClusterScores of(Map<String, String> gold, Map<String, String> system) {
        Map<String, Set<String>> goldClusters = invert(gold);
        Map<String, Set<String>> systemClusters = invert(system);
        double p = 0;
        double r = 0;
        long truePairs = 0;
        long systemPairs = 0;
        long goldPairs = 0;
        for (String item : gold.keySet()) {
            Set<String> g = goldClusters.get(gold.get(item));
            Set<String> s = systemClusters.get(system.get(item));
            long both = s.stream().filter(g::contains).count();
            p += (double) both / s.size();
            r += (double) both / g.size();
            truePairs += both - 1;
            systemPairs += s.size() - 1;
            goldPairs += g.size() - 1;
        }
        int n = gold.size();
        return new ClusterScores(p / n, r / n, systemPairs == 0 ? 1 : (double) truePairs / systemPairs,
                goldPairs == 0 ? 1 : (double) truePairs / goldPairs);
    }

    private static Map<String, Set<String>> invert(Map<String, String> assignment) {
        Map<String, Set<String>> out = new HashMap<>();
        assignment.forEach((item, cluster) -> out.computeIfAbsent(cluster, k -> new HashSet<>()).add(item));
        return out;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

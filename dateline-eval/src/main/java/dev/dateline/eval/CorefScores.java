package dev.dateline.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL-2012 shared task over key and response clusterings of the
 * same mentions: MUC (links), B3 (mentions), CEAF-e (entities aligned one to one by the
 * Kuhn-Munkres algorithm with φ4 similarity), and CoNLL F1, the mean of their F1.
 */
public final class CorefScores {

    /** Recall, precision and F1 of one metric. */
    public record Prf(double recall, double precision) {
        public double f1() {
            return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    private CorefScores() {
    }

    /** MUC: links recovered. */
    public static Prf muc(List<Set<String>> key, List<Set<String>> response) {
        return new Prf(mucRecall(key, response), mucRecall(response, key));
    }

    private static double mucRecall(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> clusterOf = index(response);
        double numerator = 0;
        double denominator = 0;
        for (Set<String> k : key) {
            Set<Integer> parts = new HashSet<>();
            int unmatched = 0;
            for (String m : k) {
                Integer c = clusterOf.get(m);
                if (c == null) {
                    unmatched++; // a mention the response lacks is a partition of its own
                } else {
                    parts.add(c);
                }
            }
            numerator += k.size() - (parts.size() + unmatched);
            denominator += k.size() - 1;
        }
        return denominator == 0 ? 0 : numerator / denominator;
    }

    /** B3: per mention, the share of its cluster the other clustering agrees on. */
    public static Prf b3(List<Set<String>> key, List<Set<String>> response) {
        return new Prf(b3Recall(key, response), b3Recall(response, key));
    }

    private static double b3Recall(List<Set<String>> key, List<Set<String>> response) {
        Map<String, Integer> clusterOf = index(response);
        double sum = 0;
        int mentions = 0;
        for (Set<String> k : key) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String m : k) {
                Integer c = clusterOf.get(m);
                if (c != null) {
                    overlap.merge(c, 1, Integer::sum);
                }
            }
            for (int n : overlap.values()) {
                sum += (double) n * n / k.size();
            }
            mentions += k.size();
        }
        return mentions == 0 ? 0 : sum / mentions;
    }

    /** CEAF-e: clusters aligned one to one to maximize the summed φ4 = 2|K∩R| / (|K| + |R|). */
    public static Prf ceafE(List<Set<String>> key, List<Set<String>> response) {
        double[][] phi = new double[key.size()][response.size()];
        Map<String, Integer> responseOf = index(response);
        for (int i = 0; i < key.size(); i++) {
            Map<Integer, Integer> overlap = new HashMap<>();
            for (String m : key.get(i)) {
                Integer c = responseOf.get(m);
                if (c != null) {
                    overlap.merge(c, 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> e : overlap.entrySet()) {
                phi[i][e.getKey()] = 2.0 * e.getValue() / (key.get(i).size() + response.get(e.getKey()).size());
            }
        }
        double total = Hungarian.maximum(phi);
        return new Prf(key.isEmpty() ? 0 : total / key.size(), response.isEmpty() ? 0 : total / response.size());
    }

    private static Map<String, Integer> index(List<Set<String>> clusters) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            for (String m : clusters.get(i)) {
                out.put(m, i);
            }
        }
        return out;
    }

    /** Maximum-weight one-to-one assignment (Kuhn-Munkres), on a cost matrix made square and negated. */
    static final class Hungarian {

        private Hungarian() {
        }

        static double maximum(double[][] weight) {
            int rows = weight.length;
            int cols = rows == 0 ? 0 : weight[0].length;
            int n = Math.max(rows, cols);
            if (n == 0) {
                return 0;
            }
            double[][] cost = new double[n + 1][n + 1];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    cost[i + 1][j + 1] = -weight[i][j];
                }
            }
            double[] u = new double[n + 1];
            double[] v = new double[n + 1];
            int[] p = new int[n + 1];
            int[] way = new int[n + 1];
            for (int i = 1; i <= n; i++) {
                p[0] = i;
                int j0 = 0;
                double[] minv = new double[n + 1];
                Arrays.fill(minv, Double.MAX_VALUE);
                boolean[] used = new boolean[n + 1];
                do {
                    used[j0] = true;
                    int i0 = p[j0];
                    double delta = Double.MAX_VALUE;
                    int j1 = 0;
                    for (int j = 1; j <= n; j++) {
                        if (!used[j]) {
                            double cur = cost[i0][j] - u[i0] - v[j];
                            if (cur < minv[j]) {
                                minv[j] = cur;
                                way[j] = j0;
                            }
                            if (minv[j] < delta) {
                                delta = minv[j];
                                j1 = j;
                            }
                        }
                    }
                    for (int j = 0; j <= n; j++) {
                        if (used[j]) {
                            u[p[j]] += delta;
                            v[j] -= delta;
                        } else {
                            minv[j] -= delta;
                        }
                    }
                    j0 = j1;
                } while (p[j0] != 0);
                do {
                    int j1 = way[j0];
                    p[j0] = p[j1];
                    j0 = j1;
                } while (j0 != 0);
            }
            double total = 0;
            for (int j = 1; j <= n; j++) {
                if (p[j] >= 1 && p[j] <= rows && j <= cols) {
                    total += weight[p[j] - 1][j - 1];
                }
            }
            return total;
        }
    }

    /** Groups mentions into clusters by the cluster id each has. */
    public static List<Set<String>> clusters(Map<String, String> clusterOf) {
        Map<String, Set<String>> by = new LinkedHashMap<>();
        clusterOf.forEach((m, c) -> by.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(m));
        return new ArrayList<>(by.values());
    }
}

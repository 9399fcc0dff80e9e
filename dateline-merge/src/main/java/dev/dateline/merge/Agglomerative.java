package dev.dateline.merge;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-link agglomerative clustering: starting from one cluster per item, the two clusters
 * whose pairs have the highest mean score are merged, until no two have a mean at or above the
 * threshold. Deterministic: ties go to the earlier pair.
 *
 * <pre>{@code
 * List<List<Integer>> clusters = Agglomerative.cluster(scores, 0.5);
 * }</pre>
 */
public final class Agglomerative {

    private Agglomerative() {
    }

    /** The clusters of the items of the symmetric score matrix {@code scores}, each a list of item indexes in order. */
    public static List<List<Integer>> cluster(double[][] scores, double threshold) {
        int n = scores.length;
        List<List<Integer>> clusters = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            clusters.add(new ArrayList<>(List.of(i)));
        }
        // sums[a][b]: the sum of the scores between clusters a and b
        double[][] sums = new double[n][n];
        for (int i = 0; i < n; i++) {
            sums[i] = scores[i].clone();
        }
        boolean[] gone = new boolean[n];
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = threshold;
            for (int a = 0; a < n; a++) {
                if (gone[a]) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (gone[b]) {
                        continue;
                    }
                    double mean = sums[a][b] / ((double) clusters.get(a).size() * clusters.get(b).size());
                    if (mean > best || mean == best && bestA < 0) {
                        best = mean;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0) {
                break;
            }
            clusters.get(bestA).addAll(clusters.get(bestB));
            clusters.get(bestA).sort(null);
            gone[bestB] = true;
            for (int c = 0; c < n; c++) {
                sums[bestA][c] += sums[bestB][c];
                sums[c][bestA] = sums[bestA][c];
            }
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            if (!gone[a]) {
                out.add(List.copyOf(clusters.get(a)));
            }
        }
        return out;
    }
}

package dev.dateline.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A logistic regression over named features: the probability of a yes (two mentions report one
 * happening; an event is coded right). Our own small implementation (Newton's method on the log
 * loss, with L2 and optional class weights); its weights are a TSV file of feature name and weight.
 *
 * <pre>{@code
 * LogisticModel model = LogisticModel.train(names, rows, labels, 1.0, true);
 * double p = model.probability(features);
 * }</pre>
 */
public final class LogisticModel {

    private final List<String> names;
    private final double[] weights;
    private final double bias;
    private final Map<String, Double> parameters;

    private LogisticModel(List<String> names, double[] weights, double bias, Map<String, Double> parameters) {
        this.names = List.copyOf(names);
        this.weights = weights.clone();
        this.bias = bias;
        this.parameters = Map.copyOf(parameters);
    }

    /** The same model with the named setting {@code name} ({@code threshold}) written with it. */
    public LogisticModel with(String name, double value) {
        Map<String, Double> p = new TreeMap<>(parameters);
        p.put(name, value);
        return new LogisticModel(names, weights, bias, p);
    }

    /** A setting written with the model ({@code threshold}), if it has one. */
    public Optional<Double> parameter(String name) {
        return Optional.ofNullable(parameters.get(name));
    }

    /** The feature names, in the order {@link #probability(double[])} takes them. */
    public List<String> names() {
        return names;
    }

    /** The weight of feature {@code i} of {@link #names()}. */
    public double weight(int i) {
        return weights[i];
    }

    /** The probability of a yes for {@code features}, in the order of {@link #names()}. */
    public double probability(double[] features) {
        if (features.length != weights.length) {
            throw new IllegalArgumentException("the model takes " + weights.length + " features, not " + features.length);
        }
        double z = bias;
        for (int i = 0; i < features.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * A model fitted to {@code rows} (one feature vector each) and {@code labels}, with L2 penalty
     * {@code lambda}; when {@code balanced}, positives and negatives are weighted to count alike
     * (else the probabilities keep the data's base rate). Deterministic for one input.
     */
    public static LogisticModel train(List<String> names, List<double[]> rows, List<Boolean> labels, double lambda,
            boolean balanced) {
        int n = names.size() + 1; // the bias is the last weight
        long positives = labels.stream().filter(x -> x).count();
        long negatives = labels.size() - positives;
        if (positives == 0 || negatives == 0) {
            throw new IllegalArgumentException("training needs examples of both kinds: " + positives + " positive, "
                + negatives + " negative");
        }
        double wPos = balanced ? labels.size() / (2.0 * positives) : 1;
        double wNeg = balanced ? labels.size() / (2.0 * negatives) : 1;
        double[] w = new double[n];
        // Newton's method on the weighted, L2-penalized log loss (the bias unpenalized): a few steps converge.
        for (int step = 0; step < 30; step++) {
            double[] grad = new double[n];
            double[][] hessian = new double[n][n];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = withBias(rows.get(r));
                double z = 0;
                for (int i = 0; i < n; i++) {
                    z += w[i] * x[i];
                }
                double p = 1 / (1 + Math.exp(-z));
                double c = labels.get(r) ? wPos : wNeg;
                double err = c * (p - (labels.get(r) ? 1 : 0));
                double curvature = c * p * (1 - p);
                for (int i = 0; i < n; i++) {
                    grad[i] += err * x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += curvature * x[i] * x[j];
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i < n - 1) {
                    grad[i] += lambda * w[i];
                    hessian[i][i] += lambda;
                }
            }
            double[] delta = solve(hessian, grad);
            double change = 0;
            for (int i = 0; i < n; i++) {
                w[i] -= delta[i];
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change < 1e-7) {
                break;
            }
        }
        double[] weights = new double[n - 1];
        System.arraycopy(w, 0, weights, 0, n - 1);
        return new LogisticModel(names, weights, w[n - 1], Map.of());
    }

    private static double[] withBias(double[] x) {
        double[] out = new double[x.length + 1];
        System.arraycopy(x, 0, out, 0, x.length);
        out[x.length] = 1;
        return out;
    }

    /** The solution of {@code a x = b}, by Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            if (Math.abs(m[col][col]) < 1e-12) {
                continue; // a feature that never varies: leave its weight
            }
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.abs(m[i][i]) < 1e-12 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }

    /** The model as TSV: a header comment, then {@code feature<TAB>weight} lines, the bias as {@code (bias)}. */
    public String toTsv(String header) {
        StringBuilder sb = new StringBuilder();
        for (String line : header.split("\n")) {
            sb.append("# ").append(line).append('\n');
        }
        sb.append("feature\tweight\n");
        for (int i = 0; i < names.size(); i++) {
            sb.append(names.get(i)).append('\t').append(String.format(Locale.ROOT, "%.6f", weights[i])).append('\n');
        }
        sb.append("(bias)\t").append(String.format(Locale.ROOT, "%.6f", bias)).append('\n');
        new TreeMap<>(parameters).forEach((k, v) -> sb.append('(').append(k).append(")\t")
                .append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
        return sb.toString();
    }

    /** The model written by {@link #toTsv(String)}, read from the class-path resource {@code resource}. */
    public static LogisticModel read(String resource) {
        try (InputStream in = LogisticModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model in {@code tsv}, as {@link #toTsv(String)} writes it; {@code name} names it in errors. */
    public static LogisticModel parse(String tsv, String name) {
        List<String> names = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Map<String, Double> parameters = new TreeMap<>();
        Double bias = null;
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("feature\t")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length != 2) {
                throw new IllegalArgumentException(name + ": a line is not 'feature<TAB>weight': " + line);
            }
            double v = Double.parseDouble(c[1]);
            if (c[0].equals("(bias)")) {
                bias = v;
            } else if (c[0].startsWith("(") && c[0].endsWith(")")) {
                parameters.put(c[0].substring(1, c[0].length() - 1), v);
            } else {
                names.add(c[0]);
                weights.add(v);
            }
        }
        if (bias == null) {
            throw new IllegalArgumentException(name + " has no (bias) line");
        }
        return new LogisticModel(names, weights.stream().mapToDouble(Double::doubleValue).toArray(), bias, parameters);
    }
}

package dev.dateline.events;

import dev.dateline.events.internal.ModelFeatures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The learned event-type model: multinomial logistic regression from a candidate predicate's
 * features ({@link ModelFeatures}) to "no event" or a CAMEO root, trained by
 * {@code dateline train events} on the project's own labelled sentences and shipped as
 * {@code event-model.tsv}. Training is deterministic: the same data and seed give the same file.
 *
 * <pre>{@code
 * EventModel model = EventModel.shipped();
 * double[] p = model.probabilities(features);   // p[0]: no event; p[1..]: roots 02..20
 * }</pre>
 */
public final class EventModel {

    /** The classes, in order: no event, then the CAMEO roots. */
    public static final List<String> CLASSES;

    static {
        List<String> c = new ArrayList<>();
        c.add("NONE");
        c.addAll(ModelFeatures.ROOTS);
        CLASSES = List.copyOf(c);
    }

    /** Where the shipped model lives on the class path. */
    public static final String RESOURCE = "/dev/dateline/events/event-model.tsv";

    private final double[][] weights; // [class][feature]
    private final double[] bias;
    private final String data;

    private EventModel(double[][] weights, double[] bias, String data) {
        this.weights = weights;
        this.bias = bias;
        this.data = data;
    }

    /**
     * The model shipped in the jar.
     *
     * @throws IllegalStateException naming the file when it is missing or damaged
     */
    public static EventModel shipped() {
        try (InputStream in = EventModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the event model " + RESOURCE + " is missing from the class path;"
                        + " rebuild, or recreate it with 'dateline train events'");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the event model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IllegalStateException naming {@code name} when the content is not such a model, or was
     *     trained on another feature layout
     */
    public static EventModel read(InputStream in, String name) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String layout = null;
        String data = "";
        double[] bias = null;
        double[][] weights = new double[CLASSES.size()][ModelFeatures.SIZE];
        int rows = 0;
        int lineNo = 0;
        for (String line; (line = r.readLine()) != null;) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "layout" -> layout = f[1];
                    case "data" -> data = f[1];
                    case "classes" -> {
                        if (!List.of(f).subList(1, f.length).equals(CLASSES)) {
                            throw new IllegalStateException(name + ":" + lineNo + ": classes differ from this version's");
                        }
                    }
                    case "bias" -> bias = numbers(f);
                    default -> {
                        int feature = Integer.parseInt(f[0]);
                        double[] w = numbers(f);
                        for (int c = 0; c < CLASSES.size(); c++) {
                            weights[c][feature] = w[c];
                        }
                        rows++;
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof IllegalStateException ise) {
                    throw ise;
                }
                throw new IllegalStateException(name + ":" + lineNo + ": not a line of an event model (" + e + ")", e);
            }
        }
        if (!ModelFeatures.LAYOUT.equals(layout)) {
            throw new IllegalStateException(name + ": trained on feature layout '" + layout + "', but this version uses '"
                    + ModelFeatures.LAYOUT + "'; retrain with 'dateline train events'");
        }
        if (bias == null || rows != ModelFeatures.SIZE) {
            throw new IllegalStateException(name + ": incomplete (" + rows + " of " + ModelFeatures.SIZE + " feature rows)");
        }
        return new EventModel(weights, bias, data);
    }

    private static double[] numbers(String[] f) {
        if (f.length != CLASSES.size() + 1) {
            throw new IllegalArgumentException("expected " + CLASSES.size() + " numbers, found " + (f.length - 1));
        }
        double[] out = new double[CLASSES.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Double.parseDouble(f[i + 1]);
        }
        return out;
    }

    /** The fingerprint of the data it was trained on, as the trainer wrote it. */
    public String data() {
        return data;
    }

    /** The probability of each class ({@link #CLASSES}) for one candidate's features. */
    public double[] probabilities(float[] x) {
        double[] z = new double[CLASSES.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            double[] w = weights[c];
            for (int j = 0; j < x.length; j++) {
                if (x[j] != 0) {
                    s += w[j] * x[j];
                }
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /**
     * Trains a model on {@code x} with classes {@code y} (indexes into {@link #CLASSES}) by
     * mini-batch gradient descent with momentum and L2 regularization, in an order shuffled by
     * {@code seed}: the same inputs give the same weights, bit for bit.
     *
     * @param data a fingerprint of the training data, kept in the file
     */
    public static EventModel train(List<float[]> x, int[] y, long seed, int epochs, double l2, String data) {
        if (x.size() != y.length || x.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as examples, and at least one: " + x.size()
                    + " examples, " + y.length + " labels");
        }
        int k = CLASSES.size();
        int d = ModelFeatures.SIZE;
        double[][] w = new double[k][d];
        double[] b = new double[k];
        double[][] vw = new double[k][d];
        double[] vb = new double[k];
        int[] order = new int[x.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        final int batch = 32;
        final double momentum = 0.9;
        double[][] gw = new double[k][d];
        double[] gb = new double[k];
        EventModel model = new EventModel(w, b, data);
        for (int epoch = 0; epoch < epochs; epoch++) {
            double rate = 0.05 / (1 + epoch * 0.1);
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < order.length; start += batch) {
                int end = Math.min(order.length, start + batch);
                for (double[] row : gw) {
                    java.util.Arrays.fill(row, 0);
                }
                java.util.Arrays.fill(gb, 0);
                for (int n = start; n < end; n++) {
                    float[] xi = x.get(order[n]);
                    double[] p = model.probabilities(xi);
                    p[y[order[n]]] -= 1;
                    for (int c = 0; c < k; c++) {
                        gb[c] += p[c];
                        double pc = p[c];
                        double[] g = gw[c];
                        for (int j = 0; j < d; j++) {
                            if (xi[j] != 0) {
                                g[j] += pc * xi[j];
                            }
                        }
                    }
                }
                int size = end - start;
                for (int c = 0; c < k; c++) {
                    for (int j = 0; j < d; j++) {
                        double grad = gw[c][j] / size + l2 * w[c][j];
                        vw[c][j] = momentum * vw[c][j] - rate * grad;
                        w[c][j] += vw[c][j];
                    }
                    vb[c] = momentum * vb[c] - rate * gb[c] / size;
                    b[c] += vb[c];
                }
            }
        }
        return model;
    }

    /** Writes the model as text: its layout, classes, data fingerprint, then one row of weights per feature. */
    public void write(Writer out) throws IOException {
        out.write("# Dateline event-type model: multinomial logistic regression from a candidate predicate's features\n");
        out.write("# to 'no event' or a CAMEO root. Made by 'dateline train events'; do not edit.\n");
        out.write("layout\t" + ModelFeatures.LAYOUT + "\n");
        out.write("data\t" + data + "\n");
        out.write("classes\t" + String.join("\t", CLASSES) + "\n");
        out.write(row("bias", bias));
        for (int j = 0; j < ModelFeatures.SIZE; j++) {
            double[] column = new double[CLASSES.size()];
            for (int c = 0; c < column.length; c++) {
                column[c] = weights[c][j];
            }
            out.write(row(Integer.toString(j), column));
        }
        out.flush();
    }

    private static String row(String key, double[] values) {
        StringBuilder sb = new StringBuilder(key);
        for (double v : values) {
            // Six significant digits: the file stays small and diffable, and rounding is deterministic.
            sb.append('\t').append(String.format(Locale.ROOT, "%.6g", v));
        }
        return sb.append('\n').toString();
    }
}

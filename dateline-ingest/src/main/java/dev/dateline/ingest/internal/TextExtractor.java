package dev.dateline.ingest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Blank lines always separate paragraphs. Within a run of
 * lines, a line break is a paragraph break unless the run is hard-wrapped (most of its lines fill
 * a common width) and the line before the break fills that width, or the next line goes on in
 * lower case. This keeps headlines, datelines and one-sentence-per-line dumps apart while joining
 * text wrapped at 72 columns.
 */
public final class TextExtractor {

    private TextExtractor() {
    }

    /** The paragraphs of {@code text}. */
    public static Extraction extract(String text) {
        return new Extraction(paragraphs(text, 0, text.length()), MarkupMetadata.none(), List.of());
    }

    /** A line of the input: where it stands, and its text without surrounding white space. */
    private record Line(int start, int end, String text) {
    }

    /** The paragraphs of {@code text[from, to)}. */
    static List<Block> paragraphs(String text, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        List<Line> run = new ArrayList<>();
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty()) {
                splitRun(text, run, blocks);
                run.clear();
            } else {
                run.add(new Line(lineStart, lineEnd, line));
            }
            lineStart = lineEnd + 1;
        }
        splitRun(text, run, blocks);
        return blocks;
    }

    private static void splitRun(String text, List<Line> run, List<Block> blocks) {
        if (run.isEmpty()) {
            return;
        }
        int width = wrapWidth(run);
        BlockText current = new BlockText();
        for (int i = 0; i < run.size(); i++) {
            Line line = run.get(i);
            if (i > 0) {
                if (continues(run.get(i - 1).text(), line.text(), width)) {
                    current.space(line.start() - 1);
                } else {
                    flush(current, blocks);
                    current = new BlockText();
                }
            }
            current.add(text, line.start(), line.end());
        }
        flush(current, blocks);
    }

    /**
     * The width a run of lines is wrapped at, or 0 when it is not hard-wrapped: at least three
     * lines, and at least three quarters of those before the last within 15% of the longest.
     */
    static int wrapWidth(List<Line> run) {
        if (run.size() < 3) {
            return 0;
        }
        int longest = run.stream().mapToInt(l -> l.text().length()).max().orElse(0);
        if (longest < 40 || longest > 200) {
            return 0;
        }
        long full = run.subList(0, run.size() - 1).stream()
                .filter(l -> l.text().length() >= longest * 0.85).count();
        return full >= 0.75 * (run.size() - 1) ? longest : 0;
    }

    /** Whether {@code next} continues the paragraph that {@code line} ends. */
    static boolean continues(String line, String next, int width) {
        char last = line.charAt(line.length() - 1);
        boolean ended = ".!?:\"”’)".indexOf(last) >= 0;
        if (Character.isLowerCase(next.charAt(0)) && !ended) {
            return true;
        }
        return width > 0 && line.length() >= width * 0.85 - 1;
    }

    private static void flush(BlockText text, List<Block> blocks) {
        if (!text.isEmpty()) {
            blocks.add(Block.of(Block.Kind.PARAGRAPH, text.build()));
        }
    }
}

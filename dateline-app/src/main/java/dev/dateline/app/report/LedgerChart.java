package dev.dateline.app.report;

import dev.dateline.merge.Ledger;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a contested figure over time as an SVG chart: one series per claimant, each claim a point
 * at its as-of date with a bar over the range it allows ("some 300": 270 to 330). Drawn with
 * JFreeChart into JFreeSVG, so the report embeds it and makes no request.
 */
final class LedgerChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;

    private LedgerChart() {
    }

    /**
     * The chart of {@code line} as an SVG document, or empty when fewer than two of its claims
     * have a date and a figure. Its clip paths and other definitions are named {@code id} and a
     * number, so that a page of several charts is the same from run to run.
     */
    static Optional<String> svg(Ledger.Line line, String id) {
        Map<String, YIntervalSeries> series = new LinkedHashMap<>();
        int points = 0;
        for (Ledger.Entry e : line.entries()) {
            var c = e.claim();
            Optional<LocalDate> day = c.asOf().flatMap(LedgerChart::day);
            if (day.isEmpty() || c.low().isEmpty() && c.high().isEmpty()) {
                continue;
            }
            double low = c.low().isPresent() ? c.low().getAsLong() : 0;
            double high = c.high().isPresent() ? c.high().getAsLong() : low;
            double mid = c.low().isPresent() && c.high().isPresent() ? (low + high) / 2 : c.low().isPresent() ? low : high;
            String who = c.claimant().map(a -> a.code().map(Object::toString).orElse(a.text())).orElse("unattributed");
            series.computeIfAbsent(who, k -> new YIntervalSeries(k, false, true))
                    .add(day.get().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli(), mid, low, high);
            points++;
        }
        if (points < 2) {
            return Optional.empty();
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(line.title(), "as of", line.measure().label(), data,
                true, false, false);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(new Color(0xF7F8FA));
        plot.setDomainGridlinePaint(new Color(0xD8DDE3));
        plot.setRangeGridlinePaint(new Color(0xD8DDE3));
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setDefaultShapesVisible(true);
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(true);
        ((DateAxis) plot.getDomainAxis()).setLowerMargin(0.08);
        ((DateAxis) plot.getDomainAxis()).setUpperMargin(0.08);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return Optional.of(g.getSVGElement());
    }

    private static Optional<LocalDate> day(String value) {
        try {
            return value.length() >= 10 ? Optional.of(LocalDate.parse(value.substring(0, 10))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

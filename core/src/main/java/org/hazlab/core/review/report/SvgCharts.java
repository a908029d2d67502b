package org.hazlab.core.review.report;

import org.hazlab.core.text.HtmlText;
import java.util.List;
import java.util.Locale;
import org.hazlab.core.review.report.ReportContent.Chart;
import org.hazlab.core.review.report.ReportContent.Reference;
import org.hazlab.core.review.report.ReportContent.Series;

/**
 * Inline SVG for a report {@link Chart}: a legend entry for every series and reference line, y-axis ticks at
 * round values, period labels, and a viewBox that scales to the page width. No script, no external resource,
 * fixed number formatting (same data, same bytes), every label escaped.
 */
final class SvgCharts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 280;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 44;
    private static final int BOTTOM = 30;

    private SvgCharts() {
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String render(Chart chart) {
        int periods = chart.periods().size();
        double max = 1;
        if (chart.stacked()) {
            for (int p = 0; p < periods; p++) {
                long sum = 0;
                for (Series s : chart.series()) {
                    sum += s.values()[p];
                }
                max = Math.max(max, sum);
            }
        } else {
            for (Series s : chart.series()) {
                for (long v : s.values()) {
                    max = Math.max(max, v);
                }
            }
        }
        for (Reference line : chart.lines()) {
            if (Double.isFinite(line.value())) {
                max = Math.max(max, line.value());
            }
        }
        double step = tickStep(max);
        double top = Math.ceil(max / step) * step;
        StringBuilder svg = new StringBuilder("<svg role=\"img\" width=\"100%\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ').append(HEIGHT).append("\" font-size=\"11\" font-family=\"sans-serif\"><title>")
                .append(HtmlText.escape(chart.title())).append("</title>\n");
        legend(svg, chart);
        axes(svg, top, step);
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, periods);
        if (chart.stacked()) {
            for (int p = 0; p < periods; p++) {
                double base = 0;
                for (Series s : chart.series()) {
                    long v = s.values()[p];
                    if (v > 0) {
                        double y0 = y(base, top);
                        double y1 = y(base + v, top);
                        svg.append("<rect x=\"").append(n(LEFT + p * slot + slot * 0.15)).append("\" y=\"")
                                .append(n(y1)).append("\" width=\"").append(n(slot * 0.7)).append("\" height=\"")
                                .append(n(y0 - y1)).append("\" fill=\"").append(s.colour()).append("\"><title>")
                                .append(HtmlText.escape(chart.periods().get(p) + " " + s.name() + ": " + v))
                                .append("</title></rect>\n");
                    }
                    base += v;
                }
            }
        } else {
            for (Reference line : chart.lines()) {
                if (Double.isFinite(line.value())) {
                    svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
                            .append("\" y1=\"").append(n(y(line.value(), top))).append("\" y2=\"")
                            .append(n(y(line.value(), top))).append("\" stroke=\"").append(line.colour())
                            .append("\" stroke-dasharray=\"6,3\"/>\n");
                }
            }
            for (Series s : chart.series()) {
                boolean deaths = s.colour().equals(ReportDetails.DEATHS);
                svg.append("<polyline fill=\"none\" stroke=\"").append(s.colour()).append("\" stroke-width=\"")
                        .append(deaths ? "1" : "2").append("\" points=\"");
                for (int p = 0; p < periods; p++) {
                    svg.append(p == 0 ? "" : " ").append(n(x(p, slot))).append(',').append(n(y(s.values()[p], top)));
                }
                svg.append("\"/>\n");
                for (int p = 0; p < periods; p++) {
                    long v = s.values()[p];
                    if (deaths && v == 0) {
                        continue;
                    }
                    svg.append("<circle cx=\"").append(n(x(p, slot))).append("\" cy=\"").append(n(y(v, top)))
                            .append("\" r=\"").append(deaths ? 5 : 2.5)
                            .append("\" fill=\"").append(s.colour()).append("\"><title>")
                            .append(HtmlText.escape(chart.periods().get(p) + " " + s.name() + ": " + v))
                            .append("</title></circle>\n");
                }
            }
        }
        int every = Math.max(1, (periods + 11) / 12);
        for (int p = 0; p < periods; p += every) {
            svg.append("<text text-anchor=\"middle\" x=\"").append(n(x(p, slot))).append("\" y=\"")
                    .append(HEIGHT - 10).append("\">").append(HtmlText.escape(chart.periods().get(p))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static double x(int period, double slot) {
        return LEFT + period * slot + slot / 2;
    }

    private static double y(double value, double top) {
        return HEIGHT - BOTTOM - value / top * (HEIGHT - BOTTOM - TOP);
    }

    /** A round tick step giving 4 to 8 ticks. */
    static double tickStep(double max) {
        double raw = max / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                return Math.max(m * magnitude, 1);
            }
        }
        return 10 * magnitude;
    }

    private static void axes(StringBuilder svg, double top, double step) {
        for (double v = 0; v <= top + 1e-9; v += step) {
            double y = y(v, top);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(n(y)).append("\" y2=\"").append(n(y)).append("\" stroke=\"#e5e5e5\"/>\n");
            svg.append("<text text-anchor=\"end\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
                    .append("\">").append(v == Math.rint(v) ? Long.toString((long) v) : n(v)).append("</text>\n");
        }
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333\"/>\n");
    }

    private static void legend(StringBuilder svg, Chart chart) {
        double at = LEFT;
        for (Series s : chart.series()) {
            at = entry(svg, at, s.name(), s.colour(), chart.stacked() ? "box" : "line");
        }
        for (Reference line : chart.lines()) {
            String label = line.name() + (Double.isFinite(line.value()) ? " " + n(line.value()) : "");
            at = entry(svg, at, label, line.colour(), "dash");
        }
    }

    private static double entry(StringBuilder svg, double at, String label, String colour, String style) {
        double y = 16;
        switch (style) {
            case "box" -> svg.append("<rect x=\"").append(n(at)).append("\" y=\"").append(n(y - 8))
                    .append("\" width=\"12\" height=\"10\" fill=\"").append(colour).append("\"/>");
            case "dash" -> svg.append("<line x1=\"").append(n(at)).append("\" x2=\"").append(n(at + 18))
                    .append("\" y1=\"").append(n(y - 3)).append("\" y2=\"").append(n(y - 3)).append("\" stroke=\"")
                    .append(colour).append("\" stroke-dasharray=\"6,3\" stroke-width=\"2\"/>");
            default -> svg.append("<line x1=\"").append(n(at)).append("\" x2=\"").append(n(at + 18))
                    .append("\" y1=\"").append(n(y - 3)).append("\" y2=\"").append(n(y - 3)).append("\" stroke=\"")
                    .append(colour).append("\" stroke-width=\"2\"/>");
        }
        svg.append("<text x=\"").append(n(at + 22)).append("\" y=\"").append(n(y + 1)).append("\">")
                .append(HtmlText.escape(label)).append("</text>\n");
        return at + 30 + label.length() * 6.2;
    }
}

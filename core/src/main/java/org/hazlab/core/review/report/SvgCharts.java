package org.hazlab.core.review.report;

import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for the HTML report: no script, no external resource, fixed number formatting, so the
 * same data gives the same bytes. Every label is escaped.
 */
final class SvgCharts {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 200;
    private static final int LEFT = 40;
    private static final int BOTTOM = 30;
    private static final int TOP = 20;
    private static final String[] COLOURS = {"#b2182b", "#ef8a62", "#67a9cf", "#999999", "#d9d9d9"};

    private SvgCharts() {
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Reports per period as a line, with the centre line and upper control limit of the review period. */
    static String trend(String title, List<String> periods, long[] counts, double centre, double upper) {
        double max = Math.max(upper, 1);
        for (long count : counts) {
            max = Math.max(max, count);
        }
        max *= 1.1;
        double step = periods.size() > 1 ? (WIDTH - LEFT - 30.0) / (periods.size() - 1) : 0;
        StringBuilder svg = open(title);
        axes(svg, max);
        svg.append("<line class=\"centre\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y1=\"").append(n(y(centre, max))).append("\" y2=\"").append(n(y(centre, max)))
                .append("\" stroke=\"#4d9221\" stroke-dasharray=\"2,3\"/>\n");
        svg.append("<line class=\"ucl\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - 10)
                .append("\" y1=\"").append(n(y(upper, max))).append("\" y2=\"").append(n(y(upper, max)))
                .append("\" stroke=\"#b2182b\" stroke-dasharray=\"6,3\"/>\n");
        svg.append("<polyline fill=\"none\" stroke=\"#2166ac\" stroke-width=\"2\" points=\"");
        for (int i = 0; i < counts.length; i++) {
            svg.append(i == 0 ? "" : " ").append(n(LEFT + i * step)).append(',').append(n(y(counts[i], max)));
        }
        svg.append("\"/>\n");
        for (int i = 0; i < counts.length; i++) {
            boolean above = i == counts.length - 1 && counts[i] > upper;
            svg.append("<circle cx=\"").append(n(LEFT + i * step)).append("\" cy=\"").append(n(y(counts[i], max)))
                    .append("\" r=\"").append(above ? 5 : 3).append("\" fill=\"").append(above ? "#b2182b" : "#2166ac")
                    .append("\"><title>").append(Html.escape(periods.get(i))).append(": ").append(counts[i])
                    .append("</title></circle>\n");
        }
        labels(svg, periods, step, 0);
        return svg.append("</svg>\n").toString();
    }

    /** Stacked bars of reports per period by category. */
    static String stacked(String title, List<String> periods, List<String> categories, long[][] counts) {
        double max = 1;
        for (int p = 0; p < periods.size(); p++) {
            long total = 0;
            for (long[] category : counts) {
                total += category[p];
            }
            max = Math.max(max, total);
        }
        max *= 1.1;
        double slot = (WIDTH - LEFT - 10.0) / Math.max(1, periods.size());
        StringBuilder svg = open(title);
        axes(svg, max);
        for (int p = 0; p < periods.size(); p++) {
            double base = 0;
            for (int c = 0; c < categories.size(); c++) {
                long value = counts[c][p];
                if (value == 0) {
                    continue;
                }
                double top = y(base + value, max);
                svg.append("<rect x=\"").append(n(LEFT + p * slot + 1)).append("\" y=\"").append(n(top))
                        .append("\" width=\"").append(n(slot - 2)).append("\" height=\"")
                        .append(n(y(base, max) - top)).append("\" fill=\"").append(COLOURS[c % COLOURS.length])
                        .append("\"><title>").append(Html.escape(periods.get(p) + " " + categories.get(c)))
                        .append(": ").append(value).append("</title></rect>\n");
                base += value;
            }
        }
        labels(svg, periods, slot, slot / 2);
        for (int c = 0; c < categories.size(); c++) {
            svg.append("<text x=\"").append(LEFT + 10 + c * 110).append("\" y=\"12\" fill=\"")
                    .append(COLOURS[c % COLOURS.length]).append("\">").append(Html.escape(categories.get(c)))
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder("<svg role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" font-size=\"10\"><title>").append(Html.escape(title)).append("</title>\n");
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - TOP);
    }

    private static void axes(StringBuilder svg, double max) {
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(HEIGHT - BOTTOM).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333\"/>\n");
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#333\"/>\n");
        long top = Math.round(max / 1.1);
        svg.append("<text x=\"2\" y=\"").append(n(y(top, max) + 4)).append("\">").append(top).append("</text>\n");
        svg.append("<text x=\"2\" y=\"").append(HEIGHT - BOTTOM).append("\">0</text>\n");
    }

    /** Period labels centred under their point or bar ({@code offset} from the slot's left edge). */
    private static void labels(StringBuilder svg, List<String> periods, double step, double offset) {
        int every = Math.max(1, periods.size() / 8);
        for (int i = 0; i < periods.size(); i += every) {
            svg.append("<text text-anchor=\"middle\" x=\"").append(n(LEFT + i * step + offset)).append("\" y=\"")
                    .append(HEIGHT - 10).append("\">").append(Html.escape(periods.get(i))).append("</text>\n");
        }
    }
}

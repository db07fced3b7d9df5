package org.glossa.cli;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.glossa.core.bench.Figure;

/** The bench figures for people (an aligned table) and for machines (rows for JSON). */
final class BenchReport {
    private static final String[] HEADER = {"figure", "Glossa", "baseline", "ratio", "budget", "ok?"};

    private BenchReport() {
    }

    static List<Map<String, Object>> rows(List<Figure> figures) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure f : figures) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("section", f.section());
            m.put("figure", f.name());
            m.put("unit", f.unit());
            m.put("glossa", round(f.glossa()));
            m.put("baseline", round(f.baseline()));
            m.put("ratio", Double.isNaN(f.ratio()) ? null : round(f.ratio()));
            m.put("budget", f.budget().describe(f.unit()));
            m.put("below", f.budget().below());
            m.put("ratioAtMost", f.budget().ratioAtMost());
            m.put("ok", f.ok());
            m.put("limitOutOfReach", f.budget().limitOutOfReach(f.baseline()));
            m.put("baselineIs", f.baselineLabel());
            rows.add(m);
        }
        return rows;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static String table(List<Figure> figures) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Figure f : figures) {
            cells.add(new String[] {f.name(), f.glossaText(), f.baselineText(), f.ratioText(),
                    f.budget().describe(f.unit()), f.verdict()});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < cells.size(); r++) {
            s.append(line(cells.get(r), width));
            if (r == 0) {
                String[] rule = new String[width.length];
                for (int i = 0; i < width.length; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                s.append(line(rule, width));
            }
        }
        Set<String> baselines = new LinkedHashSet<>();
        for (Figure f : figures) {
            baselines.add(f.name() + ": " + f.baselineLabel());
        }
        if (figures.stream().anyMatch(f -> f.verdict().equals("ok (ratio)"))) {
            s.append("\nok (ratio): the bare baseline itself is over the absolute limit on this machine,"
                    + " so the figure is judged by its ratio to it\n");
        }
        s.append("\nbaselines:\n");
        baselines.forEach(b -> s.append("  ").append(b).append('\n'));
        s.append(machine());
        return s.toString();
    }

    private static String line(String[] row, int[] width) {
        StringBuilder s = new StringBuilder("|");
        for (int i = 0; i < row.length; i++) {
            boolean number = i > 0 && i < 4;
            String cell = number ? " ".repeat(width[i] - row[i].length()) + row[i]
                    : row[i] + " ".repeat(width[i] - row[i].length());
            s.append(' ').append(cell).append(" |");
        }
        return s.append('\n').toString();
    }

    /** The ratios only mean something next to how busy the machine was. */
    private static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "machine: %d cpus, load average %.1f, Java %s%n",
                os.getAvailableProcessors(), os.getSystemLoadAverage(), System.getProperty("java.version"));
    }
}

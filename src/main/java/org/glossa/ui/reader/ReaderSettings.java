package org.glossa.ui.reader;

import java.util.Locale;
import java.util.Properties;

/**
 * How the reader looks: theme, typeface, size, spacing, column width, side margins, justified
 * text, highlights drawn as underlines, and highlights coloured by their tags. Kept in the
 * config folder.
 */
public record ReaderSettings(Theme theme, String fontFamily, double fontSize, Spacing spacing, Width width,
                             boolean underlineHighlights, boolean colorByTag, boolean justify, Margin margin) {

    public enum Theme {
        LIGHT("Light"), SEPIA("Sepia"), DARK("Dark"), HIGH_CONTRAST("High contrast");

        private final String label;

        Theme(String label) {
            this.label = label;
        }

        public String styleClass() {
            return "theme-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Spacing {
        COMPACT("Compact", 2), NORMAL("Normal", 5), RELAXED("Relaxed", 10);

        private final String label;
        private final double pixels;

        Spacing(String label, double pixels) {
            this.label = label;
            this.pixels = pixels;
        }

        public double pixels() {
            return pixels;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public enum Width {
        NARROW("Narrow", 560), MEDIUM("Medium", 720), WIDE("Wide", 920), FULL("Full window", 100_000);

        private final String label;
        private final double pixels;

        Width(String label, double pixels) {
            this.label = label;
            this.pixels = pixels;
        }

        public double pixels() {
            return pixels;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The least room left and right of the text, however narrow the window. */
    public enum Margin {
        SMALL("Small", 12), NORMAL("Normal", 28), LARGE("Large", 64), EXTRA_LARGE("Extra large", 120);

        private final String label;
        private final double pixels;

        Margin(String label, double pixels) {
            this.label = label;
            this.pixels = pixels;
        }

        public double pixels() {
            return pixels;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final double DEFAULT_SIZE = 17;
    public static final double MIN_SIZE = 10;
    public static final double MAX_SIZE = 40;

    public ReaderSettings {
        fontSize = Math.max(MIN_SIZE, Math.min(MAX_SIZE, fontSize));
        margin = margin == null ? Margin.NORMAL : margin;
    }


    public static ReaderSettings defaults() {
        return new ReaderSettings(Theme.LIGHT, "", DEFAULT_SIZE, Spacing.NORMAL, Width.MEDIUM, false, false, false, Margin.NORMAL);
    }

    public ReaderSettings withTheme(Theme t) {
        return new ReaderSettings(t, fontFamily, fontSize, spacing, width, underlineHighlights, colorByTag, justify, margin);
    }

    public ReaderSettings withFontSize(double size) {
        return new ReaderSettings(theme, fontFamily, size, spacing, width, underlineHighlights, colorByTag, justify, margin);
    }

    public ReaderSettings withColorByTag(boolean byTag) {
        return new ReaderSettings(theme, fontFamily, fontSize, spacing, width, underlineHighlights, byTag, justify, margin);
    }

    /** The settings as stored ({@link #toProperties}); anything missing or unreadable falls back to the default. */
    public static ReaderSettings from(Properties p) {
        ReaderSettings d = defaults();
        return new ReaderSettings(
                parse(Theme.class, p.getProperty("theme"), d.theme()),
                p.getProperty("fontFamily", d.fontFamily()),
                parseDouble(p.getProperty("fontSize"), d.fontSize()),
                parse(Spacing.class, p.getProperty("spacing"), d.spacing()),
                parse(Width.class, p.getProperty("width"), d.width()),
                Boolean.parseBoolean(p.getProperty("underlineHighlights", "false")),
                Boolean.parseBoolean(p.getProperty("colorByTag", "false")),
                Boolean.parseBoolean(p.getProperty("justify", "false")),
                parse(Margin.class, p.getProperty("margin"), d.margin()));
    }

    /** The settings as they are stored. */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("theme", theme.name());
        p.setProperty("fontFamily", fontFamily == null ? "" : fontFamily);
        p.setProperty("fontSize", Double.toString(fontSize));
        p.setProperty("spacing", spacing.name());
        p.setProperty("width", width.name());
        p.setProperty("underlineHighlights", Boolean.toString(underlineHighlights));
        p.setProperty("colorByTag", Boolean.toString(colorByTag));
        p.setProperty("justify", Boolean.toString(justify));
        p.setProperty("margin", margin.name());
        return p;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, E fallback) {
        try {
            return value == null ? fallback : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static double parseDouble(String value, double fallback) {
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

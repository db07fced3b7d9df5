package org.glossa.core.qda;

import java.util.Locale;
import java.util.regex.Pattern;
import org.glossa.model.HighlightColor;

/** REFI-QDA colours ({@code #RRGGBB}, or {@code #RGB} as the schema also allows) and Glossa's palette. */
final class QdaColors {
    private static final Pattern RGB = Pattern.compile("#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})");

    private QdaColors() {
    }

    /** The colour as {@code #rrggbb}, or null when it is not in a form the schema allows. */
    static String hex(String color) {
        if (color == null || !RGB.matcher(color.strip()).matches()) {
            return null;
        }
        String c = color.strip().substring(1).toLowerCase(Locale.ROOT);
        if (c.length() == 3) {
            c = "" + c.charAt(0) + c.charAt(0) + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2);
        }
        return "#" + c;
    }

    /** The palette colour nearest to {@code hex} (by distance in RGB). */
    static HighlightColor nearest(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        HighlightColor best = HighlightColor.DEFAULT;
        long bestDistance = Long.MAX_VALUE;
        for (HighlightColor c : HighlightColor.palette()) {
            int p = Integer.parseInt(c.hex().substring(1), 16);
            long d = sq((rgb >> 16) - (p >> 16)) + sq(((rgb >> 8) & 0xff) - ((p >> 8) & 0xff)) + sq((rgb & 0xff) - (p & 0xff));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }

    private static long sq(int v) {
        return (long) v * v;
    }

    /** How Glossa writes a colour: {@code #RRGGBB} in capitals, as REFI-QDA tools do. */
    static String written(String hex) {
        return hex.toUpperCase(Locale.ROOT);
    }
}

package org.glossa.core;

import org.glossa.model.HighlightColor;

/** Highlight colours as users name them: a palette key ("green"), or nothing for the default colour. */
public final class ColorNames {
    private ColorNames() {
    }

    /** The palette key of a colour name; blank means the default colour, an unknown name is a user error. */
    public static String key(String color) {
        if (color == null || color.isBlank()) {
            return HighlightColor.DEFAULT.key();
        }
        return HighlightColor.byKey(color).map(HighlightColor::key).orElseThrow(() -> new GlossaException(
                "Unknown colour '" + color + "'; use one of " + String.join(", ",
                        HighlightColor.palette().stream().map(HighlightColor::key).toList()) + "."));
    }
}

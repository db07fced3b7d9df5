package org.glossa.core.organize;

import java.util.Locale;
import org.glossa.core.GlossaException;

/** How one annotation relates to another. */
public enum LinkKind {
    SUPPORTS, CONTRADICTS, RELATED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LinkKind parse(String code) {
        for (LinkKind k : values()) {
            if (k.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return k;
            }
        }
        throw new GlossaException("Unknown link kind '" + code + "'; use supports, contradicts or related.");
    }
}

package org.glossa.model;

import java.util.Locale;

/** Whether an annotation is attached to its passage. */
public enum AnchorStatus {
    /** The stored position holds the exact quote. */
    ANCHORED,
    /** Attached by approximate matching: needs review. */
    FUZZY,
    /** No matching passage: kept, listed, and can be re-attached. */
    ORPHANED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnchorStatus parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

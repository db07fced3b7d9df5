package org.glossa.model;

/** The base direction in which a document's text is read. */
public enum TextDirection {
    LTR, RTL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TextDirection parse(String value) {
        return "rtl".equalsIgnoreCase(value) ? RTL : LTR;
    }
}

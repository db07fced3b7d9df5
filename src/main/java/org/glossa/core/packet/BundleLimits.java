package org.glossa.core.packet;

/** Sizes a packet may have, so that everything a teacher makes can be written to and read from a bundle. */
public final class BundleLimits {
    public static final int MAX_TITLE = BundleManifest.MAX_TITLE;
    public static final int MAX_INTRODUCTION = BundleManifest.MAX_INTRODUCTION;
    public static final int MAX_QUESTION = BundleManifest.MAX_QUESTION;
    /** A student's answer to one question. */
    public static final int MAX_ANSWER = 20_000;

    private BundleLimits() {
    }
}

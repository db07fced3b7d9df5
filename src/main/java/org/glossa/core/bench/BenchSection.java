package org.glossa.core.bench;

import java.util.List;

/**
 * One part of {@code glossa bench}: it measures some budgets, each beside a baseline taken in the
 * same run. Sections are plain values so that a front end (the window, the search engine) can
 * hand in its own without the command line knowing how it measures.
 */
public interface BenchSection {
    /** A short name for progress lines and the {@code section} field of the JSON. */
    String name();

    List<Figure> run(BenchSettings settings) throws Exception;
}

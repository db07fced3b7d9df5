package org.glossa.core.citation;

import java.util.Locale;
import java.util.Optional;
import org.glossa.core.GlossaException;

/** The citation styles Glossa bundles, each a CSL style file under resources/citation. */
public enum CitationStyle {
    APA("apa", "APA (7th edition)", "apa.csl"),
    CHICAGO("chicago", "Chicago (17th edition, author-date)", "chicago-author-date.csl");

    private final String key;
    private final String title;
    private final String file;

    CitationStyle(String key, String title, String file) {
        this.key = key;
        this.title = title;
        this.file = file;
    }

    /** The name commands and settings use ("apa", "chicago"). */
    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    String file() {
        return file;
    }

    public static Optional<CitationStyle> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toLowerCase(Locale.ROOT);
        for (CitationStyle s : values()) {
            if (s.key.equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The style named {@code key}, or a one-line message naming the styles there are. */
    public static CitationStyle parse(String key) {
        return byKey(key).orElseThrow(() -> new GlossaException("Unknown citation style '" + key + "'; use apa or chicago."));
    }
}

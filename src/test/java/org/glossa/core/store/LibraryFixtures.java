package org.glossa.core.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.Library;

/** Small real libraries for the safety tests: the sample article plus a few annotated pages. */
final class LibraryFixtures {
    private LibraryFixtures() {
    }

    /** A library with enough pages that damage in its middle hits real data. */
    static Path annotatedLibrary(Path dir) throws IOException {
        Path file = dir.resolve("library.sqlite");
        try (Library lib = Library.open(file)) {
            long doc = lib.documents().get(0).id();
            for (int i = 1; i <= 30; i++) {
                lib.annotateQuote(doc, "the", i, null, "note " + i + " ".repeat(i) + "x".repeat(200), List.of("t/" + i));
            }
        }
        return file;
    }
}

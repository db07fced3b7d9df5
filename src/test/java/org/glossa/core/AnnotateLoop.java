package org.glossa.core;

import java.nio.file.Path;
import java.util.List;
import org.glossa.model.Annotation;

/**
 * Child process for {@link CrashSafetyTest}: annotates the first document of a library in an
 * endless loop and prints each annotation's id after {@link Library#annotate} has returned, that
 * is, after its transaction committed. The parent kills it at a moment of its choosing.
 */
public final class AnnotateLoop {
    private AnnotateLoop() {
    }

    public static void main(String[] args) {
        try (LibraryLock lock = LibraryLock.acquire(Path.of(args[0])); Library lib = Library.open(Path.of(args[0]))) {
            long doc = lib.documents().get(0).id();
            int length = lib.load(doc).text().length();
            // bounded, and ends when nobody reads any more, so an orphaned child cannot run forever
            for (int i = 0; i < 100_000 && !System.out.checkError(); i++) {
                int start = (i * 7) % (length - 40);
                Annotation a = lib.annotate(doc, start, start + 20 + i % 20, null, "note " + i, List.of("crash/round"));
                System.out.println(a.id());
                System.out.flush();
            }
        }
    }
}

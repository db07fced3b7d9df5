package org.glossa.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process that behaves like an open window: holds the writer's lock and an open library
 * with a fresh annotation, prints "ready ID", then waits for its parent to kill it.
 */
public final class LockHolder {
    private LockHolder() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        try (LibraryLock lock = LibraryLock.acquire(file); Library lib = Library.open(file)) {
            long doc = lib.documents().get(0).id();
            String id = lib.annotateQuote(doc, "the", 1, null, "held", List.of()).id();
            System.out.println("ready " + id);
            System.out.flush();
            // blocks until the parent kills us (stdin stays open and silent)
            System.in.read();
        }
    }
}

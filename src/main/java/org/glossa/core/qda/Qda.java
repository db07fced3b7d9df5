package org.glossa.core.qda;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AtomicFile;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.organize.CollectionRepository;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.store.Database;
import org.glossa.core.store.Timestamps;

/**
 * REFI-QDA 1.5 project exchange, the standard of qualitative analysis tools (NVivo, ATLAS.ti,
 * MAXQDA, QualCoder): import a {@code .qdpx} project (or a {@code .qdc} codebook) in one
 * transaction, export the library or a collection as a project, or the tags as a codebook.
 * Calls are serialised with the library's own.
 */
public final class Qda {
    /** File name endings this feature reads. */
    public static final String PROJECT_EXTENSION = ".qdpx";
    public static final String CODEBOOK_EXTENSION = ".qdc";

    private final Library library;
    private final Database db;
    private final Clock clock;
    private final Importers importers;

    public Qda(Library library, Database db, Clock clock, Importers importers) {
        this.library = library;
        this.db = db;
        this.clock = clock;
        this.importers = importers;
    }

    /** Whether {@code file} is named like a REFI-QDA project or codebook. */
    public static boolean isProjectFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(PROJECT_EXTENSION) || name.endsWith(CODEBOOK_EXTENSION);
    }

    /**
     * Imports a project: its sources as documents (those already here matched by text), codes as
     * tags, coded passages as annotations under their coders' names, notes as memos and notes,
     * sets as collections. Either all of it is stored or, on any error, nothing.
     */
    public QdaImportReport importProject(Path file) throws ImportException {
        QdpxReader.Read read;
        try {
            read = QdpxReader.read(file);
        } catch (StackOverflowError e) {
            throw new ImportException(file.getFileName() + " nests its codes too deeply to be a real project.");
        }
        QdpxReader.Read r = read;
        return library.exclusively(() -> db.inTransaction(c -> new QdaImport(importers, library.author())
                .run(c, r.project(), r.notices(), Timestamps.now(clock))));
    }

    /** Writes every document (or, when {@code collection} is given, that collection's) as a {@code .qdpx} project. */
    public void exportProject(Path out, String collection) {
        QdaExport export = load(collection);
        write(out, export::writeProject);
    }

    /** Writes the library's tags as a {@code .qdc} codebook. */
    public void exportCodebook(Path out) {
        QdaExport export = load(null);
        if (!export.hasCodes()) {
            throw new GlossaException("The library has no tags, so there is no codebook to export.");
        }
        byte[] xml;
        try {
            xml = export.codebookXml();
        } catch (IOException e) {
            throw new GlossaException(e.getMessage(), e);
        }
        write(out, o -> o.write(xml));
    }

    private QdaExport load(String collection) {
        return library.exclusively(() -> db.read(c -> {
            DocumentCollection only = null;
            if (collection != null) {
                only = new CollectionRepository().find(c, collection.strip()).orElseThrow(() -> new GlossaException(
                        "There is no collection named '" + collection.strip() + "' (see 'glossa collection list')."));
            }
            return new QdaExport().load(c, only, only != null ? only.name() : "Glossa library");
        }));
    }

    private static void write(Path out, AtomicFile.Content content) {
        try {
            AtomicFile.write(out, content);
        } catch (IOException e) {
            throw new GlossaException("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }
}

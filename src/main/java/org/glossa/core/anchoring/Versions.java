package org.glossa.core.anchoring;

import java.nio.file.Path;
import java.util.Optional;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.HtmlImporter;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.Importers;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.core.store.DocumentRepository;
import org.glossa.core.store.DocumentSourceRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;

/**
 * New versions of a document (a corrected article, a new edition): the text is replaced and every
 * annotation is re-anchored to it. Calls are serialised with the library's own.
 */
public final class Versions {
    private final Library library;
    private final Database db;
    private final Importers importers;
    private final DocumentRepository documents = new DocumentRepository();
    private final AnnotationRepository annotations = new AnnotationRepository();
    private final DocumentSourceRepository sources = new DocumentSourceRepository();

    public Versions(Library library, Database db, Importers importers) {
        this.library = library;
        this.db = db;
        this.importers = importers;
    }

    /**
     * Replaces a document's text and structure with a new version, keeping its id and its
     * interchange uri, and re-anchors every annotation to the new text, all in one transaction.
     * Orphaned annotations are kept (with their old quote) for the user to re-attach.
     */
    public ReanchorReport replace(long id, ImportedDocument newVersion) {
        return replace(id, newVersion, c -> null);
    }

    private ReanchorReport replace(long id, ImportedDocument newVersion, Database.SqlWork<?> alsoInTransaction) {
        return library.exclusively(() -> {
            library.document(id);
            String text = newVersion.content().text();
            String hash = Library.contentHash(text);
            return db.inTransaction(c -> {
                Optional<DocumentInfo> same = documents.findByHash(c, hash);
                if (same.isPresent() && same.get().id() != id) {
                    throw new GlossaException("This version is already in the library as document "
                            + same.get().id() + " (" + same.get().title() + ").");
                }
                Reanchoring result = Reanchoring.of(annotations.forDocument(c, id), text);
                documents.replaceContent(c, id, newVersion, hash);
                for (Annotation a : result.annotations()) {
                    annotations.update(c, a);
                }
                alsoInTransaction.run(c);
                return result.report(id);
            });
        });
    }

    /** Reads a file and makes it the new version of document {@code id}; see {@link #replace}. */
    public ReanchorReport replaceFromFile(long id, Path file) throws ImportException {
        library.document(id);
        Importers.FileRead read = importers.readFile(file);
        return replace(id, read.document(), read);
    }

    /** Whether document {@code id} keeps the original web page it was imported from. */
    public boolean hasWholePage(long id) {
        return library.exclusively(() -> {
            library.document(id);
            return db.read(c -> sources.find(c, id)).isPresent();
        });
    }

    /**
     * Reads the stored original of a web page again, whole (its visible body, not only the article
     * that was found in it), and makes that the document's new version; see {@link #replace}.
     */
    public ReanchorReport showWholePage(long id) throws ImportException {
        return reread(id, true);
    }

    /**
     * Reads the stored original of a web page again, whole or as its article, and makes that the
     * document's new version; see {@link #replace}.
     */
    public ReanchorReport reread(long id, boolean wholePage) throws ImportException {
        DocumentSourceRepository.StoredSource source = library.exclusively(() -> {
            DocumentInfo doc = library.document(id);
            return db.read(c -> sources.find(c, id)).orElseThrow(() -> new GlossaException(
                    "Document " + id + " (" + doc.title() + ") keeps no original web page to read again;"
                            + " import the page again with --whole-page."));
        });
        HtmlImporter importer = wholePage ? HtmlImporter.wholePage() : new HtmlImporter();
        return replace(id, importer.read(source.bytes(), source.fileName()));
    }

    /** A new version from a file: a web page's original is kept with it, any other drops the old one. */
    private ReanchorReport replace(long id, ImportedDocument newVersion, Importers.FileRead read) {
        return replace(id, newVersion, c -> {
            if (HtmlImporter.FORMAT.equals(newVersion.format())) {
                sources.put(c, id, read.fileName(), read.bytes());
            } else {
                sources.remove(c, id);
            }
            return null;
        });
    }
}

package org.glossa.ui.library;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportResult;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/** The library's documents, which one is open, and importing more. */
public final class DocumentsViewModel {
    /** A document ready to show: its content and its annotations, loaded together. */
    public record Opened(Document document, List<Annotation> annotations, int paragraph) {
    }

    private static final String LAST_DOCUMENT = "ui.lastDocument";
    private static final String POSITION = "ui.position.";

    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentInfo> current = new SimpleObjectProperty<>();
    private Consumer<Opened> onOpened = o -> { };

    public DocumentsViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    public ObservableList<DocumentInfo> documents() {
        return documents;
    }

    public ObjectProperty<DocumentInfo> currentProperty() {
        return current;
    }

    /** Called on the FX thread whenever a document has been loaded for reading. */
    public void setOnOpened(Consumer<Opened> handler) {
        onOpened = handler;
    }

    /** Loads the list, then opens the document that was open last time (or the first one). */
    public void start() {
        background.run(() -> {
            List<DocumentInfo> list = library.documents();
            long last = library.setting(LAST_DOCUMENT).map(Long::parseLong).orElse(-1L);
            long open = list.stream().anyMatch(d -> d.id() == last) ? last
                    : list.isEmpty() ? -1 : list.get(0).id();
            return new Object[] {list, open};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<DocumentInfo> list = (List<DocumentInfo>) result[0];
            documents.setAll(list);
            long open = (Long) result[1];
            if (open >= 0) {
                open(open);
            }
        });
    }

    /** Opens a document: content and annotations are read in the background. */
    public void open(long id) {
        open(id, () -> { });
    }

    /**
     * Opens a document and runs {@code afterShown} on the FX thread once the reader shows it
     * (search results and the claims table use this to put the reader at a passage).
     */
    public void open(long id, Runnable afterShown) {
        background.run(() -> {
            Document doc = library.load(id);
            List<Annotation> annotations = library.annotations(id);
            int paragraph = library.setting(POSITION + id).map(Integer::parseInt).orElse(0);
            library.setSetting(LAST_DOCUMENT, Long.toString(id));
            library.markRead(id);
            return new Opened(doc, annotations, paragraph);
        }, opened -> {
            current.set(opened.document().info());
            onOpened.accept(opened);
            afterShown.run();
        });
    }

    /** Remembers where the reader is in a document. */
    public void rememberPosition(long id, int paragraph) {
        background.run(() -> library.setSetting(POSITION + id, Integer.toString(paragraph)));
    }

    /** Imports files one by one; a failure in one does not stop the others. Opens the last new one. */
    public void importFiles(List<Path> files) {
        if (files.isEmpty()) {
            return;
        }
        status.info("Importing " + files.size() + " file" + (files.size() == 1 ? "" : "s") + "\u2026");
        background.run(() -> {
            List<ImportResult> done = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            for (Path f : files) {
                try {
                    done.add(library.importFile(f));
                } catch (GlossaException e) {
                    failures.add(f.getFileName() + ": " + e.getMessage());
                }
            }
            return new Object[] {done, failures, library.documents()};
        }, result -> {
            @SuppressWarnings("unchecked")
            List<ImportResult> done = (List<ImportResult>) result[0];
            @SuppressWarnings("unchecked")
            List<String> failures = (List<String>) result[1];
            @SuppressWarnings("unchecked")
            List<DocumentInfo> list = (List<DocumentInfo>) result[2];
            documents.setAll(list);
            long imported = done.stream().filter(r -> r.status() == ImportResult.Status.IMPORTED).count();
            if (!failures.isEmpty()) {
                status.error((failures.size() == 1 ? "Could not import " : failures.size() + " files failed; first: ")
                        + failures.get(0));
            } else {
                status.info("Imported " + imported + " document" + (imported == 1 ? "" : "s")
                        + (done.size() > imported ? ", " + (done.size() - imported) + " already in the library" : "")
                        + ".");
            }
            if (!done.isEmpty()) {
                open(done.get(done.size() - 1).id());
            }
        });
    }

    /** Reloads the list (annotation counts change as the user works). */
    public void refresh() {
        background.run(library::documents, list -> {
            DocumentInfo selected = current.get();
            documents.setAll(list);
            if (selected != null) {
                list.stream().filter(d -> d.id() == selected.id()).findFirst().ifPresent(current::set);
            }
        });
    }

    public void close() {
        current.set(null);
    }
}

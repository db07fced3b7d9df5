package org.glossa.ui.library;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.BatchResult;
import org.glossa.core.ImportProgress;
import org.glossa.core.importing.PastedContent;
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

    static final String LAST_DOCUMENT = "ui.lastDocument";
    static final String POSITION = "ui.position.";

    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentInfo> current = new SimpleObjectProperty<>();
    /** Whether the window's first frame is on screen ({@link #firstFramePainted}): writes may start. */
    private boolean firstFramePainted;
    /** The first view's document, shown before the first frame and not yet remembered as opened; -1: none. */
    private long firstOpened = -1;
    private Consumer<Opened> onOpened = o -> { };
    private final javafx.beans.binding.BooleanBinding webPageOpen = javafx.beans.binding.Bindings.createBooleanBinding(
            () -> current.get() != null && org.glossa.core.importing.HtmlImporter.FORMAT.equals(current.get().format()),
            current);

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

    /**
     * What the window shows first: the list of documents and the one open last time (or the
     * first one), with its annotations; {@code opened} is null for an empty library.
     */
    public record FirstView(List<DocumentInfo> documents, Opened opened) {
    }

    /**
     * Reads the first view; it only reads, so it may run before the window exists (the window
     * starts with it, instead of showing empty and then the document).
     */
    public static FirstView readFirstView(Library library) {
        List<DocumentInfo> list = library.documents();
        long last = library.setting(LAST_DOCUMENT).map(Long::parseLong).orElse(-1L);
        long open = list.stream().anyMatch(d -> d.id() == last) ? last : list.isEmpty() ? -1 : list.get(0).id();
        return new FirstView(list, open < 0 ? null : read(library, open));
    }

    /**
     * Loads the list, then opens the document that was open last time (or the first one);
     * {@code afterShown} runs on the FX thread once that is on screen.
     */
    public void start(Runnable afterShown) {
        background.run(() -> readFirstView(library), view -> {
            start(view);
            afterShown.run();
        });
    }

    /** Shows a first view read beforehand; call on the FX thread. */
    public void start(FirstView view) {
        documents.setAll(view.documents());
        if (view.opened() != null) {
            firstOpened = view.opened().document().id();
            shown(view.opened(), () -> { });
            if (firstFramePainted) {
                firstFramePainted();
            }
        }
    }

    /**
     * The window's first frame is on screen: the first view's document is remembered as opened
     * and read now (or as soon as it is shown, if it is read after that frame). It is a write,
     * which waits for the check of the file, so it waits for that frame too.
     */
    public void firstFramePainted() {
        firstFramePainted = true;
        long id = firstOpened;
        firstOpened = -1;
        if (id >= 0) {
            background.run(() -> markOpened(id));
        }
    }

    /** A document to open with a passage to show: an annotation id or an offset (either may be null). */
    public record Target(long documentId, String annotationId, Integer offset) {
    }

    private java.util.function.Consumer<Target> onTarget = t -> { };

    /** Called on the FX thread after a document opened for a link, to show its passage. */
    public void setOnTarget(java.util.function.Consumer<Target> handler) {
        onTarget = handler;
    }

    /** Opens a document and then shows a passage in it (from a glossa:// link). */
    public void openAt(long id, String annotationId, Integer offset) {
        // the target follows this opening, not whichever opening finishes first
        open(id, () -> onTarget.accept(new Target(id, annotationId, offset)));
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
        firstOpened = -1;
        // shown once read; remembering it is a write of its own, which may wait for the file's check
        background.run(() -> read(library, id), opened -> shown(opened, afterShown));
        background.run(() -> markOpened(id));
    }

    private static Opened read(Library library, long id) {
        Document doc = library.load(id);
        List<Annotation> annotations = library.annotations(id);
        int paragraph = library.setting(POSITION + id).map(Integer::parseInt).orElse(0);
        return new Opened(doc, annotations, paragraph);
    }

    /** Remembers the document as the one to open next time, and as read. */
    private void markOpened(long id) {
        library.setSetting(LAST_DOCUMENT, Long.toString(id));
        library.catalog().markRead(id);
    }

    private void shown(Opened opened, Runnable afterShown) {
        current.set(opened.document().info());
        onOpened.accept(opened);
        afterShown.run();
    }

    /** Remembers where the reader is in a document. */
    public void rememberPosition(long id, int paragraph) {
        background.run(() -> library.setSetting(POSITION + id, Integer.toString(paragraph)));
    }

    /** Progress of an import, for the window to show: file i of n, and a way to cancel. */
    public interface ImportWatcher extends java.util.function.BooleanSupplier {
        /** Called on the FX thread before each file. */
        void progress(int index, int total, String fileName);

        /** Called on the FX thread as the current file's pages or chapters are read. */
        default void reading(int done, int parts) {
        }

        /** Called on the FX thread once, at the end. */
        void done(BatchResult result);
    }

    /**
     * Imports files and folders, each file in its own transaction; a failure in one does not stop
     * the others. Opens the last document imported. {@code watcher} sees the progress and may cancel.
     */
    public void importFiles(List<Path> files, ImportWatcher watcher) {
        if (files.isEmpty()) {
            return;
        }
        status.info("Importing\u2026");
        // a big import runs beside the interactive saves, not in front of them
        background.longJobs().run(() -> {
            BatchResult result = library.bulkImport().files(files, new ImportProgress() {
                @Override
                public void starting(int index, int total, Path file) {
                    background.onFx(() -> watcher.progress(index, total, String.valueOf(file.getFileName())));
                }

                @Override
                public void reading(int index, int total, int done, int parts) {
                    background.onFx(() -> watcher.reading(done, parts));
                }

                @Override
                public void finished(int index, int total, BatchResult.Outcome outcome) {
                    // the summary at the end says what happened
                }
            }, watcher);
            return new Object[] {result, library.documents(), unsureArticles(result)};
        }, out -> {
            BatchResult result = (BatchResult) out[0];
            @SuppressWarnings("unchecked")
            List<DocumentInfo> list = (List<DocumentInfo>) out[1];
            documents.setAll(list);
            watcher.done(result);
            // the summary (and any hint about the page) is said after the document opens, so it stays
            Runnable report = () -> reportImport(result, (Long) out[2]);
            result.outcomes().stream().filter(o -> o.status() != BatchResult.Status.FAILED)
                    .reduce((a, b) -> b).ifPresentOrElse(last -> open(last.id(), report), report);
        });
    }

    /** How many imported web pages show an article that may be only part of the page. */
    private long unsureArticles(BatchResult result) {
        return result.outcomes().stream().filter(o -> o.status() == BatchResult.Status.IMPORTED)
                .filter(o -> org.glossa.core.importing.HtmlImporter.ARTICLE_UNSURE.equals(
                        library.metadata(o.id()).get(org.glossa.core.importing.HtmlImporter.EXTRACTION)))
                .count();
    }

    private void reportImport(BatchResult result, long unsure) {
        long imported = result.count(BatchResult.Status.IMPORTED);
        long duplicates = result.count(BatchResult.Status.DUPLICATE);
        List<BatchResult.Outcome> failed = result.outcomes().stream()
                .filter(o -> o.status() == BatchResult.Status.FAILED).toList();
        if (result.outcomes().size() == 1 && duplicates == 1) {
            status.info("\u201c" + result.outcomes().get(0).title() + "\u201d is already in the library: opened it.");
            return;
        }
        String summary = "Imported " + imported + " document" + (imported == 1 ? "" : "s")
                + (duplicates > 0 ? ", " + duplicates + " already in the library" : "")
                + (result.cancelled() ? "; cancelled" : "") + ".";
        if (unsure > 0) {
            summary += (unsure == 1 ? " Showing the article" : " Showing the articles of " + unsure + " pages")
                    + "; File \u203a Show whole page reads the full page.";
        }
        if (failed.isEmpty()) {
            status.info(summary);
        } else {
            status.error(summary + " " + failed.size() + " failed \u2014 " + failed.get(0).file().getFileName()
                    + ": " + failed.get(0).error(), failed.stream().map(o -> o.file() + "\n    " + o.error())
                    .collect(java.util.stream.Collectors.joining("\n")));
        }
    }

    /** Makes a document from what was copied (HTML preferred, else plain text). */
    public void importPasted(String html, String plain) {
        background.run(() -> {
            ImportResult r = library.importDocument(PastedContent.read(html, plain));
            return new Object[] {r, library.documents()};
        }, out -> {
            ImportResult r = (ImportResult) out[0];
            @SuppressWarnings("unchecked")
            List<DocumentInfo> list = (List<DocumentInfo>) out[1];
            documents.setAll(list);
            String said = r.status() == ImportResult.Status.DUPLICATE
                    ? "That text is already in the library: opened it." : "Pasted as a new document.";
            open(r.id(), () -> status.info(said));
        });
    }

    /** Replaces the open document with a new version of it and re-anchors its annotations. */
    public void replaceWithNewVersion(long id, Path file) {
        background.run(() -> library.versions().replaceFromFile(id, file), report -> {
            status.info("New version: " + report.summary() + ".");
            open(id);
        });
    }

    /** True while a document read from a web page is open: File › Show whole page applies to it. */
    public javafx.beans.binding.BooleanBinding webPageOpenProperty() {
        return webPageOpen;
    }

    /**
     * Reads the open web page's kept original again, whole, as a new version of the document
     * (annotations re-anchored), and shows it.
     */
    public void showWholePage(long id) {
        background.run(() -> library.versions().showWholePage(id),
                report -> open(id, () -> status.info("Showing the whole page: " + report.summary() + ".")));
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

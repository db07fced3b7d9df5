package org.glossa.ui.bench;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.ui.Background;
import org.glossa.ui.FramePainted;
import org.glossa.ui.StatusLine;
import org.glossa.ui.annotations.AnnotationsViewModel;
import org.glossa.ui.reader.ReaderView;

/**
 * Glossa's own path, as the window takes it: the library loads the document and its
 * annotations, the reader builds its styled document in one pass, and a highlight goes through
 * the view model (shown at once on the FX thread while it is saved on the background thread; it
 * counts as done when both a painted frame shows it and the commit is back).
 */
final class GlossaSubject implements ReadingSubject {
    private final Library library;
    private final long documentId;
    private final long shortId;
    private final Background background;
    private Document loaded;
    private List<Annotation> loadedAnnotations;
    private AnnotationsViewModel annotations;
    private ReaderView reader;

    /** {@code shortId}: a short document, loaded to replace the book in the library's cache. */
    GlossaSubject(Library library, long documentId, long shortId, Background background) {
        this.library = library;
        this.documentId = documentId;
        this.shortId = shortId;
        this.background = background;
    }

    @Override
    public void load() {
        loaded = library.load(documentId);
        loadedAnnotations = library.annotations(documentId);
    }

    @Override
    public void forgetCached() {
        library.load(shortId);
    }

    @Override
    public void show(StackPane root) {
        annotations = new AnnotationsViewModel(library, background, new StatusLine());
        reader = new ReaderView(annotations);
        annotations.show(documentId, loaded.text(), loadedAnnotations);
        reader.show(loaded, 0);
        root.getChildren().setAll(reader.node());
        // from here on only what the reader keeps counts towards its heap
        loaded = null;
        loadedAnnotations = null;
    }

    @Override
    public StyleClassedTextArea area() {
        return reader.area();
    }

    @Override
    public void highlight(int start, int end, Scene scene, LongConsumer doneAt) {
        // on screen: the first frame after the highlight is shown; saved: when the commit is back
        long[] painted = {-1};
        long[] saved = {-1};
        boolean[] shownAtOnce = {false};
        Runnable finish = () -> {
            if (painted[0] >= 0 && saved[0] >= 0) {
                doneAt.accept(Math.max(painted[0], saved[0]));
            }
        };
        LongConsumer onScreen = t -> {
            painted[0] = t;
            finish.run();
        };
        shownAtOnce[0] = annotations.highlight(start, end, "green", () -> {
            saved[0] = System.nanoTime();
            if (shownAtOnce[0]) {
                finish.run();
            } else {
                FramePainted.next(scene, onScreen); // shown only now, after the commit
            }
        });
        if (shownAtOnce[0]) {
            FramePainted.next(scene, onScreen);
        }
    }

    @Override
    public void release() {
        annotations = null;
        reader = null;
    }
}

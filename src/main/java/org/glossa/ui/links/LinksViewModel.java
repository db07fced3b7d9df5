package org.glossa.ui.links;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.organize.AnnotationLink;
import org.glossa.core.organize.LinkKind;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/** The links of the selected annotation (both ends), and making or removing one. Knows no control. */
public final class LinksViewModel {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final Changes changes;
    private final ObservableList<AnnotationLink> links = FXCollections.observableArrayList();
    private String annotationId;

    /**
     * How a change of the links between annotations {@code a} and {@code b} is committed:
     * {@code work} commits it in one transaction and says whether anything changed, {@code then}
     * runs on the FX thread afterwards. The window records it as an undoable change.
     */
    @FunctionalInterface
    public interface Changes {
        void change(String label, String a, String b, java.util.concurrent.Callable<Boolean> work, Runnable then);
    }

    public LinksViewModel(Library library, Background background, StatusLine status, Changes changes) {
        this.library = library;
        this.background = background;
        this.status = status;
        this.changes = changes;
    }

    public ObservableList<AnnotationLink> links() {
        return links;
    }

    public String annotationId() {
        return annotationId;
    }

    /** Shows the links of an annotation (null: none selected). */
    public void show(String id) {
        annotationId = id;
        if (id == null) {
            links.clear();
            return;
        }
        // an annotation that is gone (or whose save failed) simply has no links
        background.run(() -> library.findAnnotation(id).isPresent() ? library.links().of(id)
                : List.<org.glossa.core.organize.AnnotationLink>of(), loaded -> {
            if (id.equals(annotationId)) {
                links.setAll(loaded);
            }
        });
    }

    /** Annotations across the library that a link could point to, for the chooser. */
    public void candidates(String query, Consumer<List<ClaimRow>> then) {
        String me = annotationId;
        background.run(() -> library.claims().rows(query), rows ->
                then.accept(rows.stream().filter(r -> !r.annotationId().equals(me)).toList()));
    }

    public void link(String toId, LinkKind kind) {
        String from = annotationId;
        if (from == null || toId == null || from.equals(toId)) {
            return;
        }
        changes.change("link", from, toId, () -> {
            library.links().link(from, toId, kind);
            return true;
        }, () -> {
            status.info("Linked: this annotation " + kind.code() + " the other.");
            show(from);
        });
    }

    public void unlink(AnnotationLink link) {
        changes.change("unlink", link.annotationId(), link.otherId(),
                () -> library.links().unlink(link.annotationId(), link.otherId()), () -> show(annotationId));
    }

    /** How a link reads from this end: "supports", or "is supported by" when the other one points here. */
    public static String describe(AnnotationLink link) {
        if (link.outgoing()) {
            return link.kind().code();
        }
        return switch (link.kind()) {
            case SUPPORTS -> "is supported by";
            case CONTRADICTS -> "is contradicted by";
            case RELATED -> "related to";
        };
    }
}

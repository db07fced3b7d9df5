package org.glossa.ui.library;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.glossa.core.Library;
import org.glossa.core.organize.DeletedDocument;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.core.organize.LibraryRow;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The library table's state: every document with its last-read time, tags and collections,
 * a filter (words and a collection), and the edits made from the table (metadata, collections,
 * delete with undo). Knows no control, so the filtering is tested without a window.
 */
public final class LibraryTableViewModel {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final Runnable documentsChanged;
    private final ObservableList<LibraryRow> rows = FXCollections.observableArrayList();
    private final FilteredList<LibraryRow> shown = new FilteredList<>(rows);
    private final ObservableList<DocumentCollection> collections = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty("");
    /** The collection shown; null = all documents. */
    private final ObjectProperty<DocumentCollection> collection = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper canUndoDelete = new ReadOnlyBooleanWrapper(false);
    /** True while the rows are being replaced by a reload, so a view can keep its selection. */
    private final ReadOnlyBooleanWrapper reloading = new ReadOnlyBooleanWrapper(false);
    private DeletedDocument lastDeleted;

    /** {@code documentsChanged} lets the rest of the window reload its own document list. */
    public LibraryTableViewModel(Library library, Background background, StatusLine status, Runnable documentsChanged) {
        this.library = library;
        this.background = background;
        this.status = status;
        this.documentsChanged = documentsChanged;
        shown.predicateProperty().bind(Bindings.createObjectBinding(
                () -> matcher(filter.get(), collection.get() == null ? null : collection.get().name()),
                filter, collection));
    }

    public ObservableList<LibraryRow> rows() {
        return rows;
    }

    /** The rows that pass the filter; a view sorts a {@code SortedList} over this. */
    public FilteredList<LibraryRow> shown() {
        return shown;
    }

    public ObservableList<DocumentCollection> collections() {
        return collections;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<DocumentCollection> collectionProperty() {
        return collection;
    }

    /**
     * True while {@link #refresh} replaces the rows: a view notes which documents were selected
     * when it turns true and selects them again when it turns false (the rows are new objects,
     * so the control's own selection does not survive the replacement).
     */
    public ReadOnlyBooleanProperty reloadingProperty() {
        return reloading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoDeleteProperty() {
        return canUndoDelete.getReadOnlyProperty();
    }

    /**
     * Rows whose title, author, source, format, tags or collections contain every word of
     * {@code filter} (ignoring case), and that are in {@code collectionName} when it is not null.
     */
    static Predicate<LibraryRow> matcher(String filter, String collectionName) {
        String[] words = filter == null || filter.isBlank() ? new String[0]
                : filter.toLowerCase(Locale.ROOT).trim().split("\\s+");
        return row -> {
            if (collectionName != null && row.collections().stream().noneMatch(collectionName::equalsIgnoreCase)) {
                return false;
            }
            String hay = haystack(row);
            for (String w : words) {
                if (!hay.contains(w)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String haystack(LibraryRow row) {
        DocumentInfo d = row.info();
        return String.join("\n", d.title(), nz(d.author()), nz(d.source()), nz(d.format()),
                String.join("\n", row.tags()), String.join("\n", row.collections())).toLowerCase(Locale.ROOT);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Reloads rows and collections from the library. */
    public void refresh() {
        background.run(() -> new Object[] {library.catalog().rows(), library.collections().list()}, r -> {
            @SuppressWarnings("unchecked")
            List<LibraryRow> loadedRows = (List<LibraryRow>) r[0];
            @SuppressWarnings("unchecked")
            List<DocumentCollection> loadedCollections = (List<DocumentCollection>) r[1];
            reloading.set(true);
            try {
                rows.setAll(loadedRows);
            } finally {
                reloading.set(false);
            }
            DocumentCollection chosen = collection.get();
            // keep the chosen collection across a reload (its count may have changed)
            collection.set(chosen == null ? null : loadedCollections.stream()
                    .filter(c -> c.id() == chosen.id()).findFirst().orElse(null));
            collections.setAll(loadedCollections);
        });
    }

    public void createCollection(String name) {
        background.run(() -> library.collections().create(name.strip()), c -> {
            status.info("Created the collection \u201c" + c.name() + "\u201d.");
            refresh();
        });
    }

    public void renameCollection(DocumentCollection c, String newName) {
        background.run(() -> {
            library.collections().rename(c.id(), newName.strip());
            return null;
        }, ignored -> {
            status.info("Renamed \u201c" + c.name() + "\u201d to \u201c" + newName.strip() + "\u201d.");
            refresh();
        });
    }

    /** Deletes a collection; its documents stay in the library. */
    public void deleteCollection(DocumentCollection c) {
        background.run(() -> {
            library.collections().delete(c.id());
            return null;
        }, ignored -> {
            if (collection.get() != null && collection.get().id() == c.id()) {
                collection.set(null);
            }
            status.info("Deleted the collection \u201c" + c.name() + "\u201d; its documents stay in the library.");
            refresh();
        });
    }

    public void addToCollection(DocumentCollection c, List<Long> documentIds) {
        background.run(() -> library.collections().add(c.id(), documentIds), added -> {
            status.info("Added " + added + " document" + (added == 1 ? "" : "s") + " to \u201c" + c.name() + "\u201d.");
            refresh();
        });
    }

    public void updateInfo(long id, String title, String author, String source) {
        background.run(() -> library.catalog().updateInfo(id, title, author, source), d -> {
            status.info("Saved \u201c" + d.title() + "\u201d.");
            refresh();
            documentsChanged.run();
        });
    }

    /** Deletes a document (and its annotations); {@link #undoDelete} brings it back. */
    public void delete(DocumentInfo d) {
        background.run(() -> library.catalog().deleteForUndo(d.id()), deleted -> {
            lastDeleted = deleted;
            canUndoDelete.set(true);
            status.info("Deleted \u201c" + d.title() + "\u201d. Undo puts it back.");
            refresh();
            documentsChanged.run();
        });
    }

    public void undoDelete() {
        DeletedDocument deleted = lastDeleted;
        if (deleted == null) {
            return;
        }
        lastDeleted = null;
        canUndoDelete.set(false);
        background.run(() -> library.catalog().restore(deleted), d -> {
            status.info("Restored \u201c" + d.title() + "\u201d.");
            refresh();
            documentsChanged.run();
        });
    }
}

package org.glossa.ui.annotations;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The annotations of the open document and every action on them. Each action is saved through
 * the library in the background; the list changes only once the library has committed, so what
 * the window shows is what is on disk. Every action can be undone and redone.
 */
public final class AnnotationsViewModel {
    private static final Comparator<Annotation> READING_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparingInt(Annotation::end).thenComparing(Annotation::created);

    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    private long documentId = -1;

    /** One change: the annotations it touched, before and after (absent ones are missing from a list). */
    private record Edit(String label, List<Annotation> before, List<Annotation> after) {
        static Edit of(String label, Annotation before, Annotation after) {
            return new Edit(label, before == null ? List.of() : List.of(before), after == null ? List.of() : List.of(after));
        }
    }

    public AnnotationsViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    private final javafx.collections.ObservableSet<String> hiddenAuthors = FXCollections.observableSet();

    /** Authors whose annotations are hidden (layers a teacher switched off). */
    public javafx.collections.ObservableSet<String> hiddenAuthors() {
        return hiddenAuthors;
    }

    /** The authors of the open document's annotations, in the order they first appear. */
    public List<String> authors() {
        return annotations.stream().map(a -> a.author() == null ? "" : a.author()).distinct().toList();
    }

    /** The annotations of the authors that are shown. */
    public List<Annotation> visible() {
        if (hiddenAuthors.isEmpty()) {
            return annotations;
        }
        return annotations.stream().filter(this::isVisible).toList();
    }

    public boolean isVisible(Annotation a) {
        return !hiddenAuthors.contains(a.author() == null ? "" : a.author());
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation selected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Shows the annotations of another document (already loaded by the caller). */
    public void show(long newDocumentId, List<Annotation> list) {
        documentId = newDocumentId;
        selected.set(null);
        annotations.setAll(list.stream().sorted(READING_ORDER).toList());
        undo.clear();
        redo.clear();
        updateUndoState();
    }

    /** Reads the open document's annotations again (after tags were renamed or merged, say). */
    public void reload() {
        long doc = documentId;
        if (doc < 0) {
            return;
        }
        String keep = selected.get() == null ? null : selected.get().id();
        background.run(() -> library.annotations(doc), list -> {
            if (doc == documentId) {
                annotations.setAll(list.stream().sorted(READING_ORDER).toList());
                selected.set(keep == null ? null
                        : annotations.stream().filter(a -> a.id().equals(keep)).findFirst().orElse(null));
            }
        });
    }

    public void clear() {
        show(-1, List.of());
    }

    public long documentId() {
        return documentId;
    }

    /**
     * Highlights a range of the open document, then selects the new annotation. A range that
     * overlaps or touches highlights of the same colour extends them into one instead.
     */
    public void highlight(int start, int end, String color, Runnable then) {
        long doc = documentId;
        List<Annotation> same = annotations.stream()
                .filter(a -> a.color().equals(color) && a.status() != org.glossa.model.AnchorStatus.ORPHANED
                        && a.start() <= end && a.end() >= start)
                .toList();
        if (!same.isEmpty()) {
            extend(same, start, end, then);
            return;
        }
        background.run(() -> library.annotate(doc, start, end, color, "", List.of()), created -> {
            if (doc == documentId) {
                upsert(created);
                selected.set(created);
                record(Edit.of("highlight", null, created));
                status.info("Highlighted and saved.");
                then.run();
            }
        });
    }

    private void extend(List<Annotation> same, int start, int end, Runnable then) {
        long doc = documentId;
        Annotation keep = same.get(0);
        int from = Math.min(start, same.stream().mapToInt(Annotation::start).min().orElse(start));
        int to = Math.max(end, same.stream().mapToInt(Annotation::end).max().orElse(end));
        List<String> absorb = same.stream().skip(1).map(Annotation::id).toList();
        background.run(() -> library.extend(keep.id(), absorb, from, to), grown -> {
            if (doc == documentId) {
                same.stream().skip(1).forEach(this::remove);
                upsert(grown);
                selected.set(grown);
                record(new Edit(same.size() > 1 ? "merge" : "extend", same, List.of(grown)));
                status.info(same.size() > 1 ? "Merged " + same.size() + " highlights." : "Extended the highlight.");
                then.run();
            }
        });
    }

    public void setNote(Annotation a, String note) {
        if (a.note().equals(note == null ? "" : note.strip())) {
            return;
        }
        change("note", a, () -> library.setNote(a.id(), note));
    }

    public void setTags(Annotation a, List<String> tags) {
        change("tags", a, () -> library.setTags(a.id(), tags));
    }

    public void setColor(Annotation a, String color) {
        if (a.color().equals(color)) {
            return;
        }
        change("colour", a, () -> library.setColor(a.id(), color));
    }

    /** Attaches an orphaned (or misplaced) annotation to {@code [start, end)} of the text. */
    public void reattach(Annotation a, int start, int end) {
        change("re-attach", a, () -> library.reattach(a.id(), start, end));
    }

    /** Confirms a fuzzy match ("needs review") where it is. */
    public void acceptMatch(Annotation a) {
        change("accept match", a, () -> library.acceptFuzzy(a.id()));
    }

    public void delete(Annotation a) {
        long doc = documentId;
        background.run(() -> library.deleteAnnotation(a.id()), removed -> {
            if (doc == documentId) {
                remove(removed);
                record(Edit.of("delete", removed, null));
                status.info("Annotation deleted (Ctrl+Z to undo).");
            }
        });
    }

    private void change(String label, Annotation before, java.util.concurrent.Callable<Annotation> work) {
        long doc = documentId;
        background.run(work, after -> {
            if (doc == documentId) {
                upsert(after);
                record(Edit.of(label, before, after));
                status.info("Saved.");
            }
        });
    }

    public void undo() {
        Edit e = undo.poll();
        if (e != null) {
            transition(e.after(), e.before(), () -> redo.push(e), "Undid " + e.label() + ".");
        }
    }

    public void redo() {
        Edit e = redo.poll();
        if (e != null) {
            transition(e.before(), e.after(), () -> undo.push(e), "Redid " + e.label() + ".");
        }
    }

    /** Brings the library from one state of some annotations to another. */
    private void transition(List<Annotation> from, List<Annotation> to, Runnable onDone, String message) {
        long doc = documentId;
        java.util.Set<String> target = new java.util.HashSet<>();
        to.forEach(a -> target.add(a.id()));
        java.util.Set<String> existing = new java.util.HashSet<>();
        from.forEach(a -> existing.add(a.id()));
        background.run(() -> {
            List<Annotation> result = new java.util.ArrayList<>();
            for (Annotation a : from) {
                if (!target.contains(a.id())) {
                    library.deleteAnnotation(a.id());
                }
            }
            for (Annotation a : to) {
                result.add(existing.contains(a.id()) ? library.save(a) : library.restoreAnnotation(a));
            }
            return result;
        }, result -> {
            if (doc != documentId) {
                return;
            }
            from.stream().filter(a -> !target.contains(a.id())).forEach(this::remove);
            result.forEach(this::upsert);
            if (!result.isEmpty()) {
                selected.set(result.get(result.size() - 1));
            }
            onDone.run();
            updateUndoState();
            status.info(message);
        });
    }

    private void record(Edit e) {
        undo.push(e);
        redo.clear();
        updateUndoState();
    }

    private void updateUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    private void upsert(Annotation a) {
        for (int i = 0; i < annotations.size(); i++) {
            if (annotations.get(i).id().equals(a.id())) {
                if (annotations.get(i).start() == a.start() && annotations.get(i).end() == a.end()) {
                    annotations.set(i, a);
                    if (selected.get() != null && selected.get().id().equals(a.id())) {
                        selected.set(a);
                    }
                    return;
                }
                annotations.remove(i);
                break;
            }
        }
        int at = 0;
        while (at < annotations.size() && READING_ORDER.compare(annotations.get(at), a) <= 0) {
            at++;
        }
        annotations.add(at, a);
    }

    private void remove(Annotation a) {
        annotations.removeIf(x -> x.id().equals(a.id()));
        if (selected.get() != null && selected.get().id().equals(a.id())) {
            selected.set(null);
        }
    }

    /** The topmost annotation covering {@code offset}, if any (the one that began last). */
    public Annotation at(int offset) {
        Annotation best = null;
        for (Annotation a : annotations) {
            if (a.start() > offset) {
                break;
            }
            if (offset < a.end() && a.status() != org.glossa.model.AnchorStatus.ORPHANED && isVisible(a)) {
                best = a;
            }
        }
        return best;
    }
}

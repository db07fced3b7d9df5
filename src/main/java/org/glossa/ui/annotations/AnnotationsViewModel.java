package org.glossa.ui.annotations;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.TagNames;
import org.glossa.core.store.AnnotationSnapshot;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.RangeIndex;
import org.glossa.model.TextQuote;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;
import org.glossa.ui.annotations.EditHistory.Edit;

/**
 * The annotations of the open document and every action on them. Each action is saved through
 * the library in the background. A new highlight is shown at once, under the id it is saved with,
 * while it commits (and taken back if the commit fails); every other change shows once the library
 * has committed. "Saved" is said only after the commit. Every action can be undone and redone:
 * each action and each undo or redo is one transaction, and undo puts the annotations back exactly
 * as they were stored, links included.
 *
 * <p>The selection and the note being typed (the draft) live here. The draft is saved by
 * {@link #flushNote()}: when the editor pauses, when another annotation is selected, when the
 * document is switched or closed, and when the window quits ({@link #flushEdits()}).
 */
public final class AnnotationsViewModel {
    private static final Comparator<Annotation> READING_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparingInt(Annotation::end).thenComparing(Annotation::created);

    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Map<String, String>> tagColoring = new SimpleObjectProperty<>();
    private final EditHistory history = new EditHistory();
    private long documentId = -1;
    private String documentText = "";
    /** The annotations by position, rebuilt after the list changes; null when it must be rebuilt. */
    private RangeIndex<Annotation> index;
    /** More changes than this at once (a list replaced) and the index is built anew when next asked. */
    private static final int INDEX_UPDATE_LIMIT = 64;
    /** The annotation whose note is being typed and the text typed, not saved yet; null when none. */
    private String draftId;
    private String draftText;
    /** Whether an undo or redo is being committed; further ones wait for it. */
    private boolean replaying;
    private final java.util.ArrayDeque<Runnable> waitingReplays = new java.util.ArrayDeque<>();
    /** Counts the undos and redos committed, so that a view of links can show them anew. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper replays = new javafx.beans.property.ReadOnlyIntegerWrapper();

    public AnnotationsViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
        annotations.addListener((ListChangeListener<Annotation>) this::updateIndex);
        selected.addListener((obs, old, now) -> {
            if (old != null && (now == null || !now.id().equals(old.id()))) {
                flushNote();
            }
        });
    }

    // ---- the note being typed ------------------------------------------------------------

    /** The selected annotation's note as typed so far; saved by {@link #flushNote()}. */
    public void editNote(String text) {
        Annotation a = selected.get();
        if (a == null) {
            return;
        }
        if (draftId != null && !draftId.equals(a.id())) {
            flushNote();
        }
        draftId = a.id();
        draftText = text == null ? "" : text;
    }

    /** Whether a typed note is waiting to be saved. */
    public boolean hasUnsavedNote() {
        return draftId != null;
    }

    /** Saves the note being typed, if any (a no-op when it is what is stored already). */
    public void flushNote() {
        String id = draftId;
        String text = draftText;
        draftId = null;
        draftText = null;
        if (id == null) {
            return;
        }
        Annotation current = annotations.stream().filter(a -> a.id().equals(id)).findFirst().orElse(null);
        if (current != null) {
            setNote(current, text);
        }
    }

    /** Saves every edit still pending in the window (the note being typed); called before quitting. */
    public void flushEdits() {
        flushNote();
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

    /** The highlights drawn in the text: those of the authors that are shown, bookmarks left out. */
    public List<Annotation> visible() {
        return annotations.stream().filter(this::drawnInText).toList();
    }

    /** Whether an annotation is drawn as a highlight in the text (a bookmark is marked in the margin). */
    private boolean drawnInText(Annotation a) {
        return !a.isBookmark() && isVisible(a);
    }

    public boolean isVisible(Annotation a) {
        return !hiddenAuthors.contains(a.author() == null ? "" : a.author());
    }

    /** Tag name to palette colour while highlights are coloured by tag; null while by their own colour. */
    public ObjectProperty<Map<String, String>> tagColoringProperty() {
        return tagColoring;
    }

    /** The colour an annotation is drawn in: its tag's while colouring by tag, else its own. */
    public String displayColor(Annotation a) {
        Map<String, String> byTag = tagColoring.get();
        String fromTag = byTag == null || a.tags().isEmpty() ? null : TagNames.colorOf(a.tags(), byTag);
        return fromTag != null ? fromTag : a.color();
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public Annotation selected() {
        return selected.get();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** Shows the annotations of another document (already loaded by the caller), with its text. */
    public void show(long newDocumentId, String text, List<Annotation> list) {
        flushNote(); // saved on the document it was typed in
        documentId = newDocumentId;
        documentText = text;
        selected.set(null);
        annotations.setAll(list.stream().sorted(READING_ORDER).toList());
        history.clear();
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
        show(-1, "", List.of());
    }

    public long documentId() {
        return documentId;
    }

    /**
     * Highlights a range of the open document and selects the new annotation; {@code then} runs
     * once it is committed. It shows before the commit (the commit runs meanwhile). A range that
     * overlaps or touches highlights of the same colour extends them into one instead.
     *
     * @return whether the highlight is shown already (false when it extends others, which shows
     *     once committed)
     */
    public boolean highlight(int start, int end, String color, Runnable then) {
        long doc = documentId;
        List<Annotation> same = index().touching(start, end).stream()
                .filter(a -> a.color().equals(color) && a.status() != AnchorStatus.ORPHANED && !a.isBookmark())
                .toList();
        if (!same.isEmpty()) {
            extend(same, start, end, then);
            return false;
        }
        String id = UUID.randomUUID().toString();
        boolean showable = start >= 0 && end <= documentText.length() && start < end
                && !documentText.substring(start, end).isBlank();
        Annotation pending = showable ? pendingHighlight(id, doc, start, end, color) : null;
        // whether the commit came back before the pending highlight was shown (a same-thread writer),
        // and whether the pending highlight was shown
        boolean[] committed = {false};
        boolean[] shown = {false};
        // queued before anything else can refer to the new id (the sidebar saving its editor, say)
        background.run(() -> library.annotate(id, doc, start, end, color, "", List.of()), created -> {
            committed[0] = true;
            if (doc == documentId) {
                upsert(created);
                if (pending == null || selected.get() == pending || !shown[0]) {
                    selected.set(created);
                }
                history.record(new Edit("highlight", AnnotationSnapshot.EMPTY,
                        new AnnotationSnapshot(List.of(created), List.of())));
                status.info("Highlighted and saved.");
                then.run();
            }
        }, () -> {
            if (pending != null && doc == documentId) {
                remove(pending);
            }
        });
        if (pending != null && !committed[0]) {
            shown[0] = true;
            // selected before it is added, so the reader draws the new paragraph once, outlined
            selected.set(pending);
            insert(pending);
        }
        return pending != null || committed[0];
    }

    /**
     * Bookmarks {@code [start, end)} of the open document (the opening words of the paragraph the
     * reader is at); it shows once committed, and Undo takes it back.
     */
    public void bookmark(int start, int end) {
        long doc = documentId;
        String id = UUID.randomUUID().toString();
        background.run(() -> library.bookmark(id, doc, start, end), created -> {
            if (doc == documentId) {
                upsert(created);
                history.record(new Edit("bookmark", AnnotationSnapshot.EMPTY,
                        new AnnotationSnapshot(List.of(created), List.of())));
                status.info("Bookmarked and saved (Ctrl+D again removes it).");
            }
        });
    }

    /** The open document's bookmarks, in reading order. */
    public List<Annotation> bookmarks() {
        return annotations.stream().filter(Annotation::isBookmark).toList();
    }

    /** The new highlight as it will be saved, to show while it commits. */
    private Annotation pendingHighlight(String id, long doc, int start, int end, String color) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return new Annotation(id, doc, start, end, TextQuote.of(documentText, start, end), color, "", List.of(),
                library.author(), now, now, AnchorStatus.ANCHORED);
    }

    private void extend(List<Annotation> same, int start, int end, Runnable then) {
        long doc = documentId;
        Annotation keep = same.get(0);
        int from = Math.min(start, same.stream().mapToInt(Annotation::start).min().orElse(start));
        int to = Math.max(end, same.stream().mapToInt(Annotation::end).max().orElse(end));
        List<String> absorb = same.stream().skip(1).map(Annotation::id).toList();
        List<String> ids = same.stream().map(Annotation::id).toList();
        background.run(() -> {
            AnnotationSnapshot before = library.snapshot(ids);
            Annotation grown = library.extend(keep.id(), absorb, from, to);
            return new Edit(same.size() > 1 ? "merge" : "extend", before, library.snapshot(List.of(grown.id())));
        }, edit -> {
            if (doc == documentId) {
                Annotation grown = edit.after().annotations().get(0);
                same.stream().skip(1).forEach(this::remove);
                upsert(grown);
                selected.set(grown);
                history.record(edit);
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

    /**
     * Deletes an annotation (with its tags and links; undo puts all of it back). Nothing is
     * selected afterwards, so a second Delete does not remove the next annotation.
     */
    public void delete(Annotation a) {
        long doc = documentId;
        if (selected.get() != null && selected.get().id().equals(a.id())) {
            selected.set(null);
        }
        background.run(() -> {
            AnnotationSnapshot before = library.snapshot(List.of(a.id()));
            library.replaceAnnotations(List.of(a.id()), AnnotationSnapshot.EMPTY);
            return before;
        }, removed -> {
            if (doc == documentId) {
                removed.annotations().forEach(this::remove);
                history.record(new Edit("delete", removed, AnnotationSnapshot.EMPTY));
                status.info("Annotation deleted (Ctrl+Z to undo).");
            }
        });
    }

    /**
     * Changes the links between annotations {@code a} and {@code b} as one undoable change named
     * {@code label} ("link", "unlink"): {@code work} commits it in one transaction and says whether
     * anything changed; only then is it recorded. {@code then} runs on the FX thread afterwards.
     */
    public void changeLinks(String label, String a, String b, java.util.concurrent.Callable<Boolean> work,
                            Runnable then) {
        long doc = documentId;
        background.run(() -> {
            AnnotationSnapshot was = library.snapshot(List.of(a, b));
            boolean changed = work.call();
            return changed ? new Edit(label, was, library.snapshot(List.of(a, b)), true) : null;
        }, edit -> {
            if (edit != null && doc == documentId) {
                history.record(edit);
            }
            then.run();
        });
    }

    /** Increases each time an undo or redo has been committed (links may have changed with it). */
    public javafx.beans.property.ReadOnlyIntegerProperty replaysProperty() {
        return replays.getReadOnlyProperty();
    }

    private void change(String label, Annotation before, java.util.concurrent.Callable<Annotation> work) {
        long doc = documentId;
        background.run(() -> {
            AnnotationSnapshot was = library.snapshot(List.of(before.id()));
            Annotation after = work.call();
            return new Edit(label, was, library.snapshot(List.of(after.id())));
        }, edit -> {
            if (doc == documentId) {
                edit.after().annotations().forEach(this::upsert);
                history.record(edit);
                status.info("Saved.");
            }
        });
    }

    /**
     * Takes back the last change, in one transaction. If that fails, the change stays to be undone
     * (and the status line says so).
     */
    public void undo() {
        if (replaying) {
            waitingReplays.add(this::undo);
            return;
        }
        Edit e = history.nextUndo();
        if (e != null) {
            replay(e, e.after(), e.before(), () -> history.undone(e), "undo", "Undid " + e.label() + ".");
        }
    }

    /** Makes an undone change again, in one transaction; if that fails, it stays to be redone. */
    public void redo() {
        if (replaying) {
            waitingReplays.add(this::redo);
            return;
        }
        Edit e = history.nextRedo();
        if (e != null) {
            replay(e, e.before(), e.after(), () -> history.redone(e), "redo", "Redid " + e.label() + ".");
        }
    }

    /** Replaces the annotations of {@code from} by the snapshot {@code to}, in one transaction. */
    private void replay(Edit e, AnnotationSnapshot from, AnnotationSnapshot to, Runnable onDone, String verb,
                        String message) {
        long doc = documentId;
        replaying = true;
        background.submit(() -> {
            if (!e.linksOnly()) {
                return library.replaceAnnotations(from.ids(), to);
            }
            library.links().restore(e.before().ids().get(0), e.before().ids().get(1), to.links());
            return library.snapshot(to.ids());
        }, result -> {
            replaying = false;
            onDone.run();
            if (doc == documentId && e.linksOnly()) {
                // the annotations themselves are as they were; the one the link was made from is shown
                annotations.stream().filter(a -> a.id().equals(e.before().ids().get(0))).findFirst()
                        .ifPresent(selected::set);
                status.info(message);
            } else if (doc == documentId) {
                java.util.Set<String> kept = new java.util.HashSet<>(result.ids());
                from.annotations().stream().filter(a -> !kept.contains(a.id())).forEach(this::remove);
                result.annotations().forEach(this::upsert);
                if (!result.isEmpty()) {
                    selected.set(result.annotations().get(result.annotations().size() - 1));
                }
                status.info(message);
            }
            replays.set(replays.get() + 1);
            Runnable next = waitingReplays.poll();
            if (next != null) {
                next.run();
            }
        }, failure -> {
            replaying = false;
            waitingReplays.clear();
            String why = failure instanceof org.glossa.core.GlossaException ? failure.getMessage()
                    : String.valueOf(failure);
            status.error("Could not " + verb + " " + e.label() + ": " + firstLine(why) + " Nothing was changed;"
                    + " you can try again.");
        });
    }

    private static String firstLine(String text) {
        int nl = text == null ? -1 : text.indexOf('\n');
        return text == null ? "" : nl < 0 ? text : text.substring(0, nl);
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
        insert(a);
    }

    /** Adds an annotation that is not in the list yet, in reading order. */
    private void insert(Annotation a) {
        int at = Collections.binarySearch(annotations, a, READING_ORDER);
        annotations.add(at < 0 ? -at - 1 : at + 1, a);
    }

    /** Takes an annotation out of the list; when it was selected, nothing is selected afterwards. */
    private void remove(Annotation a) {
        // unselected first: the list must not pass the selection on to the neighbour
        if (selected.get() != null && selected.get().id().equals(a.id())) {
            selected.set(null);
        }
        annotations.removeIf(x -> x.id().equals(a.id()));
    }

    /** The topmost annotation covering {@code offset}, if any (the one that began last). */
    public Annotation at(int offset) {
        List<Annotation> here = allAt(offset);
        return here.isEmpty() ? null : here.get(0);
    }

    /** The shown annotations covering {@code offset}, topmost (the one that began last) first. */
    public List<Annotation> allAt(int offset) {
        List<Annotation> here = new ArrayList<>(visibleOverlapping(offset, offset + 1));
        Collections.reverse(here);
        return here;
    }

    /**
     * What a click at {@code offset} selects: the topmost annotation there, or, when the one
     * selected already covers it, the next one beneath (round again after the last), so that every
     * one of overlapping highlights can be reached.
     */
    public Annotation nextAt(int offset, Annotation current) {
        List<Annotation> here = allAt(offset);
        if (here.isEmpty()) {
            return null;
        }
        for (int i = 0; current != null && i < here.size(); i++) {
            if (here.get(i).id().equals(current.id())) {
                return here.get((i + 1) % here.size());
            }
        }
        return here.get(0);
    }

    /** Whether this very annotation is in the list (not only one with its id). */
    public boolean contains(Annotation a) {
        return a != null && index().overlapping(a.start(), Math.max(a.end(), a.start() + 1)).stream()
                .anyMatch(x -> x == a);
    }

    /** The shown, anchored annotations with {@code start < to && end > from}, in reading order. */
    public List<Annotation> visibleOverlapping(int from, int to) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : index().overlapping(from, to)) {
            if (a.status() != AnchorStatus.ORPHANED && drawnInText(a)) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Keeps the range index in step with a change of the list: a highlight added, changed or
     * removed updates it in one pass; a new list (another document) builds it anew when asked.
     */
    private void updateIndex(ListChangeListener.Change<? extends Annotation> change) {
        if (index == null) {
            return;
        }
        List<Annotation> removed = new ArrayList<>();
        List<Annotation> added = new ArrayList<>();
        while (change.next()) {
            // a permutation or an update keeps the same objects: the index holds them by start already
            removed.addAll(change.getRemoved());
            added.addAll(change.getAddedSubList());
        }
        RangeIndex<Annotation> next = removed.size() + added.size() > INDEX_UPDATE_LIMIT ? null
                : index.changed(removed, added);
        // an index built from the list while this change was on its way already holds it
        index = next != null && next.size() == annotations.size() ? next : null;
    }

    private RangeIndex<Annotation> index() {
        if (index == null) {
            index = new RangeIndex<>(annotations, Annotation::start, Annotation::end);
        }
        return index;
    }
}

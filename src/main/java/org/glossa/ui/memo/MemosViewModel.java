package org.glossa.ui.memo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.memo.MemoMarkdown;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The memo window's state: the memos listed (all, or those a search finds), the memo in the
 * editor and the text typed into it. What is typed is a draft, saved by {@link #flush()}: when
 * typing pauses, when another memo is chosen, when the window hides and when Glossa quits. A new
 * memo is written on its first save, under the id it was given when it was started, so saves
 * that follow are edits of it. Another author's memo is shown, never changed. Knows no control.
 */
public final class MemosViewModel {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final Clock clock = Clock.systemUTC();
    private final ObservableList<Listed> memos = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Memo> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper about = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private String query = "";
    /** Whether the memo in the editor is in the library (or its first save is queued). */
    private boolean stored;
    /** Whether the editor holds text not yet handed to the library's writer. */
    private boolean dirty;

    public MemosViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    /** A listed memo with what it is about, in words. */
    public record Listed(Memo memo, String about) {
        /** The memo as one line: what it is about, its title or first words, its author. */
        public String line() {
            return MemosViewModel.line(memo, about);
        }
    }

    /** The memos listed: every memo, or the matches of the search. */
    public ObservableList<Listed> memos() {
        return memos;
    }

    /** The memo in the editor (a new one is not in the library until something is typed); null for none. */
    public ReadOnlyObjectProperty<Memo> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** What the memo in the editor is about, in words. */
    public ReadOnlyStringProperty aboutProperty() {
        return about.getReadOnlyProperty();
    }

    /** Whether the memo in the editor is this author's (another author's is read only). */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Whether typed text waits to be saved. */
    public boolean hasUnsavedText() {
        return dirty;
    }

    /** Lists the memos matching {@code text} (blank: all of them). */
    public void search(String text) {
        query = text == null ? "" : text.strip();
        refreshList();
    }

    public void refreshList() {
        String q = query;
        background.run(() -> (q.isEmpty() ? library.memos().list() : library.memos().search(q, 200)).stream()
                .map(m -> new Listed(m, describe(m.target()))).toList(), memos::setAll);
    }

    /**
     * Puts the memo about {@code target} into the editor: this author's first one, else a new one
     * (written once something is typed).
     */
    public void openFor(MemoTarget target) {
        flush();
        String me = library.author();
        background.run(() -> new Found(library.memos().of(target).stream()
                .filter(m -> m.author() == null || m.author().equals(me)).findFirst().orElse(null),
                describe(target)), found -> {
            if (found.memo() != null) {
                show(found.memo(), found.about(), true);
            } else {
                OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
                show(new Memo(UUID.randomUUID().toString(), target, "", "", me, now, now), found.about(), false);
            }
        });
    }

    /** Puts a listed memo into the editor. */
    public void select(Listed listed) {
        if (listed == null || (current.get() != null && current.get().id().equals(listed.memo().id()))) {
            return;
        }
        flush();
        // read after the saves queued before it, so a memo edited a moment ago shows its latest text
        String id = listed.memo().id();
        background.run(() -> library.memos().find(id).orElse(listed.memo()), m -> show(m, listed.about(), true));
    }

    private record Found(Memo memo, String about) {
    }

    private String describe(MemoTarget target) {
        return MemoMarkdown.about(target, id -> library.findDocument(id).map(d -> d.title()).orElse("#" + id));
    }

    private void show(Memo memo, String aboutText, boolean inLibrary) {
        current.set(memo);
        about.set(aboutText);
        stored = inLibrary;
        dirty = false;
        editable.set(memo.author() == null || memo.author().equals(library.author()));
    }

    /** The editor's title and text as typed so far; saved by {@link #flush()}. */
    public void type(String title, String body) {
        Memo m = current.get();
        if (m == null || !editable.get()) {
            return;
        }
        String t = title == null ? "" : title;
        String b = body == null ? "" : body;
        if (t.equals(m.title()) && b.equals(m.body())) {
            return;
        }
        current.set(m.withText(t, b, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC)));
        dirty = true;
    }

    /** Hands the typed text to the library's writer (queued in order: nothing typed is lost on quit). */
    public void flush() {
        if (!dirty) {
            return;
        }
        dirty = false;
        Memo m = current.get();
        boolean first = !stored;
        stored = true;
        background.submit(() -> first ? library.memos().add(m) : library.memos().edit(m.id(), m.title(), m.body()),
                saved -> {
                    status.info("Memo saved.");
                    refreshList();
                }, failure -> {
                    if (first && current.get() != null && Objects.equals(current.get().id(), m.id())) {
                        stored = false;
                        dirty = true;
                    }
                    background.report(failure);
                });
    }

    /** Deletes the memo in the editor (this author's only). */
    public void delete() {
        Memo m = current.get();
        if (m == null || !editable.get()) {
            return;
        }
        boolean inLibrary = stored;
        dirty = false;
        current.set(null);
        about.set("");
        editable.set(false);
        stored = false;
        if (inLibrary) {
            background.run(() -> library.memos().delete(m.id()), deleted -> {
                status.info("Memo deleted.");
                refreshList();
            });
        }
    }

    /** The listed memo as one line: what it is about and its title or first words. */
    public static String line(Memo m, String aboutText) {
        String first = m.body().strip().lines().findFirst().orElse("");
        String name = m.title().isBlank() ? first : m.title();
        return aboutText + (name.isBlank() ? "" : " \u2014 " + (name.length() > 80 ? name.substring(0, 80) + "\u2026" : name))
                + (m.author() == null || m.author().isBlank() ? "" : " \u00b7 " + m.author());
    }
}

package org.glossa.ui.tags;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.store.TagRepository.TagCount;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/** The library's tags with their counts, and renaming, merging, recolouring and deleting them. */
public final class TagsViewModel {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final Runnable onChanged;
    private final ObservableList<TagCount> tags = FXCollections.observableArrayList();
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<TagNode> tree = FXCollections.observableArrayList();

    /** {@code onChanged} runs after a change, so views of annotations can reload their tags. */
    public TagsViewModel(Library library, Background background, StatusLine status, Runnable onChanged) {
        this.library = library;
        this.background = background;
        this.status = status;
        this.onChanged = onChanged;
    }

    public ObservableList<TagCount> tags() {
        return tags;
    }

    /** The tag hierarchy's top levels, with counts rolled up; replaced as a whole on every refresh. */
    public ObservableList<TagNode> tree() {
        return tree;
    }

    /** Every tag name, for completion while typing. */
    public ObservableList<String> names() {
        return names;
    }

    public void refresh() {
        background.run(this::read, this::show);
    }

    private record Snapshot(List<TagCount> counts, List<TagNode> tree) {
    }

    private Snapshot read() {
        List<TagCount> counts = library.tags().counts();
        return new Snapshot(counts, TagNode.tree(counts, library.tags().rolledUpCounts()));
    }

    private void show(Snapshot s) {
        tags.setAll(s.counts());
        names.setAll(s.counts().stream().map(TagCount::name).toList());
        tree.setAll(s.tree());
    }

    /**
     * Moves {@code tag} with everything under it under {@code newParent} (empty: to the top level);
     * a clash with an existing tag is reported and nothing moves.
     */
    public void reparent(String tag, String newParent) {
        String parent = newParent == null ? "" : newParent;
        String where = parent.isEmpty() ? "the top level" : "\u201c" + parent + "\u201d";
        change(() -> library.tags().reparent(tag, parent), "Moved \u201c" + tag + "\u201d to " + where + ".");
    }

    public void rename(String from, String to) {
        change(() -> library.tags().rename(from, to), "Renamed \u201c" + from + "\u201d to \u201c" + to + "\u201d.");
    }

    public void delete(String name) {
        change(() -> library.tags().delete(name), "Removed the tag \u201c" + name + "\u201d from every annotation.");
    }

    public void recolor(String name, String color) {
        change(() -> library.tags().setColor(name, color), "Recoloured \u201c" + name + "\u201d.");
    }

    private void change(Runnable work, String done) {
        background.run(() -> {
            work.run();
            return read();
        }, snapshot -> {
            show(snapshot);
            status.info(done);
            onChanged.run();
        });
    }

    /** Tag names that start with (or have a part that starts with) what is typed. */
    public static List<String> suggestions(List<String> names, String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        return names.stream().filter(n -> {
            String lower = n.toLowerCase(java.util.Locale.ROOT);
            return lower.startsWith(t) || lower.contains("/" + t);
        }).limit(12).toList();
    }
}

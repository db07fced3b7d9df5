package org.glossa.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.glossa.core.TagNames;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;

/**
 * The annotation sidebar: the open document's annotations in reading order, and an editor for
 * the selected one (colour, note, tags, delete). Edits are saved as they are made.
 */
public final class AnnotationSidebar {
    private static final Duration NOTE_SAVE_DELAY = Duration.millis(600);

    private final AnnotationsViewModel model;
    private final AnnotationFilter filter;
    private final ListView<Annotation> list = new ListView<>();
    private final Label header = new Label();
    private final TextArea note = new TextArea();
    private final FlowPane tagChips = new FlowPane(4, 4);
    private final TextField tagInput = new TextField();
    private Runnable leaveEditor = () -> { };
    private java.util.function.Function<String, String> colorMeaning = key -> key;
    /** Medium length: the reader's own order of day, month and year, with all four digits of the year. */
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM);
    private final FlowPane colors = new FlowPane(4, 4);
    private final Button delete = new Button("Delete");
    private final VBox editor;
    private final Label anchorHint = new Label();
    private final Button reattach = new Button("Re-attach to selection");
    private final Button acceptMatch = new Button("Accept match");
    private final VBox anchorBox;
    private java.util.function.Supplier<javafx.scene.control.IndexRange> textSelection = () -> null;
    private final VBox root;
    private final PauseTransition noteSaver = new PauseTransition(NOTE_SAVE_DELAY);
    private boolean updating;
    /** The annotation whose note is in the editor. */
    private String editingId;
    /** How many of the open document's annotations are highlights (not bookmarks). */
    private final javafx.beans.property.IntegerProperty highlightCount =
            new javafx.beans.property.SimpleIntegerProperty();

    /** Whether the list shows an annotation: highlights of the shown authors (bookmarks are listed in Contents). */
    private boolean listed(Annotation a) {
        return !a.isBookmark() && model.isVisible(a);
    }

    public AnnotationSidebar(AnnotationsViewModel model) {
        this.model = model;
        this.filter = new AnnotationFilter(model.annotations());
        filter.setLayers(this::listed);
        model.hiddenAuthors().addListener((javafx.collections.SetChangeListener<String>) c ->
                filter.setLayers(this::listed));
        list.setId("annotation-list");
        list.setItems(filter.sorted());
        list.setCellFactory(v -> new AnnotationCell(model::displayColor, this::meta));
        filter.setColorOf(model::displayColor);
        model.tagColoringProperty().addListener((obs, old, now) -> {
            filter.setColorOf(model::displayColor); // the same colours, filtered again
            list.refresh();
        });
        Label placeholder = new Label("No annotations yet.\nSelect text and press 1\u20138 to highlight it.");
        placeholder.setWrapText(true);
        placeholder.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        placeholder.getStyleClass().add("placeholder");
        list.setPlaceholder(placeholder);
        list.setAccessibleText("Annotations");
        header.getStyleClass().add("sidebar-header");
        // bookmarks are listed in Contents; counted as the list changes, not by a pass over a long book's list
        highlightCount.set((int) model.annotations().stream().filter(a -> !a.isBookmark()).count());
        model.annotations().addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            int count = highlightCount.get();
            while (c.next()) {
                count -= (int) c.getRemoved().stream().filter(a -> !a.isBookmark()).count();
                count += (int) c.getAddedSubList().stream().filter(a -> !a.isBookmark()).count();
            }
            highlightCount.set(count);
        });
        header.textProperty().bind(Bindings.createStringBinding(() -> {
            int shown = filter.sorted().size();
            int all = highlightCount.get();
            // counts shown to the reader: grouped in the reader's own locale
            return shown == all ? String.format("Annotations (%,d)", all)
                    : String.format("Annotations (%,d of %,d)", shown, all);
        }, filter.sorted(), highlightCount));

        note.setId("note-editor");
        note.setPromptText("Note (Markdown)\u2026");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        // the editor grows with the note, up to a screenful, rather than scrolling three lines
        note.textProperty().addListener((obs, old, text) -> note.setPrefRowCount(noteRows(text)));
        note.setAccessibleText("Note");
        // the typed note is the view model's draft; a pause in typing or leaving the editor saves it
        noteSaver.setOnFinished(e -> model.flushNote());
        note.textProperty().addListener((obs, old, text) -> {
            if (!updating) {
                model.editNote(text);
                noteSaver.playFromStart();
            }
        });
        note.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                noteSaver.stop();
                model.flushNote();
            }
        });

        tagInput.setId("tag-input");
        tagInput.setPromptText("Add tag (Enter)\u2026");
        tagInput.setAccessibleText("Add tag");
        tagInput.setOnAction(e -> addTypedTags());
        tagInput.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                // what was typed is dropped, and the keys go back to reading
                tagInput.clear();
                leaveEditor.run();
                e.consume();
            }
        });
        tagInput.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                addTypedTags();
            }
        });

        for (HighlightColor c : HighlightColor.palette()) {
            Button b = new Button();
            b.getStyleClass().addAll("color-button", "swatch-" + c.key());
            b.setId("sidebar-color-" + c.key());
            org.glossa.ui.Tips.on(b, "Colour: " + c.key());
            b.setAccessibleText("Colour " + c.key());
            b.setOnAction(e -> {
                Annotation a = model.selected();
                if (a != null) {
                    model.setColor(a, c.key());
                }
            });
            colors.getChildren().add(b);
        }
        delete.setId("delete-annotation");
        delete.getStyleClass().add("danger");
        delete.setOnAction(e -> {
            Annotation a = model.selected();
            if (a != null) {
                model.delete(a);
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label colorLabel = new Label("Colour");
        HBox bottom = new HBox(6, spacer, delete);

        anchorHint.setWrapText(true);
        anchorHint.getStyleClass().add("anchor-hint");
        reattach.setId("reattach");
        reattach.setOnAction(e -> {
            Annotation a = model.selected();
            javafx.scene.control.IndexRange range = textSelection.get();
            if (a != null && range != null) {
                model.reattach(a, range.getStart(), range.getEnd());
            }
        });
        acceptMatch.setId("accept-match");
        acceptMatch.setOnAction(e -> {
            Annotation a = model.selected();
            if (a != null) {
                model.acceptMatch(a);
            }
        });
        anchorBox = new VBox(6, anchorHint, new HBox(6, reattach, acceptMatch));
        anchorBox.getStyleClass().add("anchor-box");
        anchorBox.setVisible(false);
        anchorBox.setManaged(false);
        Label noteLabel = new Label("Note");
        noteLabel.setLabelFor(note);
        Label tagsLabel = new Label("Tags");
        tagsLabel.setLabelFor(tagInput);
        editor = new VBox(6, anchorBox, colorLabel, colors, noteLabel, note, tagsLabel, tagChips, tagInput, bottom);
        editor.getStyleClass().add("annotation-editor");
        editor.setPadding(new Insets(8));
        editor.disableProperty().bind(model.selectedProperty().isNull());

        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(header, filter.node(), list, editor);
        root.getStyleClass().add("sidebar");
        root.setMinWidth(220);

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, a) -> {
            if (!updating && a != null && (model.selected() == null || !model.selected().id().equals(a.id()))) {
                model.selectedProperty().set(a);
            }
        });
        model.selectedProperty().addListener((obs, old, a) -> showInEditor(a));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && model.selected() != null) {
                model.delete(model.selected());
                e.consume();
            }
        });
    }

    public VBox node() {
        return root;
    }

    /** The date in the reader's locale with a four-digit year, and what the colour means in the codebook. */
    private String meta(Annotation a) {
        String date = a.created() == null ? "" : DATE.format(a.created().atZoneSameInstant(
                java.time.ZoneId.systemDefault()));
        String color = colorMeaning.apply(a.color());
        return date.isEmpty() ? color : date + " \u00b7 " + color;
    }

    /** Names the colours by their codebook meanings (and shows the list again when they change). */
    public void nameColorsBy(java.util.function.Function<String, String> meaningOfKey) {
        colorMeaning = meaningOfKey;
        list.refresh();
    }

    /** What Escape in the tag field does after clearing it: give the keys back to the reader. */
    public void onLeaveEditor(Runnable leave) {
        leaveEditor = leave;
    }

    /** Adds a section to the editor above the Delete button (the links between annotations live there). */
    public void addEditorSection(javafx.scene.Node section) {
        editor.getChildren().add(editor.getChildren().size() - 1, section);
    }

    public ListView<Annotation> list() {
        return list;
    }

    /** Filters the list down to orphans and fuzzy matches. */
    public void showNeedingAttention() {
        filter.showNeedingAttention();
    }

    /** Rows for a note: its lines, a long one counted as the lines it wraps to (about 40 characters each). */
    static int noteRows(String text) {
        int rows = 0;
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            rows += Math.max(1, (line.length() + 39) / 40);
        }
        return Math.max(3, Math.min(16, rows + 1));
    }

    /** Puts the keyboard in the note editor of the selected annotation. */
    public void focusNote() {
        note.requestFocus();
        note.positionCaret(note.getLength());
    }

    public void focusTags() {
        tagInput.requestFocus();
    }

    /**
     * Completes tag names as they are typed, from the library's tags. The completion (a popup of
     * its own) is set up when the field is first focused, not while the window starts.
     */
    public void suggestTagsFrom(javafx.collections.ObservableList<String> names) {
        javafx.beans.value.ChangeListener<Boolean> bindOnFocus = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean was, Boolean is) {
                if (is) {
                    tagInput.focusedProperty().removeListener(this);
                    // choosing a suggestion (Enter or a click) adds the tag: no second Enter
                    org.controlsfx.control.textfield.TextFields.bindAutoCompletion(tagInput, request ->
                            org.glossa.ui.tags.TagsViewModel.suggestions(List.copyOf(names), request.getUserText()))
                            .setOnAutoCompleted(done -> addTypedTags());
                }
            }
        };
        tagInput.focusedProperty().addListener(bindOnFocus);
    }

    /** Where the sidebar reads the text the user selected, to re-attach an annotation to it. */
    public void readSelectionFrom(java.util.function.Supplier<javafx.scene.control.IndexRange> selection) {
        textSelection = selection;
    }

    private void showAnchorActions(Annotation a) {
        boolean orphan = a != null && a.status() == org.glossa.model.AnchorStatus.ORPHANED;
        boolean fuzzy = a != null && a.status() == org.glossa.model.AnchorStatus.FUZZY;
        anchorBox.setVisible(orphan || fuzzy);
        anchorBox.setManaged(orphan || fuzzy);
        acceptMatch.setVisible(fuzzy);
        acceptMatch.setManaged(fuzzy);
        anchorHint.setText(orphan
                ? "This passage is no longer in the text. Select where it belongs now, then re-attach it."
                : fuzzy ? "Attached to a similar passage: check it, then accept the match or re-attach it." : "");
    }

    private void showInEditor(Annotation a) {
        showAnchorActions(a);
        updating = true;
        try {
            if (a == null) {
                list.getSelectionModel().clearSelection();
                note.setText("");
                tagChips.getChildren().clear();
                editingId = null;
                return;
            }
            int index = indexOf(a);
            if (index >= 0 && list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().select(index);
                list.scrollTo(index);
            }
            if (!a.id().equals(editingId) || !note.isFocused() && !model.hasUnsavedNote()) {
                note.setText(a.note());
                editingId = a.id();
            }
            tagChips.getChildren().setAll(a.tags().stream().map(this::chip).toList());
        } finally {
            updating = false;
        }
    }

    /**
     * Where the list shows the annotation with {@code a}'s id, or -1: looked up by the list's own
     * order first (a long book lists thousands), then, for a copy that sorts elsewhere (another
     * modified time), by a pass over the list.
     */
    private int indexOf(Annotation a) {
        List<Annotation> items = list.getItems();
        java.util.Comparator<? super Annotation> order = filter.sorted().getComparator();
        if (order != null && items == filter.sorted()) {
            int at = java.util.Collections.binarySearch(items, a, order);
            int from = at >= 0 ? at : -at - 1;
            for (int i = from; i < items.size() && order.compare(items.get(i), a) == 0; i++) {
                if (items.get(i).id().equals(a.id())) {
                    return i;
                }
            }
            for (int i = from - 1; i >= 0 && order.compare(items.get(i), a) == 0; i--) {
                if (items.get(i).id().equals(a.id())) {
                    return i;
                }
            }
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(a.id())) {
                return i;
            }
        }
        return -1;
    }

    private HBox chip(String tag) {
        Label name = new Label(tag);
        Button remove = new Button("\u00d7");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText("Remove tag " + tag);
        remove.setOnAction(e -> {
            Annotation a = model.selected();
            if (a != null) {
                List<String> tags = new ArrayList<>(a.tags());
                tags.remove(tag);
                model.setTags(a, tags);
            }
        });
        HBox chip = new HBox(2, name, remove);
        chip.getStyleClass().add("tag-chip");
        return chip;
    }

    private void addTypedTags() {
        Annotation a = model.selected();
        List<String> typed = TagNames.parse(tagInput.getText());
        if (a == null || typed.isEmpty()) {
            return;
        }
        List<String> tags = new ArrayList<>(a.tags());
        tags.addAll(typed);
        tagInput.clear();
        model.setTags(a, TagNames.normalizeAll(tags));
    }
}

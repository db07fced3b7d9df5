package org.glossa.ui.memo;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import org.glossa.ui.ToolWindows;
import org.glossa.ui.annotations.NoteView;

/**
 * The memo window (Library › Project memo…, Memo on this document…, Memos…, and a tag's memo
 * from the Tags dialog): the memos with a search on the left, the memo's Markdown on the right
 * with its preview rendered as notes are. It saves as one types.
 */
public final class MemoWindow {
    /** How long typing pauses before the memo is saved. */
    static final Duration SAVE_AFTER = Duration.millis(600);

    private final MemosViewModel model;
    private final Stage stage = new Stage();
    private final TextField search = new TextField();
    private final ListView<MemosViewModel.Listed> list = new ListView<>();
    private final TextField title = new TextField();
    private final TextArea body = new TextArea();
    private final TextFlow preview = new TextFlow();
    /** Whether the editor is being filled from the model (not typed by the user). */
    private boolean filling;

    public MemoWindow(Window owner, MemosViewModel model) {
        this.model = model;
        search.setId("memo-search");
        search.setPromptText("Search memos\u2026");
        search.setAccessibleText("Search memos");
        PauseTransition searchLater = new PauseTransition(Duration.millis(250));
        searchLater.setOnFinished(e -> model.search(search.getText()));
        search.textProperty().addListener((obs, old, t) -> searchLater.playFromStart());

        list.setId("memo-list");
        list.setAccessibleText("Memos");
        list.setPlaceholder(new Label("No memos yet."));
        list.setItems(model.memos());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(MemosViewModel.Listed m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.line());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, m) -> {
            if (m != null) {
                model.select(m);
            }
        });
        Button projectMemo = new Button("Project memo");
        projectMemo.setId("memo-project");
        projectMemo.setTooltip(new Tooltip("The memo about the library as a whole"));
        projectMemo.setOnAction(e -> model.openFor(MemoTarget.project()));
        VBox left = new VBox(6, search, list, projectMemo);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label about = new Label();
        about.setId("memo-about");
        about.getStyleClass().add("memo-about");
        about.textProperty().bind(model.aboutProperty());
        title.setId("memo-title");
        title.setPromptText("Title");
        title.setAccessibleText("Memo title");
        body.setId("memo-body");
        body.setPromptText("Write the memo in Markdown: *italic*, **bold**, `code`, [links](https://\u2026)");
        body.setAccessibleText("Memo text (Markdown)");
        body.setWrapText(true);
        preview.setId("memo-preview");
        preview.getStyleClass().add("note");
        preview.setPadding(new Insets(6));
        ScrollPane previewPane = new ScrollPane(preview);
        previewPane.setFitToWidth(true);
        previewPane.getStyleClass().add("note");
        Label readOnly = new Label("Another author's memo: shown, not changed.");
        readOnly.setId("memo-read-only");
        readOnly.visibleProperty().bind(model.editableProperty().not().and(model.currentProperty().isNotNull()));
        readOnly.managedProperty().bind(readOnly.visibleProperty());
        Button delete = new Button("Delete memo");
        delete.setId("memo-delete");
        delete.disableProperty().bind(model.editableProperty().not());
        delete.setOnAction(e -> model.delete());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, about, spacer, delete);
        Label previewTitle = new Label("Preview");
        previewTitle.getStyleClass().add("hint");
        VBox previewBox = new VBox(2, previewTitle, previewPane);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        SplitPane editor = new SplitPane(body, previewBox);
        editor.setOrientation(Orientation.VERTICAL);
        editor.setDividerPositions(0.6);
        VBox right = new VBox(6, header, readOnly, title, editor);
        VBox.setVgrow(editor, Priority.ALWAYS);
        title.disableProperty().bind(model.editableProperty().not());
        body.editableProperty().bind(model.editableProperty());

        // saved as one types: after a pause, and at once when the window hides
        PauseTransition saveLater = new PauseTransition(SAVE_AFTER);
        saveLater.setOnFinished(e -> model.flush());
        Runnable typed = () -> {
            if (!filling) {
                model.type(title.getText(), body.getText());
                saveLater.playFromStart();
            }
            NoteView.renderMarkdown(preview, body.getText());
        };
        title.textProperty().addListener((obs, old, t) -> typed.run());
        body.textProperty().addListener((obs, old, t) -> typed.run());
        model.currentProperty().addListener((obs, old, m) -> {
            if (m == null || old == null || !m.id().equals(old.id()) || !typedHere(m)) {
                fill(m);
            }
            markCurrent();
        });
        // the memo in the editor stays marked in the list when the list is loaded again
        model.memos().addListener((javafx.collections.ListChangeListener<MemosViewModel.Listed>) c -> markCurrent());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            saveLater.stop();
            model.flush();
        });

        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.32);
        VBox root = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setPadding(new Insets(8));
        ToolWindows.setUp(stage, owner, "Memos", root, 1000, 640, search::requestFocus);
    }

    private void markCurrent() {
        Memo m = model.currentProperty().get();
        MemosViewModel.Listed selected = list.getSelectionModel().getSelectedItem();
        if (m == null || (selected != null && selected.memo().id().equals(m.id()))) {
            return;
        }
        model.memos().stream().filter(l -> l.memo().id().equals(m.id())).findFirst()
                .ifPresentOrElse(l -> list.getSelectionModel().select(l), () -> list.getSelectionModel().clearSelection());
    }

    /** Whether the editor already shows what the model holds (the change came from typing here). */
    private boolean typedHere(Memo m) {
        return m.title().equals(title.getText()) && m.body().equals(body.getText());
    }

    private void fill(Memo m) {
        filling = true;
        try {
            title.setText(m == null ? "" : m.title());
            body.setText(m == null ? "" : m.body());
        } finally {
            filling = false;
        }
        NoteView.renderMarkdown(preview, body.getText());
    }

    /** Shows the window with every memo listed and {@code target}'s memo in the editor (null: none chosen). */
    public void show(MemoTarget target) {
        model.refreshList();
        if (target != null) {
            model.openFor(target);
        }
        stage.show();
        stage.toFront();
        if (target != null) {
            body.requestFocus();
        } else {
            search.requestFocus();
        }
    }

    public Stage stage() {
        return stage;
    }

    public MemosViewModel model() {
        return model;
    }
}

package org.glossa.ui.search;

import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.glossa.core.search.SearchHit;
import org.glossa.ui.ListWrapping;

/**
 * The search panel: a query field searched as the user types (after a short pause), the
 * ranked hits with the matched words in bold, each saying whether it is in the text or in an
 * annotation, and Enter or a click to open one.
 */
public final class SearchPanel {
    /** Long enough not to search on every key, short enough to feel immediate. */
    private static final Duration TYPING_PAUSE = Duration.millis(250);
    /** The query language in one line, for tooltips wherever a query is typed. */
    public static final String SYNTAX = "Words, \"a phrase\", prefix*, tag:claim, color:yellow, note:word, "
            + "author:name, in:collection";

    private final SearchViewModel model;
    private final TextField query = new TextField();
    private final ListView<SearchHit> results = new ListView<>();
    private final Label summary = new Label();
    private final VBox root;
    private final PauseTransition pause = new PauseTransition(TYPING_PAUSE);

    public SearchPanel(SearchViewModel model, Consumer<SearchHit> open, Runnable close) {
        this.model = model;
        query.setId("search-query");
        query.setPromptText("Search the library\u2026");
        org.glossa.ui.Tips.on(query, SYNTAX);
        query.setAccessibleText("Search the library");
        query.setAccessibleHelp(SYNTAX);
        pause.setOnFinished(e -> model.search(query.getText()));
        query.textProperty().addListener((obs, old, text) -> pause.playFromStart());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pause.stop();
                if (!results.getItems().isEmpty()) {
                    results.getSelectionModel().selectFirst();
                    results.requestFocus();
                } else {
                    model.search(query.getText());
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                results.getSelectionModel().selectFirst();
                results.requestFocus();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        summary.setId("search-summary");
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(model.summaryProperty());
        results.setId("search-results");
        results.setItems(model.hits());
        results.setAccessibleText("Search results");
        Label placeholder = new Label("Type to search the text, notes and tags\nof every document.");
        placeholder.setWrapText(true);
        results.setPlaceholder(placeholder);
        results.setCellFactory(v -> new HitCell());
        results.setOnMouseClicked(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            // one click opens, as in the library list and the claims table of other readers
            if (e.getClickCount() == 1 && hit != null && e.isStillSincePress()) {
                open.accept(hit);
            }
        });
        results.setOnKeyPressed(e -> {
            SearchHit hit = results.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && hit != null) {
                open.accept(hit);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close.run();
                e.consume();
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        root = new VBox(6, query, summary, results);
        root.setPadding(new Insets(6));
        root.getStyleClass().add("search-panel");
        root.setMinWidth(160);
    }

    public VBox node() {
        return root;
    }

    public TextField queryField() {
        return query;
    }

    public ListView<SearchHit> results() {
        return results;
    }

    /** Puts the caret in the query field with its text selected, ready to type over. */
    public void focus() {
        query.requestFocus();
        query.selectAll();
    }

    private static final class HitCell extends ListCell<SearchHit> {
        private final Label kind = new Label();
        private final Label title = new Label();
        private final TextFlow snippet = new TextFlow();
        private final VBox box = new VBox(2, kind, title, snippet);

        HitCell() {
            title.getStyleClass().add("hit-title");
            snippet.getStyleClass().add("hit-snippet");
            box.setPadding(new Insets(3, 2, 3, 2));
            // wrap the snippet to the list's width rather than widening the list
            title.setWrapText(true);
            ListWrapping.wrapToList(this, 28, title, snippet);
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            if (empty || hit == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            boolean inAnnotation = hit.kind() == SearchHit.Kind.ANNOTATION;
            // a hit in a note or tag reads differently from one in the document's own text
            kind.setText(inAnnotation ? "\u270e In an annotation" : "\u00b6 In the text");
            kind.getStyleClass().setAll("label", "hit-kind", inAnnotation ? "hit-kind-annotation" : "hit-kind-text");
            getStyleClass().removeAll("hit-in-annotation", "hit-in-text");
            getStyleClass().add(inAnnotation ? "hit-in-annotation" : "hit-in-text");
            title.setText(hit.title());
            snippet.getChildren().clear();
            for (SearchViewModel.Segment s : SearchViewModel.segments(hit)) {
                Text t = new Text(s.text());
                t.getStyleClass().add(s.hit() ? "hit-mark" : "hit-text");
                snippet.getChildren().add(t);
            }
            setGraphic(box);
            setAccessibleText(hit.title() + ": " + hit.snippet());
        }
    }
}

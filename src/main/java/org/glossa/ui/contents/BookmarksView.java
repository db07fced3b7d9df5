package org.glossa.ui.contents;

import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossa.model.Annotation;
import org.glossa.ui.annotations.AnnotationsViewModel;

/**
 * The open document's bookmarks, in reading order: where each is (page or per cent) and the
 * words it begins at. A click goes there; Delete removes the chosen one (Undo brings it back).
 */
public final class BookmarksView {
    private static final int WORDS_MAX = 70;

    private final ListView<Annotation> list = new ListView<>();

    /** {@code where} names a bookmark's place ("p. 12", "42%"). */
    public BookmarksView(AnnotationsViewModel annotations, IntConsumer jumpTo, Function<Annotation, String> where) {
        list.setId("bookmark-list");
        list.getStyleClass().add("bookmark-list");
        list.setAccessibleText("Bookmarks");
        list.setPrefHeight(150);
        list.setMinHeight(60);
        Label empty = new Label("No bookmarks yet.\nCtrl+D bookmarks the place you are reading.");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setItems(new FilteredList<>(annotations.annotations(), Annotation::isBookmark));
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list, the words cut with an ellipsis: no sideways scrolling
            }

            @Override
            protected void updateItem(Annotation a, boolean none) {
                super.updateItem(a, none);
                if (none || a == null) {
                    setText(null);
                    return;
                }
                String words = a.quote().exact().replace('\n', ' ').strip();
                if (words.length() > WORDS_MAX) {
                    words = words.substring(0, WORDS_MAX) + "\u2026";
                }
                setText(where.apply(a) + " \u00b7 " + words);
            }
        });
        list.setOnMouseClicked(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a != null) {
                jumpTo.accept(a.start());
            }
        });
        list.setOnKeyPressed(e -> {
            Annotation a = list.getSelectionModel().getSelectedItem();
            if (a == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                jumpTo.accept(a.start());
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                annotations.delete(a);
                e.consume();
            }
        });
    }

    public ListView<Annotation> node() {
        return list;
    }
}

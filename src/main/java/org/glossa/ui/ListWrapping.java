package org.glossa.ui;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/**
 * Wrapped text in a list's rows, sized from the list's width. A row whose text wraps to the
 * row's own width is measured before that width is known (as one very tall row), so the list
 * stops adding rows after the first few and shows the rest only once something lays it out
 * again; the list's width is known before any row is made.
 */
public final class ListWrapping {
    private ListWrapping() {
    }

    /** Wraps {@code parts} of {@code cell} at the width of its list less {@code inset}. */
    public static void wrapToList(ListCell<?> cell, double inset, Region... parts) {
        cell.setPrefWidth(0);
        cell.listViewProperty().addListener((obs, old, list) -> {
            for (Region part : parts) {
                part.prefWidthProperty().unbind();
                part.maxWidthProperty().unbind();
                if (list != null) {
                    part.prefWidthProperty().bind(list.widthProperty().subtract(inset));
                    part.maxWidthProperty().bind(list.widthProperty().subtract(inset));
                    part.setMinHeight(Region.USE_PREF_SIZE);
                }
            }
        });
    }
}

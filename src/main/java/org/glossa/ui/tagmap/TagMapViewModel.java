package org.glossa.ui.tagmap;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.glossa.core.Library;
import org.glossa.core.organize.TagMatrix;
import org.glossa.ui.Background;
import org.glossa.ui.LatestAnswer;
import org.glossa.ui.StatusLine;

/** The tag overview's state: the tags x documents matrix for a filter. Knows no control. */
public final class TagMapViewModel {
    private final Library library;
    private final LatestAnswer latest;
    private final StatusLine status;
    private final ObjectProperty<TagMatrix> matrix = new SimpleObjectProperty<>();

    public TagMapViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.latest = new LatestAnswer(background);
        this.status = status;
    }

    public ObjectProperty<TagMatrix> matrixProperty() {
        return matrix;
    }

    public void load(String query) {
        latest.ask(() -> library.tags().matrix(query == null ? "" : query), matrix::set, status::error);
    }

    /**
     * How dark a cell is, 0 (empty) to 1 (the largest count). Square root, so that one mention
     * beside a hundred still shows; any count above zero gets at least a visible tint.
     */
    public static double shade(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(0.12, Math.sqrt(count / (double) max));
    }
}

package org.glossa.ui.claims;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.claims.ClaimRow;
import org.glossa.core.claims.ClaimsCsv;
import org.glossa.ui.Background;
import org.glossa.ui.LatestAnswer;
import org.glossa.ui.StatusLine;

/**
 * The claims table's state: the annotations across the library that match a filter (the
 * search query language), and handing them over as TSV or a CSV file. Knows no control.
 */
public final class ClaimsViewModel {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final LatestAnswer latest;
    private String query = "";

    private Long onlyDocument;
    private String onlyTitle;

    public ClaimsViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.latest = new LatestAnswer(background);
        this.status = status;
    }

    public ObservableList<ClaimRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Limits the rows to one document (null: every document) from the next {@link #filter} on. */
    public void onlyDocument(Long documentId, String title) {
        onlyDocument = documentId;
        onlyTitle = title;
    }

    /** Loads the rows matching {@code filter} (blank = every annotation). */
    public void filter(String filter) {
        query = filter == null ? "" : filter;
        String q = query;
        Long only = onlyDocument;
        String title = onlyTitle;
        latest.ask(() -> library.claims().rows(q).stream()
                .filter(r -> only == null || r.documentId() == only).toList(), loaded -> {
            rows.setAll(loaded);
            summary.set(loaded.size() + (loaded.size() == 1 ? " annotation" : " annotations")
                    + (only == null ? "" : " in \u201c" + title + "\u201d"));
        }, message -> {
            rows.clear();
            summary.set(message);
        });
    }

    public void refresh() {
        filter(query);
    }

    /** The rows as tab-separated text, for pasting into a spreadsheet. */
    public static String tsv(List<ClaimRow> rows) {
        return ClaimsCsv.toTsv(rows);
    }

    /** Writes the current filter's rows to a CSV file (with a BOM so spreadsheets read UTF-8). */
    public void exportCsv(Path file) {
        String q = query;
        background.run(() -> library.claims().exportCsv(q, file, true),
                n -> status.info("Exported " + n + " annotation" + (n == 1 ? "" : "s") + " to " + file.getFileName() + "."));
    }
}

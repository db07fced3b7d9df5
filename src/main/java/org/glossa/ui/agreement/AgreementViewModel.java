package org.glossa.ui.agreement;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.agreement.AgreementReport;
import org.glossa.ui.Background;

/**
 * The coders' agreement window's state: the figures per code (and all codes pooled, last), and
 * the passages where coders differ on the chosen code. Knows no control.
 */
public final class AgreementViewModel {
    /** The label of the pooled row. */
    public static final String ALL_CODES = "All codes";

    private final Library library;
    private final Background background;
    private final ObservableList<AgreementReport.CodeAgreement> rows = FXCollections.observableArrayList();
    private final ObservableList<AgreementReport.Disagreement> passages = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private AgreementReport report;
    private AgreementReport.CodeAgreement chosen;

    public AgreementViewModel(Library library, Background background) {
        this.library = library;
        this.background = background;
    }

    /** One row per code, then the pooled row (its code is ""). */
    public ObservableList<AgreementReport.CodeAgreement> rows() {
        return rows;
    }

    /** The passages where coders differ on the chosen code (and its descendants), or on any. */
    public ObservableList<AgreementReport.Disagreement> passages() {
        return passages;
    }

    /** Who was compared and on how many documents, or why nothing could be. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Measures again, every coder and every code. */
    public void refresh() {
        background.submit(() -> library.agreement().compute(null, null), r -> {
            report = r;
            rows.setAll(r.codes());
            rows.add(r.overall());
            summary.set(summaryOf(r));
            choose(chosen == null ? null : rows.stream().filter(x -> x.code().equals(chosen.code())).findFirst()
                    .orElse(null));
        }, failure -> {
            report = null;
            rows.clear();
            passages.clear();
            summary.set(failure instanceof GlossaException ? failure.getMessage()
                    : "Agreement could not be measured: " + failure.getMessage());
        });
    }

    /** Shows the passages of one row's code ({@code null} or the pooled row: every code). */
    public void choose(AgreementReport.CodeAgreement row) {
        chosen = row;
        if (report == null) {
            passages.clear();
            return;
        }
        String code = row == null ? "" : row.code().toLowerCase(Locale.ROOT);
        passages.setAll(report.disagreements().stream().filter(d -> code.isEmpty()
                || d.code().toLowerCase(Locale.ROOT).equals(code)
                || d.code().toLowerCase(Locale.ROOT).startsWith(code + "/")).toList());
    }

    static String summaryOf(AgreementReport r) {
        List<String> names = r.coders().stream().map(AgreementViewModel::name).toList();
        int docs = r.documents().size();
        return "Coders: " + String.join(", ", names) + " \u00b7 " + (docs == 0
                ? "no document was coded by two or more of them"
                : docs + (docs == 1 ? " document" : " documents") + " compared, each character a unit");
    }

    /** The row's name as the table shows it. */
    public static String label(AgreementReport.CodeAgreement row) {
        return row.code().isEmpty() ? ALL_CODES : row.code();
    }

    /** A share as a percentage with one decimal, "—" where it is not defined. */
    public static String percent(double share) {
        return Double.isNaN(share) ? "\u2014" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    /** A coefficient with three decimals, "—" where it is not defined. */
    public static String coefficient(double value) {
        return Double.isNaN(value) ? "\u2014" : String.format(Locale.ROOT, "%.3f", value);
    }

    /** One line for a passage: where, which code, who coded it and who did not, and its words. */
    public static String describe(AgreementReport.Disagreement d) {
        String quote = d.quote().replaceAll("\\s+", " ").strip();
        if (quote.length() > 90) {
            quote = quote.substring(0, 90) + "\u2026";
        }
        return d.documentTitle() + " \u00b7 " + d.start() + "\u2013" + d.end() + " \u00b7 " + d.code()
                + " \u00b7 coded by " + String.join(", ", d.with().stream().map(AgreementViewModel::name).toList())
                + ", not by " + String.join(", ", d.without().stream().map(AgreementViewModel::name).toList())
                + " \u00b7 \u201c" + quote + "\u201d";
    }

    private static String name(String author) {
        return author.isEmpty() ? "(no author)" : author;
    }
}

package org.glossa.ui.annotations;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;

/** One annotation in the sidebar: a colour bar, the quote, the note, the tags. */
final class AnnotationCell extends ListCell<Annotation> {
    private static final int QUOTE_MAX = 220;
    private static final double TEXT_INSET = 48;

    private final Region swatch = new Region();
    private final Label quote = new Label();
    private final javafx.scene.text.TextFlow note = new javafx.scene.text.TextFlow();
    private final FlowPane tags = new FlowPane(4, 4);
    private final Label status = new Label();
    private final Label meta = new Label();
    private final VBox body = new VBox(4, status, quote, note, tags, meta);
    private final HBox root = new HBox(8, swatch, body);
    private final java.util.function.Function<Annotation, String> colorOf;
    private final java.util.function.Function<Annotation, String> metaOf;
    /**
     * The annotation whose quote, note and tags the cell shows: the list updates its cells on
     * every change of the list, and an annotation is immutable, so they are built once for it.
     */
    private Annotation shown;

    /** {@code metaOf} gives the line under the annotation: its date and its colour's meaning. */
    AnnotationCell(java.util.function.Function<Annotation, String> colorOf,
            java.util.function.Function<Annotation, String> metaOf) {
        this.colorOf = colorOf;
        this.metaOf = metaOf;
        meta.getStyleClass().add("annotation-meta");
        getStyleClass().add("annotation-cell");
        swatch.getStyleClass().add("swatch");
        swatch.setMinWidth(5);
        swatch.setPrefWidth(5);
        quote.getStyleClass().add("quote");
        quote.setWrapText(true);
        note.getStyleClass().add("note");
        status.getStyleClass().add("status-badge");
        body.setFillWidth(true);
        HBox.setHgrow(body, Priority.ALWAYS);
        root.setPadding(new Insets(6, 4, 6, 0));
        quote.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
        listViewProperty().addListener((obs, old, list) -> {
            if (list != null) {
                // wrap to the list's width, not the cell's: the cell's width is what is being computed
                quote.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
                note.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
                tags.prefWrapLengthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
            }
        });
    }

    @Override
    protected void updateItem(Annotation a, boolean empty) {
        super.updateItem(a, empty);
        if (empty || a == null) {
            shown = null;
            setGraphic(null);
            setText(null);
            setAccessibleText(null);
            return;
        }
        String swatchClass = "swatch-" + colorOf.apply(a);
        if (swatch.getStyleClass().size() != 2 || !swatch.getStyleClass().get(1).equals(swatchClass)) {
            swatch.getStyleClass().setAll("swatch", swatchClass);
        }
        meta.setText(metaOf.apply(a));
        setText(null);
        setGraphic(root);
        if (a == shown) {
            return; // the list changed elsewhere: this annotation (immutable) is drawn already
        }
        shown = a;
        String q = a.quote().exact().replace('\n', ' ');
        quote.setText(Quotes.quoted(q.length() > QUOTE_MAX ? q.substring(0, QUOTE_MAX) + "\u2026" : q));
        NoteView.render(note, a);
        note.setVisible(!a.note().isEmpty());
        note.setManaged(!a.note().isEmpty());
        tags.getChildren().setAll(a.tags().stream().map(t -> {
            Label chip = new Label(t);
            chip.getStyleClass().add("tag-chip");
            return chip;
        }).toList());
        tags.setVisible(!a.tags().isEmpty());
        tags.setManaged(!a.tags().isEmpty());
        boolean flagged = a.status() != AnchorStatus.ANCHORED;
        status.setText(a.status() == AnchorStatus.FUZZY ? "needs review" : "orphaned");
        status.setVisible(flagged);
        status.setManaged(flagged);
        setAccessibleText("Highlight " + a.color() + ": " + q + (a.note().isEmpty() ? "" : ". Note: " + a.note()));
    }
}

package org.glossa.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.IndexRange;
import javafx.scene.text.Font;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.Caret;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.util.UndoUtils;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.model.DocumentContent;
import org.glossa.model.TextDirection;
import org.glossa.ui.annotations.AnnotationsViewModel;

/**
 * The reading pane: the document's text exactly as stored, with its structure and highlights as
 * style classes. Built in one pass when a document opens; afterwards only the paragraphs an
 * annotation change touches are restyled.
 */
public final class ReaderView {
    /** The widest a column of text gets, in pixels at the default size: about 70 characters. */
    private static final double MEASURE = 720;
    private static final List<String> SERIF_FAMILIES = List.of("Source Serif 4", "Charter", "Georgia",
            "Noto Serif", "Liberation Serif", "DejaVu Serif", "Times New Roman");

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReaderStyles styles = new ReaderStyles();
    private final AnnotationsViewModel annotations;
    private Document document;
    private double fontSize = 17;

    public ReaderView(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        area.setId("reader");
        area.getStyleClass().add("reader");
        area.setEditable(false);
        area.setWrapText(true);
        area.setUndoManager(UndoUtils.noOpUndoManager());
        area.setAccessibleText("Document text");
        area.getCaretSelectionBind().setShowCaret(Caret.CaretVisibility.OFF);
        area.focusedProperty().addListener((obs, was, is) ->
                area.getCaretSelectionBind().setShowCaret(is ? Caret.CaretVisibility.ON : Caret.CaretVisibility.OFF));
        area.widthProperty().addListener((obs, old, w) -> updateMeasure());
        applyFont();
        annotations.annotations().addListener(this::onAnnotationsChanged);
        annotations.selectedProperty().addListener((obs, old, now) -> {
            List<int[]> ranges = new ArrayList<>();
            if (old != null) {
                ranges.add(new int[] {old.start(), old.end()});
            }
            if (now != null) {
                ranges.add(new int[] {now.start(), now.end()});
            }
            restyle(ranges);
        });
    }

    public VirtualizedScrollPane<StyleClassedTextArea> node() {
        return scroll;
    }

    public StyleClassedTextArea area() {
        return area;
    }

    public Document document() {
        return document;
    }

    /** Shows a document with its annotations, from the top (or from {@code paragraph}). */
    public void show(Document doc, int paragraph) {
        document = doc;
        DocumentContent content = doc.content();
        String text = content.text();
        List<ReaderStyles.Run> runs = styles.runs(content, annotations.annotations(), selectedId(), 0, text.length());
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        int runIndex = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            var spans = new org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>>();
            boolean any = false;
            while (runIndex < runs.size() && runs.get(runIndex).start() < lineEnd) {
                ReaderStyles.Run r = runs.get(runIndex);
                int s = Math.max(r.start(), lineStart);
                int e = Math.min(r.end(), lineEnd);
                if (e > s) {
                    spans.add(r.classes(), e - s);
                    any = true;
                }
                if (r.end() <= lineEnd) {
                    runIndex++;
                } else {
                    break;
                }
            }
            if (!any) {
                spans.add(List.of(), 0);
            }
            builder.addParagraph(text.substring(lineStart, lineEnd), spans.create(),
                    ReaderStyles.paragraphStyle(content, lineStart, lineEnd));
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> built = builder.build();
        area.replace(0, area.getLength(), built);
        area.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("rtl"),
                doc.info().direction() == TextDirection.RTL);
        area.moveTo(0);
        int par = Math.max(0, Math.min(paragraph, area.getParagraphs().size() - 1));
        area.showParagraphAtTop(par);
    }

    /** Empties the pane (no document open). */
    public void clear() {
        document = null;
        area.replaceText("");
    }

    /** The index of the first paragraph on screen, to reopen the document where the reader left it. */
    public int firstVisibleParagraph() {
        if (document == null || area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        return area.visibleParToAllParIndex(0);
    }

    public IndexRange selection() {
        return area.getSelection();
    }

    public void deselect() {
        area.deselect();
    }

    /** Scrolls so the annotation is in view and puts the caret at its start. */
    public void reveal(Annotation a) {
        if (document == null || a.end() > area.getLength()) {
            return;
        }
        int par = area.offsetToPosition(a.start(), TwoDimensional.Bias.Forward).getMajor();
        area.moveTo(a.start());
        area.showParagraphAtCenter(par);
    }

    /** The character under a point in the area's coordinates, if any. */
    public OptionalInt characterAt(double x, double y) {
        return area.hit(x, y).getCharacterIndex();
    }

    public void zoom(double factor) {
        fontSize = factor == 0 ? 17 : Math.max(10, Math.min(40, fontSize * factor));
        applyFont();
    }

    private void applyFont() {
        String family = pickSerif().orElse("Serif");
        area.setStyle("-fx-font-family: '" + family + "'; -fx-font-size: " + fontSize + "px;");
        updateMeasure();
    }

    static Optional<String> pickSerif() {
        List<String> available = Font.getFamilies();
        return SERIF_FAMILIES.stream().filter(available::contains).findFirst();
    }

    private void updateMeasure() {
        double w = area.getWidth();
        double measure = MEASURE * fontSize / 17;
        double side = Math.max(28, (w - measure) / 2);
        area.setPadding(new Insets(28, side, 48, side));
    }

    private String selectedId() {
        Annotation s = annotations.selected();
        return s == null ? null : s.id();
    }

    private void onAnnotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        List<int[]> ranges = new ArrayList<>();
        while (change.next()) {
            for (Annotation a : change.getRemoved()) {
                ranges.add(new int[] {a.start(), a.end()});
            }
            for (Annotation a : change.getAddedSubList()) {
                ranges.add(new int[] {a.start(), a.end()});
            }
        }
        restyle(ranges);
    }

    /** Restyles the paragraphs that contain the given ranges, and nothing else. */
    private void restyle(List<int[]> ranges) {
        if (document == null || ranges.isEmpty()) {
            return;
        }
        String text = document.text();
        if (area.getLength() != text.length()) {
            return;
        }
        for (int[] r : ranges) {
            int from = Math.max(0, Math.min(r[0], text.length()));
            int to = Math.max(from, Math.min(r[1], text.length()));
            from = from == 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
            int nl = text.indexOf('\n', to);
            to = nl < 0 ? text.length() : nl;
            if (to > from) {
                area.setStyleSpans(from, styles.spans(document.content(), annotations.annotations(), selectedId(),
                        from, to));
            }
        }
    }
}

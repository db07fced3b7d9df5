package org.glossa.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
    /** Past this many separate regions one restyle call over all of them is faster. */
    private static final int MAX_SEPARATE_RESTYLES = 64;
    private static final List<String> SERIF_FAMILIES = List.of("Source Serif 4", "Charter", "Georgia",
            "Noto Serif", "Liberation Serif", "DejaVu Serif", "Times New Roman");

    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
    private final ReaderStyles styles = new ReaderStyles();
    /** Page numbers, bookmark margin and pictures beside the paragraphs. */
    private final ParagraphGraphics graphics = new ParagraphGraphics(area);
    /** The document's title and byline above the text, which starts with neither. */
    private final javafx.scene.control.Label header = new javafx.scene.control.Label();
    private final AnnotationsViewModel annotations;
    private Document document;
    private ReaderStyles.Overlay overlay = ReaderStyles.Overlay.NONE;
    private ReaderSettings settings = ReaderSettings.defaults();

    public ReaderView(AnnotationsViewModel annotations) {
        this.annotations = annotations;
        header.setId("reader-header");
        header.getStyleClass().add("reader-header");
        header.setWrapText(true);
        header.setMaxWidth(Double.MAX_VALUE);
        header.setPadding(new Insets(8, 28, 0, 28));
        header.setVisible(false);
        header.setManaged(false);
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
        WordSnapping.install(area);
        apply(settings);
        styles.colorBy(annotations::displayColor);
        annotations.annotations().addListener(this::onAnnotationsChanged);
        annotations.tagColoringProperty().addListener((obs, old, now) -> restyleAll());
        annotations.hiddenAuthors().addListener((javafx.collections.SetChangeListener<String>) change -> restyleAll());
        annotations.selectedProperty().addListener((obs, old, now) -> {
            if (old != null && now != null && old.id().equals(now.id()) && old.start() == now.start()
                    && old.end() == now.end()) {
                return; // the same annotation, saved again: its outline stays where it is
            }
            List<int[]> ranges = new ArrayList<>();
            if (old != null) {
                ranges.add(new int[] {old.start(), old.end()});
            }
            if (now != null && annotations.contains(now)) {
                ranges.add(new int[] {now.start(), now.end()}); // one not added yet is drawn when it is
            }
            restyle(ranges);
        });
    }

    public VirtualizedScrollPane<StyleClassedTextArea> node() {
        return scroll;
    }

    /** The title and byline of the open document, shown above the text. */
    public javafx.scene.control.Label header() {
        return header;
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
        overlay = ReaderStyles.Overlay.NONE;
        // a web page's text starts with neither its title nor its byline (the importer takes them
        // out), so they are shown here; other formats keep their title in their text
        String author = doc.info().author();
        boolean webPage = "html".equals(doc.info().format());
        header.setText(webPage ? doc.title() + (author == null || author.isBlank() ? "" : "\n" + author.strip()) : "");
        header.setVisible(webPage);
        header.setManaged(webPage);
        DocumentContent content = doc.content();
        String text = content.text();
        List<ReaderStyles.Run> runs = styles.runs(content, annotations.visible(), selectedId(), overlay, 0,
                text.length());
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> built = ReaderStyles.document(content, runs);
        graphics.clear();
        graphics.set(ParagraphGraphics.Layer.PAGE, PageLabels.factory(content));
        area.replace(0, area.getLength(), built);
        area.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("rtl"),
                doc.info().direction() == TextDirection.RTL);
        area.moveTo(0);
        int par = Math.max(0, Math.min(paragraph, area.getParagraphs().size() - 1));
        area.showParagraphAtTop(par);
    }

    /** Marks the hits of a find (sorted, disjoint ranges); {@code current} is the one to show. */
    public void setFindHits(List<int[]> hits, int current) {
        List<int[]> changed = new ArrayList<>(overlay.hits());
        overlay = new ReaderStyles.Overlay(List.copyOf(hits), current);
        changed.addAll(hits);
        restyle(changed);
        if (current >= 0 && current < hits.size()) {
            int[] hit = hits.get(current);
            area.moveTo(hit[0]);
            int par = area.offsetToPosition(hit[0], TwoDimensional.Bias.Forward).getMajor();
            area.showParagraphAtCenter(par);
        }
    }

    /** The layers drawn beside the paragraphs (page numbers, bookmarks, pictures). */
    ParagraphGraphics graphics() {
        return graphics;
    }

    /** Empties the pane (no document open). */
    public void clear() {
        document = null;
        overlay = ReaderStyles.Overlay.NONE;
        graphics.clear();
        header.setText("");
        header.setVisible(false);
        header.setManaged(false);
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

    /** Puts the paragraph holding {@code offset} at the top of the pane, caret at the offset. */
    public void jumpTo(int offset) {
        if (document == null || offset > area.getLength()) {
            return;
        }
        area.moveTo(offset);
        area.showParagraphAtTop(area.offsetToPosition(offset, TwoDimensional.Bias.Forward).getMajor());
        area.requestFocus();
    }

    /** How far through the document the reader is, 0 to 1 (by paragraphs). */
    public double progress() {
        int total = area.getParagraphs().size();
        if (document == null || total <= 1 || area.getVisibleParagraphs().isEmpty()) {
            return 0;
        }
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        return Math.min(1, (last + 1) / (double) total);
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

    /** Zooms by a factor; 0 means back to the default size. */
    public void zoom(double factor) {
        double size = factor == 0 ? ReaderSettings.DEFAULT_SIZE : settings.fontSize() * factor;
        apply(settings.withFontSize(Math.round(size)));
    }

    public ReaderSettings settings() {
        return settings;
    }

    /** Applies typeface, size, spacing, width and highlight style. */
    public void apply(ReaderSettings newSettings) {
        settings = newSettings;
        String family = newSettings.fontFamily() != null && !newSettings.fontFamily().isBlank()
                && Font.getFamilies().contains(newSettings.fontFamily())
                ? newSettings.fontFamily() : pickSerif().orElse("Serif");
        area.setStyle("-fx-font-family: '" + family + "'; -fx-font-size: " + newSettings.fontSize() + "px;");
        for (ReaderSettings.Spacing sp : ReaderSettings.Spacing.values()) {
            area.getStyleClass().remove("spacing-" + sp.name().toLowerCase(Locale.ROOT));
        }
        area.getStyleClass().add("spacing-" + newSettings.spacing().name().toLowerCase(Locale.ROOT));
        area.getStyleClass().remove("justify");
        if (newSettings.justify()) {
            area.getStyleClass().add("justify");
        }
        area.getStyleClass().remove("underline-highlights");
        if (newSettings.underlineHighlights()) {
            area.getStyleClass().add("underline-highlights");
        }
        updateMeasure();
    }

    /** Serif typefaces installed here, best first; the reader's default is the first. */
    public static List<String> serifFamilies() {
        List<String> available = Font.getFamilies();
        return SERIF_FAMILIES.stream().filter(available::contains).toList();
    }

    static Optional<String> pickSerif() {
        return serifFamilies().stream().findFirst();
    }

    private void updateMeasure() {
        double w = area.getWidth();
        double measure = settings.width().pixels() * settings.fontSize() / ReaderSettings.DEFAULT_SIZE;
        double side = Math.max(settings.margin().pixels(), (w - measure) / 2);
        area.setPadding(new Insets(28, side, 0, side));
    }

    private String selectedId() {
        Annotation s = annotations.selected();
        return s == null ? null : s.id();
    }

    private void onAnnotationsChanged(ListChangeListener.Change<? extends Annotation> change) {
        List<int[]> ranges = new ArrayList<>();
        while (change.next()) {
            List<? extends Annotation> removed = change.getRemoved();
            List<? extends Annotation> added = change.getAddedSubList();
            if (change.wasReplaced() && removed.size() == added.size() && sameLook(removed, added)) {
                continue; // a note or a save that changes nothing on the page
            }
            for (Annotation a : removed) {
                ranges.add(new int[] {a.start(), a.end()});
            }
            for (Annotation a : added) {
                ranges.add(new int[] {a.start(), a.end()});
            }
        }
        restyle(ranges);
    }

    /** Whether each replaced annotation is drawn exactly as the one replacing it. */
    private boolean sameLook(List<? extends Annotation> before, List<? extends Annotation> after) {
        for (int i = 0; i < before.size(); i++) {
            Annotation b = before.get(i);
            Annotation a = after.get(i);
            if (b.start() != a.start() || b.end() != a.end() || b.status() != a.status()
                    || !annotations.displayColor(b).equals(annotations.displayColor(a))
                    || annotations.isVisible(b) != annotations.isVisible(a)) {
                return false;
            }
        }
        return true;
    }

    private void restyleAll() {
        if (document != null) {
            restyle(List.of(new int[] {0, document.text().length()}));
        }
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
        for (int[] r : paragraphRanges(text, ranges)) {
            area.setStyleSpans(r[0], styles.spans(document.content(), annotations.visibleOverlapping(r[0], r[1]),
                    selectedId(), overlay, r[0], r[1]));
        }
    }

    /** The ranges widened to whole paragraphs, sorted and merged; many small ones become one. */
    static List<int[]> paragraphRanges(String text, List<int[]> ranges) {
        List<int[]> widened = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            int from = Math.max(0, Math.min(r[0], text.length()));
            int to = Math.max(from, Math.min(r[1], text.length()));
            from = from == 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
            int nl = text.indexOf('\n', to);
            to = nl < 0 ? text.length() : nl;
            if (to > from) {
                widened.add(new int[] {from, to});
            }
        }
        widened.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] r : widened) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1] + 1) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new int[] {r[0], r[1]});
            }
        }
        if (merged.size() > MAX_SEPARATE_RESTYLES) {
            return List.of(new int[] {merged.get(0)[0], merged.get(merged.size() - 1)[1]});
        }
        return merged;
    }
}

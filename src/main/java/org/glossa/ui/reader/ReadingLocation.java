package org.glossa.ui.reader;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.glossa.model.Document;
import org.glossa.ui.StatusLine;

/**
 * Where the reader is in the open document: "p. 12 of 300" for a document with pages, else how
 * far through it is in per cent, shown beside a slider that moves through the document; and the
 * offset of the paragraph at the top of the pane, which the Contents tab follows.
 *
 * <p>Scrolling only marks the location as stale; it is worked out at most once per pulse, after
 * layout, by binary searches over the paragraphs' start offsets, so a long book scrolls as fast
 * as a short one.
 */
public final class ReadingLocation {
    /** A document's paragraph starts and the paragraphs its pages begin at (both ascending). */
    private record Index(int length, int[] paragraphStarts, int[] pageParagraphs, int[] pageNumbers) {
        static final Index EMPTY = new Index(0, new int[] {0}, new int[0], new int[0]);

        static Index of(Document doc) {
            String text = doc.text();
            int count = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] starts = new int[count];
            int p = 1;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts[p++] = i + 1;
            }
            Map<Integer, Integer> pages = PageLabels.byParagraph(doc.content());
            int[] pars = pages.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
            int[] numbers = Arrays.stream(pars).map(pages::get).toArray();
            return new Index(text.length(), starts, pars, numbers);
        }

        int paragraphAt(int offset) {
            return floor(paragraphStarts, offset);
        }

        OptionalInt pageAt(int paragraph) {
            if (pageParagraphs.length == 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(pageNumbers[Math.max(0, floor(pageParagraphs, paragraph))]);
        }

        int lastPage() {
            return Arrays.stream(pageNumbers).max().orElse(0);
        }

        /** The paragraph page {@code page} begins at, if the document has that page. */
        Optional<Integer> paragraphOfPage(int page) {
            for (int i = 0; i < pageNumbers.length; i++) {
                if (pageNumbers[i] == page) {
                    return Optional.of(pageParagraphs[i]);
                }
            }
            return Optional.empty();
        }

        /** The index of the last element {@code <= key}, or -1. */
        private static int floor(int[] sorted, int key) {
            int i = Arrays.binarySearch(sorted, key);
            return i >= 0 ? i : -i - 2;
        }
    }

    private final ReaderView reader;
    private final StatusLine status;
    private final Slider slider = new Slider(0, 1, 0);
    private final Label label = new Label();
    private final HBox node = new HBox(8, slider, label);
    private final ReadOnlyIntegerWrapper topOffset = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private Index index = Index.EMPTY;
    /** Whether the pane moved since the location was last worked out. */
    private boolean stale;
    /** Whether the slider is being moved to follow the pane (and must not move the pane). */
    private boolean following;

    public ReadingLocation(ReaderView reader, StatusLine status) {
        this.reader = reader;
        this.status = status;
        slider.setId("reading-slider");
        slider.setPrefWidth(160);
        slider.setMinWidth(60);
        slider.setFocusTraversable(false);
        slider.setAccessibleText("Position in the document");
        org.glossa.ui.Tips.on(slider, "Drag to move through the document (Go to: Ctrl+G)");
        slider.valueProperty().addListener((obs, old, now) -> {
            if (!following) {
                goTo(now.doubleValue());
            }
        });
        label.setId("reading-progress");
        label.getStyleClass().add("progress-label");
        label.textProperty().bind(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        node.setAlignment(Pos.CENTER_RIGHT);
        node.setId("reading-location");
        node.setVisible(false);
        node.setManaged(false);
        var area = reader.area();
        area.estimatedScrollYProperty().addListener((obs, old, y) -> markStale());
        area.heightProperty().addListener((obs, old, h) -> markStale());
        area.widthProperty().addListener((obs, old, w) -> markStale());
        area.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(this::onPulse);
            }
            listenTo(scene);
        });
        listenTo(area.getScene());
    }

    /** The slider and the location, for the status line. */
    public HBox node() {
        return node;
    }

    /** What the status line says, e.g. "p. 12 of 300" or "42%". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The offset where the paragraph at the top of the pane starts; -1 with no document. */
    public ReadOnlyIntegerProperty topOffsetProperty() {
        return topOffset.getReadOnlyProperty();
    }

    /** A place in the open document as a reader names it: "p. 12" where it has pages, else "42%". */
    public String placeOf(int offset) {
        OptionalInt page = index.pageAt(index.paragraphAt(offset));
        return page.isPresent() ? "p. " + page.getAsInt()
                : Math.round(index.length() == 0 ? 0 : 100.0 * offset / index.length()) + "%";
    }

    /** Follows a newly opened document (or none). */
    public void documentShown(Document doc) {
        index = doc == null ? Index.EMPTY : Index.of(doc);
        node.setVisible(doc != null);
        node.setManaged(doc != null);
        if (doc == null) {
            text.set("");
            topOffset.set(-1);
        }
        markStale();
    }

    /** Moves the pane so that {@code fraction} (0 to 1) of the text lies above its top. */
    public void goTo(double fraction) {
        if (reader.document() == null) {
            return;
        }
        double f = Math.max(0, Math.min(1, fraction));
        int par = index.paragraphAt((int) Math.round(f * index.length()));
        showParagraph(par);
    }

    /** Asks where to go (a per cent, or a page where the document has pages) and goes there. */
    public void askAndGo(Window owner) {
        if (reader.document() == null) {
            return;
        }
        boolean pages = index.pageParagraphs.length > 0;
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle("Go to");
        dialog.setHeaderText(pages ? "Go to a per cent of the document (50%) or a page (p. 12, of "
                + index.lastPage() + ")" : "Go to a per cent of the document (0 to 100)");
        dialog.getEditor().setId("go-to-field");
        dialog.getEditor().setPromptText(pages ? "50% or p. 12" : "50");
        dialog.showAndWait().ifPresent(answer -> {
            String error = go(answer);
            if (error != null) {
                status.error(error);
            }
        });
    }

    /** Goes where {@code answer} says; returns why it cannot, or null. */
    String go(String answer) {
        String a = answer.strip().toLowerCase(Locale.ROOT);
        try {
            if (a.startsWith("p")) {
                int page = Integer.parseInt(a.replaceFirst("^p(age)?\\.?\\s*", "").strip());
                Optional<Integer> par = index.paragraphOfPage(page);
                if (par.isEmpty()) {
                    return "No page " + page + " here.";
                }
                showParagraph(par.get());
                return null;
            }
            double percent = Double.parseDouble(a.replace("%", "").strip());
            if (percent < 0 || percent > 100) {
                return "Give a per cent from 0 to 100.";
            }
            goTo(percent / 100);
            return null;
        } catch (NumberFormatException e) {
            return "Give a per cent (50) or a page (p. 12).";
        }
    }

    private void showParagraph(int par) {
        var area = reader.area();
        int p = Math.max(0, Math.min(par, area.getParagraphs().size() - 1));
        area.moveTo(p, 0);
        area.showParagraphAtTop(p);
        markStale();
    }

    private void listenTo(Scene scene) {
        if (scene != null) {
            scene.addPostLayoutPulseListener(this::onPulse);
        }
    }

    private void markStale() {
        if (!stale) {
            stale = true;
            Platform.requestNextPulse();
        }
    }

    private void onPulse() {
        if (!stale) {
            return;
        }
        stale = false;
        if (reader.document() == null || reader.area().getVisibleParagraphs().isEmpty()) {
            return;
        }
        int top = reader.firstVisibleParagraph();
        int offset = index.paragraphStarts[Math.min(top, index.paragraphStarts.length - 1)];
        var area = reader.area();
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        // the last paragraph in view: the end is reached, although it can never be at the top
        boolean atEnd = last >= area.getParagraphs().size() - 1;
        double fraction = atEnd || index.length() == 0 ? 1 : offset / (double) index.length();
        String percent = Math.round(fraction * 100) + "%";
        OptionalInt page = index.pageAt(top);
        text.set(page.isPresent() ? "p. " + page.getAsInt() + " of " + index.lastPage() : percent);
        label.setAccessibleText((page.isPresent() ? "Page " + page.getAsInt() + " of " + index.lastPage() + ", "
                : "") + percent + " read");
        if (!slider.isValueChanging()) {
            following = true;
            slider.setValue(fraction);
            following = false;
        }
        topOffset.set(offset);
    }
}

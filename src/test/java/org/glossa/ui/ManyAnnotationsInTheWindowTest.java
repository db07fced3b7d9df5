package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.glossa.core.Library;
import org.glossa.core.bench.GeneratedBook;
import org.glossa.core.export.GlossaLink;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** A 3 MB book with 10,000 highlights, used the way a student uses it: highlight, filter, undo. */
class ManyAnnotationsInTheWindowTest extends WindowFixture {
    @Test
    void highlightingFilteringAndUndoWorkInABookWithTenThousandHighlights() throws Exception {
        GeneratedBook book = GeneratedBook.generate();
        String link;
        int start;
        try (Library library = Library.open(libraryFile())) {
            long doc = library.importDocument(book.document()).id();
            library.bulkImport().annotations(book.annotations(doc));
            start = plainStretchNear(book.document().content().text(), library.annotations(doc), 1_500_000);
            link = GlossaLink.toOffset(library.document(doc).uri(), start).format();
        }
        startApp(link);
        Label header = lookup(".sidebar-header").queryAs(Label.class);
        waitUntil(() -> onFx(header::getText).equals("Annotations (10,000)")
                && onFx(() -> reader().getCharacterBoundsOnScreen(start, start + 1)).isPresent());

        selectWithMouse(start, start + 20);
        // a drag takes whole words: the highlight starts where the selection does
        int selected = onFx(() -> reader().getSelection().getStart());
        assertThat(selected).isBetween(start - 40, start);
        type(KeyCode.DIGIT2);
        waitUntil(() -> onFx(header::getText).equals("Annotations (10,001)"));
        assertThat(stylesAt(start)).contains("hl-green", "hl-selected");
        Annotation added = onFx(() -> window().annotations().selected());
        assertThat(added.start()).isEqualTo(selected);
        ListView<?> list = lookup("#annotation-list").queryAs(ListView.class);
        waitUntil(() -> onFx(() -> list.getSelectionModel().getSelectedItem() instanceof Annotation a
                && a.id().equals(added.id())));

        long greens = onFx(() -> window().annotations().annotations().stream()
                .filter(a -> a.color().equals("green")).count());
        interact(() -> lookup("#annotation-color-filter").queryAs(javafx.scene.control.ChoiceBox.class)
                .setValue("green"));
        waitUntil(() -> onFx(() -> list.getItems().size()) == greens);
        assertThat(onFx(header::getText)).isEqualTo(String.format("Annotations (%,d of %,d)", greens, 10_001));

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> onFx(() -> window().annotations().annotations().size()) == 10_000);
        waitUntil(() -> !stylesAt(start).contains("hl-green"));
        try (Library library = Library.openReadOnly(libraryFile())) {
            assertThat(library.findAnnotation(added.id())).isEmpty();
        }
    }

    /** An offset with 40 characters of plain, unhighlighted text after it, near {@code near}. */
    private static int plainStretchNear(String text, List<Annotation> annotations, int near) {
        List<Annotation> sorted = annotations.stream().sorted(java.util.Comparator.comparingInt(Annotation::start))
                .toList();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            int from = sorted.get(i).end() + 2;
            if (from >= near && sorted.get(i + 1).start() > from + 40 && text.substring(from, from + 40).indexOf('\n') < 0
                    && Character.isLetter(text.charAt(from))) {
                return from;
            }
        }
        throw new IllegalStateException("no plain stretch in the generated book");
    }
}

package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.export.GlossaLink;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** A glossa:// link given to the window (a click in an exported Markdown file) opens at its passage. */
class OpenFromCommandLineTest extends WindowFixture {
    @Test
    void aLinkOnTheCommandLineOpensTheDocumentAtItsAnnotation() throws Exception {
        Annotation target;
        String link;
        try (Library library = Library.open(libraryFile())) {
            long doc = library.documents().get(0).id();
            String text = library.load(doc).text();
            // a passage far down the article, so that showing it needs a scroll
            int at = text.lastIndexOf(". ", text.length() - 200) + 2;
            target = library.annotate(doc, at, at + 30, "blue", "", List.of());
            link = GlossaLink.toAnnotation(library.document(doc).uri(), target.id()).format();
        }
        startApp(link);
        waitUntil(() -> {
            Annotation selected = onFx(() -> window().annotations().selected());
            return selected != null && selected.id().equals(target.id());
        });
        waitUntil(() -> onFx(() -> reader().getCharacterBoundsOnScreen(target.start(), target.start() + 1)
                .isPresent()));
        assertThat(onFx(() -> reader().getCaretPosition())).isEqualTo(target.start());
    }
}

package org.glossa.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window shows first, read from the library before the window exists. */
class FirstViewTest {
    @TempDir
    Path dir;

    @Test
    void aNewLibraryOpensOnItsSampleArticleFromTheTop() {
        try (Library library = Fixtures.newLibrary(dir)) {
            long sample = Fixtures.sampleId(library);
            library.annotateQuote(sample, "Kremlin", 1, "yellow", "who decides", List.of());

            DocumentsViewModel.FirstView view = DocumentsViewModel.readFirstView(library);

            assertThat(view.documents()).extracting(d -> d.id()).containsExactly(sample);
            assertThat(view.opened().document().id()).isEqualTo(sample);
            assertThat(view.opened().document().text()).startsWith(Fixtures.SAMPLE_TITLE);
            assertThat(view.opened().annotations()).extracting(a -> a.note()).containsExactly("who decides");
            assertThat(view.opened().paragraph()).isZero();
        }
    }

    @Test
    void theDocumentOpenLastTimeOpensAtThePlaceItWasLeft() {
        try (Library library = Fixtures.newLibrary(dir)) {
            long notes = library.importDocument(new ImportedDocument("Notes", null, null, "text", "en", null,
                    new DocumentContent("One.\nTwo.\nThree.", List.of(), List.of()), Map.of())).id();
            library.setSetting(DocumentsViewModel.LAST_DOCUMENT, Long.toString(notes));
            library.setSetting(DocumentsViewModel.POSITION + notes, "2");

            DocumentsViewModel.FirstView view = DocumentsViewModel.readFirstView(library);

            assertThat(view.documents()).hasSize(2);
            assertThat(view.opened().document().title()).isEqualTo("Notes");
            assertThat(view.opened().paragraph()).isEqualTo(2);
        }
    }

    @Test
    void theFirstViewIsRememberedAsOpenedOnceTheFirstFrameIsPaintedWhicheverComesFirst() {
        try (Library library = Fixtures.newLibrary(dir)) {
            long sample = Fixtures.sampleId(library);
            DocumentsViewModel before = new DocumentsViewModel(library, new SameThreadBackground(), new StatusLine());

            before.start(DocumentsViewModel.readFirstView(library));
            // a write waits for the file's check, and the check for the first frame
            assertThat(library.setting(DocumentsViewModel.LAST_DOCUMENT)).isEmpty();
            before.firstFramePainted();
            assertThat(library.setting(DocumentsViewModel.LAST_DOCUMENT)).contains(Long.toString(sample));

            library.setSetting(DocumentsViewModel.LAST_DOCUMENT, "999");
            DocumentsViewModel after = new DocumentsViewModel(library, new SameThreadBackground(), new StatusLine());
            after.firstFramePainted();
            // a first view read only after the first frame (it was not ready at launch) is remembered when shown
            after.start(DocumentsViewModel.readFirstView(library));
            assertThat(library.setting(DocumentsViewModel.LAST_DOCUMENT)).contains(Long.toString(sample));
        }
    }

    @Test
    void aDocumentRememberedButDeletedSinceGivesWayToTheFirstOne() {
        try (Library library = Fixtures.newLibrary(dir)) {
            library.setSetting(DocumentsViewModel.LAST_DOCUMENT, "999");

            assertThat(DocumentsViewModel.readFirstView(library).opened().document().id())
                    .isEqualTo(Fixtures.sampleId(library));
        }
    }

    @Test
    void anEmptyLibraryHasNothingToOpen() {
        try (Library library = Fixtures.newLibrary(dir)) {
            library.deleteDocument(Fixtures.sampleId(library));

            DocumentsViewModel.FirstView view = DocumentsViewModel.readFirstView(library);

            assertThat(view.documents()).isEmpty();
            assertThat(view.opened()).isNull();
        }
    }
}

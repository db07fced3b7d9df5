package org.glossa.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Predicate;
import org.glossa.core.organize.LibraryRow;
import org.glossa.model.DocumentInfo;
import org.glossa.model.TextDirection;
import org.junit.jupiter.api.Test;

/** The library table's filter and drag payload, without a window. */
class LibraryTableViewModelTest {
    private static final LibraryRow ROW = new LibraryRow(new DocumentInfo(7, "Russia's Timid Approach", "Ivan Petrov",
            "https://example.org/a", "markdown", "en", TextDirection.LTR, "h", OffsetDateTime.now(), 3),
            null, List.of("claim/economic"), List.of("Middle East"));

    @Test
    void everyWordMustAppearSomewhereIgnoringCase() {
        assertThat(LibraryTableViewModel.matcher("", null)).accepts(ROW);
        assertThat(LibraryTableViewModel.matcher("timid PETROV", null)).accepts(ROW);
        assertThat(LibraryTableViewModel.matcher("economic example.org", null)).accepts(ROW);
        assertThat(LibraryTableViewModel.matcher("timid zebra", null)).rejects(ROW);
    }

    @Test
    void aCollectionKeepsOnlyItsDocuments() {
        Predicate<LibraryRow> inIt = LibraryTableViewModel.matcher(null, "middle east");
        assertThat(inIt).accepts(ROW);
        assertThat(LibraryTableViewModel.matcher("", "Sources")).rejects(ROW);
    }

    @Test
    void missingAuthorAndSourceDoNotBreakTheFilter() {
        LibraryRow bare = new LibraryRow(new DocumentInfo(8, "Notes", null, null, "text", null, TextDirection.LTR,
                "h", OffsetDateTime.now(), 0), null, List.of(), List.of());
        assertThat(LibraryTableViewModel.matcher("notes", null)).accepts(bare);
        assertThat(LibraryTableViewModel.matcher("null", null)).rejects(bare);
    }

    @Test
    void draggedDocumentIdsRoundTripAndForeignTextIsIgnored() {
        String payload = (String) LibraryWindow.DRAG_PREFIX + "3,14";
        assertThat(LibraryWindow.draggedIds(payload)).containsExactly(3L, 14L);
        assertThat(LibraryWindow.draggedIds("some text from elsewhere")).isEmpty();
        assertThat(LibraryWindow.draggedIds(null)).isEmpty();
    }
}

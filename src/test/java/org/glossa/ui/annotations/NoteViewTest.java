package org.glossa.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.Test;

/** The sidebar parses a note once per annotation version, not on every cell update. */
class NoteViewTest {
    private static final String TEXT = "The quick brown fox jumps over the lazy dog.";
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);

    private static Annotation note(String id, String markdown, OffsetDateTime modified) {
        return new Annotation(id, 1, 4, 9, TextQuote.of(TEXT, 4, 9), "yellow", markdown, List.of(), "me", T0,
                modified, AnchorStatus.ANCHORED);
    }

    @Test
    void theSameVersionOfANoteIsParsedOnce() {
        List<NoteView.Piece> first = NoteView.pieces(note("a1", "a **bold** claim", T0));
        List<NoteView.Piece> again = NoteView.pieces(note("a1", "a **bold** claim", T0));

        assertThat(again).isSameAs(first);
        assertThat(first).extracting(NoteView.Piece::text).containsExactly("a ", "bold", " claim");
        assertThat(first.get(1).styleClasses()).contains("note-text", "m-bold");
    }

    @Test
    void aChangedNoteIsParsedAgainWhetherOrNotItsTimeMoved() {
        List<NoteView.Piece> before = NoteView.pieces(note("a2", "plain", T0));
        List<NoteView.Piece> editedAhead = NoteView.pieces(note("a2", "*now* italic", T0));
        List<NoteView.Piece> saved = NoteView.pieces(note("a2", "saved", T0.plusSeconds(1)));

        assertThat(before).extracting(NoteView.Piece::text).containsExactly("plain");
        assertThat(editedAhead.get(0).styleClasses()).contains("m-italic");
        assertThat(saved).extracting(NoteView.Piece::text).containsExactly("saved");
    }
}

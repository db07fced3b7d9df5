package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.Fixtures;
import org.glossa.core.importing.Importers;
import org.glossa.core.store.TagRepository;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportResult;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryTest {
    private static final String PASSAGE = "Clearly, Moscow does not want to have to choose between its two allies";

    @TempDir
    Path dir;

    private Library library;
    private long doc;
    private String text;

    @BeforeEach
    void openNewLibrary() {
        library = Fixtures.newLibrary(dir);
        doc = Fixtures.sampleId(library);
        text = library.load(doc).text();
    }

    @AfterEach
    void closeLibrary() {
        library.close();
    }

    private Annotation annotatePassage(String color, String note, List<String> tags) {
        int start = text.indexOf(PASSAGE);
        return library.annotate(doc, start, start + PASSAGE.length(), color, note, tags);
    }

    private Library reopen() {
        library.close();
        library = Fixtures.open(dir.resolve("library.sqlite"));
        return library;
    }

    @Test
    void aNewLibraryHoldsOnlyTheSampleArticle() {
        assertThat(library.documents()).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo(Fixtures.SAMPLE_TITLE);
            assertThat(d.author()).isEqualTo(Fixtures.SAMPLE_AUTHOR);
            assertThat(d.source()).isEqualTo(Fixtures.SAMPLE_URL);
            assertThat(d.format()).isEqualTo("markdown");
            assertThat(d.annotationCount()).isZero();
        });
    }

    @Test
    void anAnnotationRecordsItsRangeQuoteAndContext() {
        Annotation a = annotatePassage("green", "  Moscow hedges.  ", List.of("claim", "evidence"));
        int start = text.indexOf(PASSAGE);
        int end = start + PASSAGE.length();

        assertThat(a.documentId()).isEqualTo(doc);
        assertThat(a.start()).isEqualTo(start);
        assertThat(a.end()).isEqualTo(end);
        assertThat(a.quote()).isEqualTo(new TextQuote(PASSAGE, text.substring(start - TextQuote.CONTEXT, start),
                text.substring(end, end + TextQuote.CONTEXT)));
        assertThat(a.quote().prefix()).hasSize(32);
        assertThat(a.quote().suffix()).hasSize(32);
        assertThat(a.color()).isEqualTo("green");
        assertThat(a.note()).isEqualTo("Moscow hedges.");
        assertThat(a.tags()).containsExactly("claim", "evidence");
        assertThat(a.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(a.created()).isEqualTo(a.modified());
        assertThat(library.document(doc).annotationCount()).isEqualTo(1);
    }

    @Test
    void reopeningTheLibraryKeepsTheDocumentNotesAndTags() {
        var contentBefore = library.load(doc).content();
        Annotation a = annotatePassage("blue", "a note", List.of("zeta", "alpha", "claim/economic"));

        reopen();

        assertThat(library.documents()).hasSize(1);
        assertThat(library.load(doc).content()).isEqualTo(contentBefore);
        assertThat(library.annotations(doc)).containsExactly(a);
        assertThat(library.annotation(a.id()).tags()).containsExactly("zeta", "alpha", "claim/economic");
    }

    @Test
    void editsAreSavedWithANewModifiedTimeAndSurviveReopening() {
        Annotation a = annotatePassage(null, "", List.of());
        assertThat(a.color()).isEqualTo("yellow");

        Annotation noted = library.setNote(a.id(), "first thought");
        Annotation tagged = library.setTags(a.id(), List.of("b", "a"));
        Annotation coloured = library.setColor(a.id(), "PINK");

        assertThat(noted.modified()).isAfter(a.modified());
        assertThat(tagged.modified()).isAfter(noted.modified());
        assertThat(coloured.modified()).isAfter(tagged.modified());
        assertThat(coloured.created()).isEqualTo(a.created());
        assertThat(coloured.note()).isEqualTo("first thought");
        assertThat(coloured.tags()).containsExactly("b", "a");
        assertThat(coloured.color()).isEqualTo("pink");

        assertThat(reopen().annotation(a.id())).isEqualTo(coloured);
    }

    @Test
    void aDeletedAnnotationCanBeRestoredExactly() {
        Annotation a = annotatePassage("red", "keep me", List.of("claim"));

        Annotation deleted = library.deleteAnnotation(a.id());
        assertThat(library.annotations(doc)).isEmpty();
        assertThat(library.findAnnotation(a.id())).isEmpty();

        library.restoreAnnotation(deleted);
        assertThat(reopen().annotations(doc)).containsExactly(a);
    }

    @Test
    void tagsDifferingOnlyInCaseAreOneTagAndTheFirstSpellingWins() {
        Annotation first = annotatePassage("yellow", "", List.of("Claim"));
        int other = text.indexOf("Moscow also considers");
        Annotation second = library.annotate(doc, other, other + 6, "yellow", "", List.of("claim", "CLAIM"));

        assertThat(first.tags()).containsExactly("Claim");
        assertThat(second.tags()).containsExactly("Claim");
        assertThat(library.tags().counts()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Claim");
            assertThat(t.count()).isEqualTo(2);
        });
    }

    @Test
    void hierarchicalTagNamesAreNormalisedWhenStored() {
        Annotation a = annotatePassage("yellow", "", List.of(" claim / economic ", "", "  "));
        assertThat(a.tags()).containsExactly("claim/economic");
        assertThat(library.tags().counts()).extracting(TagRepository.TagCount::name).containsExactly("claim/economic");
    }

    @Test
    void importingTheSameContentTwiceReturnsTheExistingDocument() throws Exception {
        Path copy = Files.write(dir.resolve("copy-of-sample.md"), Fixtures.sampleBytes());
        ImportResult again = library.importFile(copy);
        assertThat(again.status()).isEqualTo(ImportResult.Status.DUPLICATE);
        assertThat(again.id()).isEqualTo(doc);

        Path note = Files.writeString(dir.resolve("note.txt"), "A short note.\n\nWith two paragraphs.\n");
        ImportResult first = library.importFile(note);
        ImportResult second = library.importFile(note);
        assertThat(first.status()).isEqualTo(ImportResult.Status.IMPORTED);
        assertThat(second.status()).isEqualTo(ImportResult.Status.DUPLICATE);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(library.documents()).extracting(DocumentInfo::id).containsExactly(doc, first.id());
    }

    @Test
    void anUnknownColourIsRefusedAndNothingIsWritten() {
        assertThatThrownBy(() -> annotatePassage("mauve", "n", List.of("t")))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining("mauve").hasMessageContaining("yellow");
        assertThat(library.allAnnotations()).isEmpty();
        assertThat(library.tags().counts()).isEmpty();
    }

    @Test
    void anUnknownDocumentIsAUserErrorNamingTheId() {
        assertThatThrownBy(() -> library.annotate(doc + 41, 0, 5, "yellow", "", List.of()))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining(String.valueOf(doc + 41));
    }

    /** "END" stands for the length of the text. */
    private int offset(String spec) {
        return spec.startsWith("END") ? text.length() + Integer.parseInt(spec.substring(3)) : Integer.parseInt(spec);
    }

    @ParameterizedTest(name = "[{0}, {1})")
    @CsvSource({"-1, 5", "5, 5", "9, 4", "END-3, END+1", "END+1, END+2"})
    void aRangeOutsideTheTextIsRefusedAndNothingIsWritten(String from, String to) {
        int start = offset(from);
        int end = offset(to);
        assertThatThrownBy(() -> library.annotate(doc, start, end, "yellow", "n", List.of("t")))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining(start + ".." + end)
                .hasMessageContaining("0.." + text.length());
        assertThat(library.allAnnotations()).isEmpty();
        assertThat(library.tags().counts()).isEmpty();
    }

    @Test
    void aRangeOfOnlyWhiteSpaceIsRefusedAndNothingIsWritten() {
        int gap = text.indexOf("\n\n");
        assertThatThrownBy(() -> library.annotate(doc, gap, gap + 2, "yellow", "", List.of("t")))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining("white space");
        assertThat(library.allAnnotations()).isEmpty();
        assertThat(library.tags().counts()).isEmpty();
    }

    @Test
    void aRangeThatWouldCutACharacterInHalfIsRefusedButTheWholeCharacterIsKept() throws Exception {
        String emoji = "\uD83D\uDE00";
        long id = library.importDocument(new Importers().read(
                ("Smile " + emoji + " please, and keep smiling.").getBytes(StandardCharsets.UTF_8),
                "smile.txt")).id();
        String smile = library.load(id).text();
        int at = smile.indexOf(emoji);

        assertThatThrownBy(() -> library.annotate(id, at + 1, at + 8, "yellow", "", List.of()))
                .isInstanceOf(GlossaException.class).hasMessageContaining((at + 1) + "..");
        assertThatThrownBy(() -> library.annotate(id, 0, at + 1, "yellow", "", List.of()))
                .isInstanceOf(GlossaException.class);
        assertThat(library.allAnnotations()).isEmpty();

        Annotation whole = library.annotate(id, at, at + 2 + " please".length(), "yellow", "", List.of());
        assertThat(reopen().annotation(whole.id()).quote().exact()).isEqualTo(emoji + " please");
    }
}

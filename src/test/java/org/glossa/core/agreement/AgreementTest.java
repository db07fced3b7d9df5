package org.glossa.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Coders' agreement at character level, from annotations in a real library file. */
class AgreementTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    @TempDir
    Path dir;
    Library lib;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
    }

    @AfterEach
    void close() {
        lib.close();
    }

    /**
     * Krippendorff (2004), Content Analysis, 2nd ed., section 11.3.1 (binary data, Jon and Han,
     * ten units; published alpha = 0.095), with each unit one character of a document.
     */
    @Test
    void charactersAreTheUnitsOfKrippendorffsBinaryExample() {
        long doc = add(lib, "Ten", "X", "abcdefghij");
        code(doc, "Jon", 0, 2, "presence");
        code(doc, "Han", 1, 3, "presence");
        code(doc, "Han", 5, 6, "presence");
        code(doc, "Han", 7, 8, "presence");

        AgreementReport r = lib.agreement().compute(null, null);

        assertThat(r.coders()).containsExactly("Han", "Jon");
        AgreementReport.CodeAgreement presence = r.codes().get(0);
        assertThat(presence.code()).isEqualTo("presence");
        assertThat(presence.alpha()).isCloseTo(0.095, within(0.0005));
        assertThat(presence.percent()).isCloseTo(0.6, within(1e-12));
        assertThat(presence.compared()).isEqualTo(10);
        assertThat(presence.coded()).isEqualTo(5);
        assertThat(presence.codedBy()).containsEntry("Jon", 2L).containsEntry("Han", 4L);
        assertThat(r.overall().alpha()).isCloseTo(0.095, within(0.0005));
        assertThat(r.disagreements()).extracting(d -> d.start() + "-" + d.end() + " " + d.with() + "/" + d.without())
                .containsExactly("0-1 [Jon]/[Han]", "2-3 [Han]/[Jon]", "5-6 [Han]/[Jon]", "7-8 [Han]/[Jon]");
        assertThat(r.disagreements().get(0).quote()).isEqualTo("a");
    }

    /**
     * Artstein and Poesio (2008), Computational Linguistics 34(4), p. 558 (100 utterances;
     * published kappa = 0.348, A_o = 0.7), with "STAT" as a code on 100 characters: 20 both
     * coded, 20 only B, 10 only A, 50 neither.
     */
    @Test
    void charactersAreTheUnitsOfArtsteinAndPoesiosKappaExample() {
        long doc = add(lib, "Hundred", "X", "x".repeat(100));
        code(doc, "A", 0, 20, "stat");
        code(doc, "A", 40, 50, "stat");
        code(doc, "B", 0, 40, "stat");

        AgreementReport.CodeAgreement stat = lib.agreement().compute("stat", List.of("A", "B")).codes().get(0);

        assertThat(stat.kappa()).isCloseTo(0.348, within(0.0005));
        assertThat(stat.percent()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void aCodeHoldsItsDescendantsAndOverallCountsEachCodeAsApplied() {
        long doc = add(lib, "Claims", "X", "The economy grew while the schools shrank over the decade.");
        code(doc, "ana", 4, 16, "claim/economic");
        code(doc, "bo", 4, 16, "claim/social");

        AgreementReport r = lib.agreement().compute(null, null);

        assertThat(r.codes()).extracting(AgreementReport.CodeAgreement::code)
                .containsExactly("claim", "claim/economic", "claim/social");
        AgreementReport.CodeAgreement claim = r.codes().get(0);
        assertThat(claim.percent()).isEqualTo(1.0);
        assertThat(r.codes().get(1).percent()).isLessThan(1.0);
        // two codes as applied, 12 characters each disagreed on, over 2 x 58 characters
        assertThat(r.overall().compared()).isEqualTo(2L * 58);
        assertThat(r.overall().percent()).isCloseTo(1 - 24.0 / 116, within(1e-12));
        assertThat(r.overall().coded()).isEqualTo(24);
        assertThat(r.overall().codedBy()).containsEntry("ana", 12L).containsEntry("bo", 12L);
        assertThat(r.disagreements()).extracting(AgreementReport.Disagreement::code)
                .containsExactlyInAnyOrder("claim/economic", "claim/social");

        AgreementReport only = lib.agreement().compute("claim/social", null);
        assertThat(only.codes()).extracting(AgreementReport.CodeAgreement::code).containsExactly("claim/social");
    }

    @Test
    void aCoderCountsOnlyInTheDocumentsTheyCodedAndKappaOnlyForTwo() {
        long first = add(lib, "First", "X", "One sentence about rivers and bridges.");
        long second = add(lib, "Second", "X", "Another sentence about roads.");
        code(first, "ana", 0, 12, "theme");
        code(first, "bo", 0, 12, "theme");
        code(first, "cy", 0, 3, "theme");
        code(second, "ana", 0, 7, "theme");
        code(second, "bo", 0, 7, "theme");
        // a highlight without a code, a bookmark and an orphan are not codings
        lib.restoreAnnotation(new Annotation(UUID.randomUUID().toString(), second, 8, 16,
                TextQuote.of(lib.load(second).text(), 8, 16), "yellow", "", List.of(), "cy", T, T,
                AnchorStatus.ANCHORED));

        AgreementReport r = lib.agreement().compute(null, null);

        assertThat(r.documents()).extracting(d -> d.title() + " " + d.coders())
                .containsExactly("First [ana, bo, cy]", "Second [ana, bo]");
        AgreementReport.CodeAgreement theme = r.codes().get(0);
        assertThat(theme.kappa()).isNaN();
        // 38 + 29 characters; cy differs from the others on 9 characters of the first
        assertThat(theme.compared()).isEqualTo(38 + 29);
        assertThat(theme.percent()).isCloseTo(1 - 9.0 / 67, within(1e-12));
        assertThat(r.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.documentId()).isEqualTo(first);
            assertThat(d.start()).isEqualTo(3);
            assertThat(d.end()).isEqualTo(12);
            assertThat(d.with()).containsExactly("ana", "bo");
            assertThat(d.without()).containsExactly("cy");
        });

        AgreementReport two = lib.agreement().compute(null, List.of("ana", "bo"));
        assertThat(two.codes().get(0).kappa()).isEqualTo(1.0);
        assertThat(two.disagreements()).isEmpty();
    }

    @Test
    void unknownCodersAndTagsAreRefusedInOneLine() {
        long doc = add(lib, "Doc", "X", "Some text to code here.");
        code(doc, "ana", 0, 4, "theme");

        assertThatThrownBy(() -> lib.agreement().compute(null, null)).isInstanceOf(GlossaException.class)
                .hasMessageContaining("two or more coders").hasMessageContaining("ana");
        code(doc, "bo", 0, 4, "theme");
        assertThatThrownBy(() -> lib.agreement().compute(null, List.of("ana", "zed")))
                .isInstanceOf(GlossaException.class).hasMessageContaining("'zed'");
        assertThatThrownBy(() -> lib.agreement().compute("nothing", null))
                .isInstanceOf(GlossaException.class).hasMessageContaining("'nothing'");
    }

    @Test
    void aLongBookWithManyCodingsIsMeasuredByRuns() {
        String text = "word ".repeat(400_000);
        long doc = add(lib, "Long", "X", text.strip());
        String stored = lib.load(doc).text();
        int len = stored.length();
        List<Annotation> codings = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int s = i * 997 % (len - 50);
            codings.add(coding(stored, doc, "ana", s, s + 40, "c" + (i % 5)));
            codings.add(coding(stored, doc, "bo", s + 5, s + 45, "c" + (i % 5)));
        }
        lib.bulkImport().annotations(codings);

        AgreementReport r = lib.agreement().compute(null, null);

        assertThat(r.codes()).hasSize(5);
        assertThat(r.overall().compared()).isEqualTo(5L * len);
        assertThat(r.overall().percent()).isBetween(0.9, 1.0);
        assertThat(r.disagreements()).isNotEmpty();
    }

    private void code(long doc, String author, int start, int end, String... tags) {
        lib.restoreAnnotation(coding(lib.load(doc).text(), doc, author, start, end, tags));
    }

    private static Annotation coding(String text, long doc, String author, int start, int end, String... tags) {
        return new Annotation(UUID.randomUUID().toString(), doc, start, end, TextQuote.of(text, start, end), "yellow",
                "", List.of(tags), author, T, T, AnchorStatus.ANCHORED);
    }
}

package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a JSON-LD import may change and what it must leave alone, one defect of the old import per test. */
class ImportLeavesYourWorkAloneTest {
    private static final String PAGE = "Intro. Here this is an annotation that has some text around it.\n";
    private static final String BOOK = "Chapter one.\nIt was a dark and stormy night, and the annotation waited.\n";
    private static final String KIMS = "urn:uuid:44444444-0000-4000-8000-000000000001";

    /** A clock the test moves by hand, so "later" means later. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    private final HandClock clock = new HandClock();
    private Library lib;
    private long page;
    private long book;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.sqlite"), clock, new Importers(), "me");
        page = lib.importDocument(Fixtures.document("Page", "http://example.org/page", PAGE)).id();
        book = lib.importDocument(Fixtures.document("Book", "http://example.org/book", BOOK)).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private static String annotation(String idJson, String source, String exact, String note, String dates,
                                     String creator) {
        return "{" + (idJson == null ? "" : "\"id\": " + idJson + ", ") + "\"type\": \"Annotation\"" + dates
                + (creator == null ? "" : ", \"creator\": {\"type\": \"Person\", \"name\": \"" + creator + "\"}")
                + ", \"body\": {\"type\": \"TextualBody\", \"value\": \"" + note + "\"},"
                + " \"target\": {\"source\": \"" + source + "\", \"selector\": {\"type\": \"TextQuoteSelector\","
                + " \"exact\": \"" + exact + "\"}}}";
    }

    private static String modified(String when) {
        return ", \"modified\": \"" + when + "\"";
    }

    @Test
    void anIdThatIsAnArrayIsRefusedAndDoesNotRewriteYourAnnotation() {
        Annotation mine = lib.annotateQuote(page, "annotation", 1, null, "my note", List.of("mine"));
        AnnotationImportReport r = lib.webAnnotations().importJson(annotation("[\"urn:uuid:" + mine.id() + "\"]",
                "http://example.org/page", "text around", "rewritten", modified("2099-01-01T00:00:00Z"), "Kim"));
        assertThat(lib.annotation(mine.id())).isEqualTo(mine);
        assertThat(r.refused()).isEqualTo(1);
        assertThat(r.imported()).isZero();
        assertThat(lib.allAnnotations()).hasSize(1);
    }

    @Test
    void aNewerCopyOfYourOwnAnnotationIsAConflictAndYoursIsKept() {
        Annotation mine = lib.annotateQuote(page, "annotation", 1, null, "my note", List.of());
        AnnotationImportReport r = lib.webAnnotations().importJson(annotation("\"urn:uuid:" + mine.id() + "\"",
                "http://example.org/page", "annotation", "rewritten", modified("2099-01-01T00:00:00Z"), "Kim"));
        assertThat(lib.annotation(mine.id())).isEqualTo(mine);
        assertThat(r.conflicts()).isEqualTo(1);
        assertThat(r.summary()).contains("1 conflicts");
    }

    @Test
    void anIdThatIsAlreadyOnAnotherDocumentIsAConflictNeverAnUpdate() {
        lib.webAnnotations().importJson(annotation("\"" + KIMS + "\"", "http://example.org/book", "stormy night",
                "Kim's", modified("2020-01-01T00:00:00Z"), "Kim"));
        Annotation before = lib.annotation(KIMS.substring("urn:uuid:".length()));
        assertThat(before.documentId()).isEqualTo(book);

        AnnotationImportReport r = lib.webAnnotations().importJson(annotation("\"" + KIMS + "\"",
                "http://example.org/page", "text around", "Kim's, moved", modified("2021-01-01T00:00:00Z"), "Kim"));

        assertThat(r.conflicts()).isEqualTo(1);
        assertThat(r.updated()).isZero();
        assertThat(r.problems()).anyMatch(p -> p.startsWith("conflict") && p.contains("another document"));
        Annotation after = lib.annotation(before.id());
        assertThat(after).isEqualTo(before);
        assertThat(BOOK.substring(after.start(), after.end())).isEqualTo("stormy night");
    }

    @Test
    void aCopyWithoutAModifiedDateNeverOverwritesALaterEdit() {
        lib.webAnnotations().importJson(annotation("\"" + KIMS + "\"", "http://example.org/page", "annotation",
                "Kim's", "", "Kim"));
        clock.now = clock.now.plusSeconds(3600);
        Annotation edited = lib.setNote(KIMS.substring("urn:uuid:".length()), "my later edit");
        clock.now = clock.now.plusSeconds(3600);

        AnnotationImportReport r = lib.webAnnotations().importJson(annotation("\"" + KIMS + "\"",
                "http://example.org/page", "annotation", "Kim's", "", "Kim"));

        assertThat(r.updated()).isZero();
        assertThat(r.skipped()).isEqualTo(1);
        assertThat(lib.annotation(edited.id())).isEqualTo(edited);
    }

    @Test
    void annotationsWithoutIdAreNotDuplicatedWhenImportedAgain() {
        String noIds = "[" + annotation(null, "http://example.org/page", "annotation", "one", "", "Kim") + ","
                + annotation(null, "http://example.org/page", "text around", "two", "", "Kim") + "]";
        assertThat(lib.webAnnotations().importJson(noIds).imported()).isEqualTo(2);
        AnnotationImportReport again = lib.webAnnotations().importJson(noIds);
        assertThat(again.imported()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(lib.annotations(page)).hasSize(2);
    }

    @Test
    void aByteOrderMarkIsSkippedAndLatin1IsReadAsSuch() throws Exception {
        String json = annotation("\"" + KIMS + "\"", "http://example.org/page", "annotation", "caf\u00e9 cr\u00e8me",
                modified("2020-01-01T00:00:00Z"), "Kim");
        Path withBom = dir.resolve("bom.jsonld");
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Files.write(withBom, bom);
        assertThat(lib.webAnnotations().importFile(withBom).imported()).isEqualTo(1);

        Path latin1 = Files.write(dir.resolve("latin1.jsonld"),
                json.replace("44444444-0000-4000-8000-000000000001", "44444444-0000-4000-8000-000000000002")
                        .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(lib.webAnnotations().importFile(latin1).imported()).isEqualTo(1);
        assertThat(lib.annotation("44444444-0000-4000-8000-000000000002").note()).isEqualTo("caf\u00e9 cr\u00e8me");
    }

    @Test
    void brokenUtf8IsRefusedWithOneClearLineAndChangesNothing() throws Exception {
        byte[] good = annotation("\"" + KIMS + "\"", "http://example.org/page", "annotation", "\u00e9t\u00e9 \u00e0 Zo\u00eb",
                modified("2020-01-01T00:00:00Z"), "Kim").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[good.length + 1];
        System.arraycopy(good, 0, broken, 0, good.length);
        broken[good.length] = (byte) 0xC3;
        Path file = Files.write(dir.resolve("broken.jsonld"), broken);
        assertThatThrownBy(() -> lib.webAnnotations().importFile(file)).isInstanceOf(GlossaException.class)
                .hasMessageNotContaining("Input length").hasMessageNotContaining("\n").hasMessageContaining("UTF-8");
        assertThat(lib.allAnnotations()).isEmpty();
    }
}

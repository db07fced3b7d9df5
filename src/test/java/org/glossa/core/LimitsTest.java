package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Notes and imports have explicit sizes; past them Glossa says so in one line and changes nothing. */
class LimitsTest {
    @TempDir
    Path dir;
    private Library lib;
    private long doc;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("lib.sqlite"));
        doc = lib.documents().get(0).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private static void oneLineAbout(Throwable e, String what) {
        assertThat(e).isInstanceOf(GlossaException.class);
        assertThat(e.getMessage()).contains(what).doesNotContain("\n");
    }

    @Test
    void aNoteAtTheLimitIsKeptAndOneCharacterMoreIsRefusedWithoutChangingAnything() {
        Annotation a = lib.annotateQuote(doc, "Kremlin", 1, null, "x".repeat(Limits.MAX_NOTE_CHARS), List.of());
        assertThat(lib.annotation(a.id()).note()).hasSize(Limits.MAX_NOTE_CHARS);

        String tooLong = "y".repeat(Limits.MAX_NOTE_CHARS + 1);
        assertThatThrownBy(() -> lib.setNote(a.id(), tooLong)).satisfies(e -> oneLineAbout(e, "at most 100,000"));
        assertThat(lib.annotation(a.id())).isEqualTo(a);

        int before = lib.allAnnotations().size();
        assertThatThrownBy(() -> lib.annotateQuote(doc, "Kremlin", 1, null, tooLong, List.of()))
                .satisfies(e -> oneLineAbout(e, "at most 100,000"));
        assertThatThrownBy(() -> lib.save(a.withNote(tooLong, a.modified())))
                .satisfies(e -> oneLineAbout(e, "at most 100,000"));
        assertThat(lib.allAnnotations()).hasSize(before);
        assertThat(lib.annotation(a.id())).isEqualTo(a);
    }

    @Test
    void mergingHighlightsWhoseNotesTogetherPassTheLimitIsRefused() {
        String text = lib.load(doc).text();
        int at = text.indexOf("Kremlin");
        Annotation first = lib.annotate(doc, at, at + 3, null, "a".repeat(Limits.MAX_NOTE_CHARS - 10), List.of());
        Annotation second = lib.annotate(doc, at + 3, at + 7, null, "b".repeat(100), List.of());
        assertThatThrownBy(() -> lib.extend(first.id(), List.of(second.id()), at, at + 7))
                .satisfies(e -> oneLineAbout(e, "merged note"));
        assertThat(lib.annotation(first.id())).isEqualTo(first);
        assertThat(lib.annotation(second.id())).isEqualTo(second);
    }

    private static String item(int i, String note) {
        return "{\"id\": \"urn:uuid:00000000-0000-4000-8000-" + String.format(java.util.Locale.ROOT, "%012d", i)
                + "\", \"type\": \"Annotation\", \"bodyValue\": \"" + note + "\","
                + " \"target\": {\"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"Kremlin\"}}}";
    }

    @Test
    void anImportedNoteOverTheLimitIsRefusedAndTheOthersAreImported() {
        String json = "[" + item(1, "fine") + "," + item(2, "z".repeat(Limits.MAX_NOTE_CHARS + 1)) + "]";
        var r = lib.webAnnotations().importJson(json);
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.refused()).isEqualTo(1);
        assertThat(r.problems()).anyMatch(p -> p.startsWith("refused") && p.contains("at most 100,000"));
        assertThat(lib.findAnnotation("00000000-0000-4000-8000-000000000002")).isEmpty();
    }

    @Test
    void anImportOfMoreAnnotationsThanTheLimitIsRefusedWhole() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i <= Limits.MAX_IMPORTED_ANNOTATIONS; i++) {
            json.append(i == 0 ? "" : ",").append(item(i, ""));
        }
        json.append(']');
        int before = lib.allAnnotations().size();
        assertThatThrownBy(() -> lib.webAnnotations().importJson(json.toString()))
                .satisfies(e -> oneLineAbout(e, "at most 100,000 annotations"));
        assertThat(lib.allAnnotations()).hasSize(before);
    }
}

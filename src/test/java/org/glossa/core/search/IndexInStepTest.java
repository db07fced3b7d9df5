package org.glossa.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FTS tables follow every change that users make, through the triggers of migration 003. */
class IndexInStepTest {
    @TempDir
    Path dir;
    Library lib;
    long doc;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        doc = add(lib, "Orchards", "Ada", "Apples and quinces ripen in the orchard.", "Pears come later.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private List<String> annotationHits(String q) {
        return lib.search().find(q, 50).stream().filter(h -> h.kind() == SearchHit.Kind.ANNOTATION)
                .map(SearchHit::annotationId).toList();
    }

    @Test
    void aNewAnnotationIsSearchableAtOnce() {
        Annotation a = lib.annotateQuote(doc, "quinces", 1, null, "tart fruit", List.of("fruit/pome"));
        assertThat(annotationHits("tart")).containsExactly(a.id());
        assertThat(annotationHits("pome")).containsExactly(a.id());
    }

    @Test
    void changingTheNoteReplacesTheOldWords() {
        Annotation a = lib.annotateQuote(doc, "quinces", 1, null, "tart fruit", List.of());
        lib.setNote(a.id(), "sweet jelly");
        assertThat(annotationHits("tart")).isEmpty();
        assertThat(annotationHits("jelly")).containsExactly(a.id());
    }

    @Test
    void changingTheTagsReplacesTheOldTags() {
        Annotation a = lib.annotateQuote(doc, "quinces", 1, null, null, List.of("evidence"));
        lib.setTags(a.id(), List.of("counterpoint"));
        assertThat(annotationHits("evidence")).isEmpty();
        assertThat(annotationHits("counterpoint")).containsExactly(a.id());
        assertThat(annotationHits("tag:evidence")).isEmpty();
        lib.setTags(a.id(), List.of());
        assertThat(annotationHits("counterpoint")).isEmpty();
    }

    @Test
    void aDeletedAnnotationIsGoneAndComesBackWithUndo() {
        Annotation a = lib.annotateQuote(doc, "quinces", 1, null, "tart fruit", List.of("fruit"));
        lib.deleteAnnotation(a.id());
        assertThat(annotationHits("tart")).isEmpty();
        lib.restoreAnnotation(a);
        assertThat(annotationHits("tart")).containsExactly(a.id());
        assertThat(annotationHits("fruit")).containsExactly(a.id());
    }

    @Test
    void aDeletedDocumentTakesItsTextAndAnnotationsOutOfTheIndex() {
        lib.annotateQuote(doc, "quinces", 1, null, "tart fruit", List.of());
        assertThat(lib.search().find("quinces", 10)).isNotEmpty();
        lib.deleteDocument(doc);
        assertThat(lib.search().find("quinces", 10)).isEmpty();
        assertThat(lib.search().find("tart", 10)).isEmpty();
    }

    @Test
    void aDocumentImportedAfterASearchIsFoundByTheNextOne() {
        assertThat(lib.search().find("medlar", 10)).isEmpty();
        long later = add(lib, "Medlars", null, "The medlar is eaten bletted.");
        assertThat(lib.search().find("medlar", 10)).extracting(SearchHit::documentId).containsExactly(later);
    }

    @Test
    void aDocumentsNewTitleAndAuthorAreSearchable() {
        lib.catalog().updateInfo(doc, "Orchards", "Bérénice Dupont", null);
        assertThat(lib.search().find("author:berenice pears", 10)).extracting(SearchHit::documentId).containsExactly(doc);
        assertThat(lib.search().find("author:ada pears", 10)).isEmpty();
    }

    @Test
    void aDocumentAndAnAnnotationJustAddedAreFoundByAReaderThatCannotWrite() {
        try (Library reader = Library.openReadOnly(dir.resolve("library.sqlite"))) {
            assertThat(reader.search().find("medlar", 10)).isEmpty();
            long later = add(lib, "Medlars", null, "The medlar is eaten bletted.");
            assertThat(reader.search().find("medlar", 10)).extracting(SearchHit::documentId).containsExactly(later);
            Annotation a = lib.annotateQuote(later, "bletted", 1, null, "after the frost", List.of("fruit/rosaceae"));
            assertThat(reader.search().find("rosaceae", 10)).extracting(SearchHit::annotationId).containsExactly(a.id());
            assertThat(reader.search().unindexedDocuments()).isZero();
        }
    }

    @Test
    void anExistingLibraryWithUnindexedTextIsIndexedWhenOpenedForWriting() throws Exception {
        lib.close();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("library.sqlite"));
             java.sql.Statement s = c.createStatement()) {
            // what a library last written by an older Glossa (which indexed before searching) looks like
            s.executeUpdate("DELETE FROM text_indexed");
            s.executeUpdate("DELETE FROM text_fts");
        }
        try (Library reader = Library.openReadOnly(dir.resolve("library.sqlite"))) {
            assertThat(reader.search().unindexedDocuments()).isEqualTo(2);
            assertThat(reader.search().find("pears", 10)).isEmpty();
        }
        lib = Library.open(dir.resolve("library.sqlite"));
        try (Library reader = Library.openReadOnly(dir.resolve("library.sqlite"))) {
            assertThat(reader.search().unindexedDocuments()).isZero();
            assertThat(reader.search().find("pears", 10)).extracting(SearchHit::documentId).containsExactly(doc);
        }
    }

    @Test
    void reopeningTheLibraryKeepsTheIndex() {
        Annotation a = lib.annotateQuote(doc, "quinces", 1, null, "tart fruit", List.of());
        assertThat(lib.search().ensureTextIndexed()).isZero(); // each import indexed its document
        lib.close();
        lib = Library.open(dir.resolve("library.sqlite"));
        assertThat(lib.search().ensureTextIndexed()).isZero();
        assertThat(annotationHits("tart")).containsExactly(a.id());
        assertThat(lib.search().find("pears", 10)).hasSize(1);
    }
}

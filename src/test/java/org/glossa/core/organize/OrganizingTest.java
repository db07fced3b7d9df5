package org.glossa.core.organize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections, tag matrix, links, metadata edits and delete with undo. */
class OrganizingTest {
    @TempDir
    Path dir;
    Library lib;
    long first;
    long second;

    @BeforeEach
    void openLibrary() {
        lib = Library.open(dir.resolve("library.sqlite"));
        first = add(lib, "First source", "A", "Growth was strong in spring.", "Inflation stayed low.");
        second = add(lib, "Second source", "B", "Growth was weak all year.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    @Test
    void aDocumentCanBeInSeveralCollectionsAndCountsAreKept() {
        DocumentCollection reading = lib.createCollection("Reading");
        DocumentCollection thesis = lib.createCollection("Thesis");
        assertThat(lib.addToCollection(reading.id(), List.of(first, second))).isEqualTo(2);
        assertThat(lib.addToCollection(reading.id(), List.of(first))).isZero();
        lib.addToCollection(thesis.id(), List.of(first));
        assertThat(lib.collections()).extracting(DocumentCollection::name, DocumentCollection::documentCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Reading", 2),
                        org.assertj.core.groups.Tuple.tuple("Thesis", 1));
        assertThat(lib.collectionsOf(first)).extracting(DocumentCollection::name).containsExactly("Reading", "Thesis");
        assertThat(lib.documentsIn(reading.id())).extracting(DocumentInfo::id).containsExactly(first, second);
        assertThat(lib.removeFromCollection(reading.id(), first)).isTrue();
        assertThat(lib.documentsIn(reading.id())).extracting(DocumentInfo::id).containsExactly(second);
    }

    @Test
    void collectionNamesAreUniqueIgnoringCaseAndCanBeRenamed() {
        DocumentCollection c = lib.createCollection("  Week   1 ");
        assertThat(c.name()).isEqualTo("Week 1");
        assertThatThrownBy(() -> lib.createCollection("week 1")).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.createCollection(" ")).isInstanceOf(GlossaException.class);
        lib.renameCollection(c.id(), "Week 2");
        assertThat(lib.collection("WEEK 2").id()).isEqualTo(c.id());
        lib.createCollection("Other");
        assertThatThrownBy(() -> lib.renameCollection(c.id(), "other")).isInstanceOf(GlossaException.class);
    }

    @Test
    void deletingACollectionKeepsItsDocuments() {
        DocumentCollection c = lib.createCollection("Temp");
        lib.addToCollection(c.id(), List.of(first));
        lib.deleteCollection(c.id());
        assertThat(lib.collections()).isEmpty();
        assertThat(lib.findDocument(first)).isPresent();
        assertThatThrownBy(() -> lib.deleteCollection(c.id())).isInstanceOf(GlossaException.class);
    }

    @Test
    void theTagMatrixCountsAnnotationsPerTagAndDocument() {
        lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of("claim/growth"));
        lib.annotateQuote(first, "Inflation stayed low", 1, null, null, List.of("claim/growth", "evidence"));
        lib.annotateQuote(second, "Growth was weak", 1, "red", null, List.of("evidence"));
        lib.annotateQuote(second, "all year", 1, null, null, List.of());
        TagMatrix m = lib.tagMatrix("");
        assertThat(m.tags()).containsExactly("claim/growth", "evidence");
        assertThat(m.documents()).extracting(TagMatrix.DocumentRef::id).containsExactly(first, second);
        assertThat(m.counts()).containsExactly(List.of(2, 0), List.of(1, 1));
        assertThat(m.max()).isEqualTo(2);
        assertThat(lib.tagMatrix("color:red").counts()).containsExactly(List.of(1));
    }

    @Test
    void aLinkIsShownOnBothEndsAndCanBeChangedAndRemoved() {
        Annotation strong = lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of());
        Annotation weak = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.link(weak.id(), strong.id(), LinkKind.CONTRADICTS);
        assertThat(lib.links(weak.id())).singleElement().satisfies(l -> {
            assertThat(l.outgoing()).isTrue();
            assertThat(l.otherId()).isEqualTo(strong.id());
            assertThat(l.kind()).isEqualTo(LinkKind.CONTRADICTS);
            assertThat(l.otherDocumentTitle()).isEqualTo("First source");
            assertThat(l.otherQuote()).isEqualTo("Growth was strong");
        });
        assertThat(lib.links(strong.id())).singleElement().satisfies(l -> {
            assertThat(l.outgoing()).isFalse();
            assertThat(l.otherId()).isEqualTo(weak.id());
        });
        lib.link(weak.id(), strong.id(), LinkKind.RELATED);
        assertThat(lib.links(strong.id())).extracting(AnnotationLink::kind).containsExactly(LinkKind.RELATED);
        assertThat(lib.unlink(strong.id(), weak.id())).isTrue();
        assertThat(lib.links(weak.id())).isEmpty();
        assertThatThrownBy(() -> lib.link(weak.id(), weak.id(), LinkKind.SUPPORTS)).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> LinkKind.parse("refutes")).isInstanceOf(GlossaException.class);
    }

    @Test
    void deletingAnAnnotationRemovesItsLinks() {
        Annotation a = lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of());
        Annotation b = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.link(a.id(), b.id(), LinkKind.SUPPORTS);
        lib.deleteAnnotation(a.id());
        assertThat(lib.links(b.id())).isEmpty();
    }

    @Test
    void metadataEditsAreStoredAndATitleIsRequired() {
        DocumentInfo d = lib.updateDocumentInfo(first, " New title ", "  ", "https://example.org/x");
        assertThat(d.title()).isEqualTo("New title");
        assertThat(d.author()).isNull();
        assertThat(d.source()).isEqualTo("https://example.org/x");
        assertThatThrownBy(() -> lib.updateDocumentInfo(first, " ", null, null)).isInstanceOf(GlossaException.class);
    }

    @Test
    void aDeletedDocumentComesBackWithItsAnnotationsCollectionsLinksAndReadingTime() {
        Annotation a = lib.annotateQuote(first, "Growth was strong", 1, "green", "note", List.of("claim"));
        Annotation b = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.link(b.id(), a.id(), LinkKind.CONTRADICTS);
        long col = lib.createCollection("Keep").id();
        lib.addToCollection(col, List.of(first));
        lib.markRead(first);
        String text = lib.load(first).text();

        DeletedDocument deleted = lib.deleteDocumentForUndo(first);
        assertThat(lib.findDocument(first)).isEmpty();
        assertThat(lib.findAnnotation(a.id())).isEmpty();
        assertThat(lib.search("inflation", 10)).isEmpty();

        DocumentInfo back = lib.restoreDocument(deleted);
        assertThat(back.title()).isEqualTo("First source");
        assertThat(lib.load(back.id()).text()).isEqualTo(text);
        assertThat(lib.annotation(a.id()).documentId()).isEqualTo(back.id());
        assertThat(lib.annotation(a.id()).tags()).containsExactly("claim");
        assertThat(lib.documentsIn(col)).extracting(DocumentInfo::id).containsExactly(back.id());
        assertThat(lib.links(b.id())).extracting(AnnotationLink::otherId).containsExactly(a.id());
        assertThat(lib.lastRead(back.id())).isPresent();
        assertThat(lib.search("inflation", 10)).extracting(h -> h.documentId()).containsExactly(back.id());
        assertThatThrownBy(() -> lib.restoreDocument(deleted)).isInstanceOf(GlossaException.class);
    }

    @Test
    void libraryRowsCarryLastReadTagsAndCollections() {
        lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of("claim", "Beta"));
        lib.annotateQuote(first, "Inflation stayed low", 1, null, null, List.of("claim"));
        lib.addToCollection(lib.createCollection("Zeta").id(), List.of(first));
        lib.addToCollection(lib.createCollection("alpha").id(), List.of(first));
        lib.markRead(first);
        LibraryRow row = lib.libraryRows().stream().filter(r -> r.info().id() == first).findFirst().orElseThrow();
        assertThat(row.tags()).containsExactly("Beta", "claim");
        assertThat(row.collections()).containsExactly("alpha", "Zeta");
        assertThat(row.lastRead()).isNotNull();
        assertThat(row.info().annotationCount()).isEqualTo(2);
        LibraryRow other = lib.libraryRows().stream().filter(r -> r.info().id() == second).findFirst().orElseThrow();
        assertThat(other.lastRead()).isNull();
        assertThat(other.tags()).isEmpty();
    }
}

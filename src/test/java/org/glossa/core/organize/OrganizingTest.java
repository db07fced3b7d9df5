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
        DocumentCollection reading = lib.collections().create("Reading");
        DocumentCollection thesis = lib.collections().create("Thesis");
        assertThat(lib.collections().add(reading.id(), List.of(first, second))).isEqualTo(2);
        assertThat(lib.collections().add(reading.id(), List.of(first))).isZero();
        lib.collections().add(thesis.id(), List.of(first));
        assertThat(lib.collections().list()).extracting(DocumentCollection::name, DocumentCollection::documentCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Reading", 2),
                        org.assertj.core.groups.Tuple.tuple("Thesis", 1));
        assertThat(lib.collections().of(first)).extracting(DocumentCollection::name).containsExactly("Reading", "Thesis");
        assertThat(lib.collections().documents(reading.id())).extracting(DocumentInfo::id).containsExactly(first, second);
        assertThat(lib.collections().remove(reading.id(), first)).isTrue();
        assertThat(lib.collections().documents(reading.id())).extracting(DocumentInfo::id).containsExactly(second);
    }

    @Test
    void collectionNamesAreUniqueIgnoringCaseAndCanBeRenamed() {
        DocumentCollection c = lib.collections().create("  Week   1 ");
        assertThat(c.name()).isEqualTo("Week 1");
        assertThatThrownBy(() -> lib.collections().create("week 1")).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.collections().create(" ")).isInstanceOf(GlossaException.class);
        lib.collections().rename(c.id(), "Week 2");
        assertThat(lib.collections().named("WEEK 2").id()).isEqualTo(c.id());
        lib.collections().create("Other");
        assertThatThrownBy(() -> lib.collections().rename(c.id(), "other")).isInstanceOf(GlossaException.class);
    }

    @Test
    void deletingACollectionKeepsItsDocuments() {
        DocumentCollection c = lib.collections().create("Temp");
        lib.collections().add(c.id(), List.of(first));
        lib.collections().delete(c.id());
        assertThat(lib.collections().list()).isEmpty();
        assertThat(lib.findDocument(first)).isPresent();
        assertThatThrownBy(() -> lib.collections().delete(c.id())).isInstanceOf(GlossaException.class);
    }

    @Test
    void theTagMatrixCountsAnnotationsPerTagAndDocument() {
        lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of("claim/growth"));
        lib.annotateQuote(first, "Inflation stayed low", 1, null, null, List.of("claim/growth", "evidence"));
        lib.annotateQuote(second, "Growth was weak", 1, "red", null, List.of("evidence"));
        lib.annotateQuote(second, "all year", 1, null, null, List.of());
        TagMatrix m = lib.tags().matrix("");
        assertThat(m.tags()).containsExactly("claim/growth", "evidence");
        assertThat(m.documents()).extracting(TagMatrix.DocumentRef::id).containsExactly(first, second);
        assertThat(m.counts()).containsExactly(List.of(2, 0), List.of(1, 1));
        assertThat(m.max()).isEqualTo(2);
        assertThat(lib.tags().matrix("color:red").counts()).containsExactly(List.of(1));
    }

    @Test
    void aLinkIsShownOnBothEndsAndCanBeChangedAndRemoved() {
        Annotation strong = lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of());
        Annotation weak = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.links().link(weak.id(), strong.id(), LinkKind.CONTRADICTS);
        assertThat(lib.links().of(weak.id())).singleElement().satisfies(l -> {
            assertThat(l.outgoing()).isTrue();
            assertThat(l.otherId()).isEqualTo(strong.id());
            assertThat(l.kind()).isEqualTo(LinkKind.CONTRADICTS);
            assertThat(l.otherDocumentTitle()).isEqualTo("First source");
            assertThat(l.otherQuote()).isEqualTo("Growth was strong");
        });
        assertThat(lib.links().of(strong.id())).singleElement().satisfies(l -> {
            assertThat(l.outgoing()).isFalse();
            assertThat(l.otherId()).isEqualTo(weak.id());
        });
        lib.links().link(weak.id(), strong.id(), LinkKind.RELATED);
        assertThat(lib.links().of(strong.id())).extracting(AnnotationLink::kind).containsExactly(LinkKind.RELATED);
        assertThat(lib.links().unlink(strong.id(), weak.id())).isTrue();
        assertThat(lib.links().of(weak.id())).isEmpty();
        assertThatThrownBy(() -> lib.links().link(weak.id(), weak.id(), LinkKind.SUPPORTS)).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> LinkKind.parse("refutes")).isInstanceOf(GlossaException.class);
    }

    @Test
    void deletingAnAnnotationRemovesItsLinks() {
        Annotation a = lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of());
        Annotation b = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.links().link(a.id(), b.id(), LinkKind.SUPPORTS);
        lib.deleteAnnotation(a.id());
        assertThat(lib.links().of(b.id())).isEmpty();
    }

    @Test
    void metadataEditsAreStoredAndATitleIsRequired() {
        DocumentInfo d = lib.catalog().updateInfo(first, " New title ", "  ", "https://example.org/x");
        assertThat(d.title()).isEqualTo("New title");
        assertThat(d.author()).isNull();
        assertThat(d.source()).isEqualTo("https://example.org/x");
        assertThatThrownBy(() -> lib.catalog().updateInfo(first, " ", null, null)).isInstanceOf(GlossaException.class);
    }

    @Test
    void aDeletedDocumentComesBackWithItsAnnotationsCollectionsLinksAndReadingTime() {
        Annotation a = lib.annotateQuote(first, "Growth was strong", 1, "green", "note", List.of("claim"));
        Annotation b = lib.annotateQuote(second, "Growth was weak", 1, null, null, List.of());
        lib.links().link(b.id(), a.id(), LinkKind.CONTRADICTS);
        long col = lib.collections().create("Keep").id();
        lib.collections().add(col, List.of(first));
        lib.catalog().markRead(first);
        String text = lib.load(first).text();

        DeletedDocument deleted = lib.catalog().deleteForUndo(first);
        assertThat(lib.findDocument(first)).isEmpty();
        assertThat(lib.findAnnotation(a.id())).isEmpty();
        assertThat(lib.search().find("inflation", 10)).isEmpty();

        DocumentInfo back = lib.catalog().restore(deleted);
        assertThat(back.title()).isEqualTo("First source");
        assertThat(lib.load(back.id()).text()).isEqualTo(text);
        assertThat(lib.annotation(a.id()).documentId()).isEqualTo(back.id());
        assertThat(lib.annotation(a.id()).tags()).containsExactly("claim");
        assertThat(lib.collections().documents(col)).extracting(DocumentInfo::id).containsExactly(back.id());
        assertThat(lib.links().of(b.id())).extracting(AnnotationLink::otherId).containsExactly(a.id());
        assertThat(lib.catalog().lastRead(back.id())).isPresent();
        assertThat(lib.search().find("inflation", 10)).extracting(h -> h.documentId()).containsExactly(back.id());
        assertThatThrownBy(() -> lib.catalog().restore(deleted)).isInstanceOf(GlossaException.class);
    }

    @Test
    void libraryRowsCarryLastReadTagsAndCollections() {
        lib.annotateQuote(first, "Growth was strong", 1, null, null, List.of("claim", "Beta"));
        lib.annotateQuote(first, "Inflation stayed low", 1, null, null, List.of("claim"));
        lib.collections().add(lib.collections().create("Zeta").id(), List.of(first));
        lib.collections().add(lib.collections().create("alpha").id(), List.of(first));
        lib.catalog().markRead(first);
        LibraryRow row = lib.catalog().rows().stream().filter(r -> r.info().id() == first).findFirst().orElseThrow();
        assertThat(row.tags()).containsExactly("Beta", "claim");
        assertThat(row.collections()).containsExactly("alpha", "Zeta");
        assertThat(row.lastRead()).isNotNull();
        assertThat(row.info().annotationCount()).isEqualTo(2);
        LibraryRow other = lib.catalog().rows().stream().filter(r -> r.info().id() == second).findFirst().orElseThrow();
        assertThat(other.lastRead()).isNull();
        assertThat(other.tags()).isEmpty();
    }
}

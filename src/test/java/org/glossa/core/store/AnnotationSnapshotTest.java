package org.glossa.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.glossa.Fixtures;
import org.glossa.core.Library;
import org.glossa.core.organize.LinkKind;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Undo puts annotations back exactly as stored, links included, in one transaction. */
class AnnotationSnapshotTest {
    @TempDir
    Path dir;

    private Library library;
    private Annotation a;
    private Annotation b;
    private Annotation c;

    @BeforeEach
    void threeLinkedAnnotations() {
        library = Fixtures.newLibrary(dir);
        long doc = Fixtures.sampleId(library);
        a = library.annotate(doc, 10, 30, "yellow", "a *note*", List.of("claim/main", "evidence"));
        b = library.annotate(doc, 40, 60, "green", "", List.of("evidence"));
        c = library.annotate(doc, 70, 90, "blue", "third", List.of());
        library.links().link(a.id(), b.id(), LinkKind.SUPPORTS);
        library.links().link(c.id(), a.id(), LinkKind.CONTRADICTS);
        library.links().link(b.id(), c.id(), LinkKind.RELATED);
    }

    @AfterEach
    void close() {
        library.close();
    }

    @Test
    void deleteThenPuttingTheSnapshotBackRestoresEveryRowOfTheAnnotationAndItsLinksAtBothEnds() throws Exception {
        List<List<String>> before = rows();
        AnnotationSnapshot taken = library.snapshot(List.of(a.id()));
        assertThat(taken.links()).hasSize(2);

        library.replaceAnnotations(List.of(a.id()), AnnotationSnapshot.EMPTY);
        assertThat(library.findAnnotation(a.id())).isEmpty();
        assertThat(rows()).isNotEqualTo(before);
        assertThat(library.links().of(b.id())).extracting(l -> l.otherId()).containsExactly(c.id());

        library.replaceAnnotations(List.of(), taken);

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void undoingAMergePutsBackTheAbsorbedAnnotationWithItsLinksAndTheKeptOneAsItWas() throws Exception {
        List<List<String>> before = rows();
        AnnotationSnapshot taken = library.snapshot(List.of(a.id(), b.id()));

        Annotation grown = library.extend(a.id(), List.of(b.id()), 10, 60);
        assertThat(library.findAnnotation(b.id())).isEmpty();

        library.replaceAnnotations(List.of(grown.id()), taken);

        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void undoingANoteEditLeavesTheLinksTheReaderChangedSinceAsTheyAre() throws Exception {
        AnnotationSnapshot beforeEdit = library.snapshot(List.of(a.id()));
        library.setNote(a.id(), "edited");
        assertThat(library.links().unlink(a.id(), b.id())).isTrue();
        library.links().link(b.id(), a.id(), LinkKind.RELATED);
        List<List<String>> linksNow = rows().stream().filter(r -> r.get(0).contains("annotation_link")).toList();

        library.replaceAnnotations(List.of(a.id()), beforeEdit);

        assertThat(library.annotation(a.id()).note()).isEqualTo("a *note*");
        assertThat(rows().stream().filter(r -> r.get(0).contains("annotation_link")).toList()).isEqualTo(linksNow);
    }

    @Test
    void aFailureHalfWayThroughAReplacementChangesNothing() throws Exception {
        AnnotationSnapshot taken = library.snapshot(List.of(a.id(), b.id()));
        Annotation grown = library.extend(a.id(), List.of(b.id()), 10, 60);
        List<List<String>> merged = rows();
        // the annotations are written first; the link table refuses the last row
        List<AnnotationSnapshot.Link> links = new ArrayList<>(taken.links());
        links.add(new AnnotationSnapshot.Link(c.id(), b.id(), "no-such-kind", "2026-01-01T00:00:00Z"));
        AnnotationSnapshot broken = new AnnotationSnapshot(taken.annotations(), links);

        assertThatThrownBy(() -> library.replaceAnnotations(List.of(grown.id()), broken));

        assertThat(rows()).isEqualTo(merged);
    }

    /** Every row of the annotation, tag, annotation_tag and link tables, as the file holds them. */
    private List<List<String>> rows() throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + library.file());
             Statement s = conn.createStatement()) {
            for (String sql : List.of("SELECT * FROM annotation ORDER BY id",
                    "SELECT * FROM annotation_tag ORDER BY annotation_id, tag_id",
                    "SELECT * FROM tag ORDER BY id",
                    "SELECT * FROM annotation_link ORDER BY from_id, to_id")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        row.add(sql);
                        for (int i = 1; i <= n; i++) {
                            row.add(rs.getString(i));
                        }
                        out.add(row);
                    }
                }
            }
        }
        return out;
    }
}

package org.glossa.core.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.core.packet.AuthorLayer;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two coders on the same sources: Ana sends her project to Bea, Bea codes it too and sends it
 * back; Ana's import adds Bea's layer and changes nothing of Ana's.
 */
class QdaMergeTest {
    @TempDir
    Path dir;
    Library ana;
    long doc;

    @BeforeEach
    void open() {
        ana = Library.open(dir.resolve("ana.sqlite"), Clock.systemUTC(), new Importers(), "Ana");
        doc = add(ana, "Interview", "I", "Prices rose sharply in spring.", "Wages stalled; rents climbed \uD83D\uDCC8 too.");
    }

    @AfterEach
    void close() {
        ana.close();
    }

    @Test
    void anotherCodersProjectAddsTheirLayerAndLeavesTheLocalUsersAnnotationsAlone() throws Exception {
        Annotation prices = ana.annotateQuote(doc, "Prices rose sharply", 1, "green", "Ana's note", List.of("claim/economic"));
        Path toBea = dir.resolve("ana.qdpx");
        ana.qda().exportProject(toBea, null);

        Path toAna = dir.resolve("bea.qdpx");
        String beaRents;
        try (Library bea = Library.open(dir.resolve("bea.sqlite"), Clock.systemUTC(), new Importers(), "Bea")) {
            bea.qda().importProject(toBea);
            long beaDoc = bea.documents().stream().filter(d -> d.title().equals("Interview")).findFirst().orElseThrow().id();
            // Bea disagrees on Ana's annotation in her copy: her import must not carry that back over Ana's
            Annotation copy = bea.annotation(prices.id());
            bea.save(copy.withNote("Bea rewrote Ana's note", copy.modified().plusMinutes(5)));
            beaRents = bea.annotateQuote(beaDoc, "rents climbed \uD83D\uDCC8", 1, "", "Bea: housing", List.of("claim/social")).id();
            bea.annotateQuote(beaDoc, "Prices rose", 1, "", "", List.of("claim/economic"));
            bea.qda().exportProject(toAna, null);
        }
        List<Annotation> before = ana.annotations(doc);
        int documents = ana.documents().size();

        QdaImportReport r = ana.qda().importProject(toAna);

        assertThat(r.documentsImported()).isZero();
        assertThat(ana.documents()).hasSize(documents);
        assertThat(r.selectionsImported()).isEqualTo(2);
        assertThat(r.selectionsKept()).isEqualTo(1);
        assertThat(ana.annotation(prices.id())).isEqualTo(before.get(0));
        assertThat(ana.annotations(doc)).filteredOn(a -> a.author().equals("Ana")).containsExactlyElementsOf(before);
        assertThat(ana.layers().authors(doc)).extracting(AuthorLayer::author).containsExactlyInAnyOrder("Ana", "Bea");
        assertThat(ana.layers().annotationsBy(doc, "Bea")).hasSize(2);
        Annotation rents = ana.annotation(beaRents);
        assertThat(rents.author()).isEqualTo("Bea");
        assertThat(rents.quote().exact()).isEqualTo("rents climbed \uD83D\uDCC8");
        assertThat(rents.note()).isEqualTo("Bea: housing");
        assertThat(rents.tags()).containsExactly("claim/social");

        QdaImportReport again = ana.qda().importProject(toAna);
        assertThat(again.selectionsImported()).isZero();
        assertThat(again.selectionsRefreshed()).isZero();
        assertThat(ana.annotations(doc)).hasSize(3);

        // Bea's next round refreshes her own layer, still without touching Ana's
        try (Library bea = Library.open(dir.resolve("bea.sqlite"), Clock.systemUTC(), new Importers(), "Bea")) {
            Annotation mine = bea.annotation(beaRents);
            bea.save(mine.withNote("Bea: housing costs", mine.modified().plusMinutes(1)));
            bea.qda().exportProject(toAna, null);
        }
        QdaImportReport third = ana.qda().importProject(toAna);
        assertThat(third.selectionsRefreshed()).isEqualTo(1);
        assertThat(ana.annotation(beaRents).note()).isEqualTo("Bea: housing costs");
        assertThat(ana.annotation(prices.id())).isEqualTo(before.get(0));
    }
}

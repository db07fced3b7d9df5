package org.glossa.core.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-importing a changed article through the library: identity kept, annotations re-anchored. */
class NewVersionTest {
    private static final String V1 = "Moscow in winter\n\nPrices rose sharply in the autumn, while wages stayed "
            + "where they were.\n\nEconomists disagree about what comes next for the rouble and for savers.\n\n"
            + "The central bank raised its key rate for the third time this year.\n";

    @TempDir
    Path dir;
    Library lib;
    long doc;

    @BeforeEach
    void open() throws Exception {
        lib = Library.open(dir.resolve("lib.sqlite"));
        doc = lib.importFile(write("article.txt", V1)).id();
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Annotation highlight(String quote) {
        return lib.annotateQuote(doc, quote, 1, "green", "note on " + quote, List.of("claim"));
    }

    @Test
    void aNewVersionKeepsTheDocumentAndReportsWhatHappenedToEachAnnotation() throws Exception {
        Annotation kept = highlight("Moscow in winter");
        Annotation moved = highlight("what comes next for the rouble");
        Annotation fuzzy = highlight("The central bank raised its key rate for the third time this year");
        Annotation orphan = highlight("wages stayed where they were");
        String uri = lib.documentUri(doc);
        String v2 = V1.replace("Prices rose sharply in the autumn, while wages stayed where they were.",
                        "Prices rose sharply in the autumn. A new paragraph about bread and its price.")
                .replace("third time this year", "third time in a year");

        ReanchorReport r = lib.versions().replaceFromFile(doc, write("article-v2.txt", v2));

        assertThat(r).isEqualTo(new ReanchorReport(doc, 1, 1, 1, 1));
        assertThat(lib.documents()).hasSize(2); // the sample article and this one, nothing new
        String text = lib.load(doc).text();
        assertThat(lib.documentUri(doc)).isEqualTo(uri);
        Annotation m = lib.annotation(moved.id());
        assertThat(text.substring(m.start(), m.end())).isEqualTo("what comes next for the rouble");
        assertThat(lib.annotation(kept.id()).status()).isEqualTo(AnchorStatus.ANCHORED);
        Annotation f = lib.annotation(fuzzy.id());
        assertThat(f.status()).isEqualTo(AnchorStatus.FUZZY);
        assertThat(f.quote().exact()).isEqualTo("The central bank raised its key rate for the third time in a year");
        assertThat(lib.orphans(doc)).extracting(Annotation::id).containsExactly(orphan.id());
        assertThat(lib.orphans(doc).get(0).quote().exact()).isEqualTo("wages stayed where they were");
        assertThat(lib.orphans(doc).get(0).note()).isEqualTo("note on wages stayed where they were");
    }

    @Test
    void anOrphanCanBeReattachedToNewlySelectedTextAndAFuzzyMatchAccepted() throws Exception {
        Annotation orphan = highlight("wages stayed where they were");
        Annotation fuzzy = highlight("The central bank raised its key rate for the third time this year");
        lib.versions().replaceFromFile(doc, write("v2.txt", V1.replace("wages stayed where they were", "pay froze")
                .replace("this year", "in a year")));
        String text = lib.load(doc).text();
        int at = text.indexOf("pay froze");

        Annotation re = lib.reattach(orphan.id(), at, at + "pay froze".length());
        Annotation ok = lib.acceptFuzzy(fuzzy.id());

        assertThat(re.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(re.quote().exact()).isEqualTo("pay froze");
        assertThat(re.note()).isEqualTo(orphan.note());
        assertThat(ok.status()).isEqualTo(AnchorStatus.ANCHORED);
        assertThat(lib.orphans(doc)).isEmpty();
        assertThat(lib.annotationsWithStatus(doc, AnchorStatus.FUZZY)).isEmpty();
        assertThatThrownBy(() -> lib.acceptFuzzy(fuzzy.id())).isInstanceOf(GlossaException.class);
        assertThatThrownBy(() -> lib.reattach(orphan.id(), 5, 5)).isInstanceOf(GlossaException.class);
    }

    @Test
    void aMatchWaitingForReviewStillWaitsAfterTheNextVersion() throws Exception {
        Annotation fuzzy = highlight("The central bank raised its key rate for the third time this year");
        String v2 = V1.replace("this year", "in a year");
        assertThat(lib.versions().replaceFromFile(doc, write("v2.txt", v2)).fuzzy()).isEqualTo(1);

        ReanchorReport r = lib.versions().replaceFromFile(doc, write("v3.txt", "A new title\n\n" + v2));

        assertThat(r).isEqualTo(new ReanchorReport(doc, 0, 0, 1, 0));
        assertThat(lib.annotation(fuzzy.id()).status()).isEqualTo(AnchorStatus.FUZZY);
        assertThat(lib.annotation(fuzzy.id()).quote().exact()).endsWith("third time in a year");
    }

    @Test
    void aVersionThatIsAlreadyAnotherDocumentIsRefusedAndNothingChanges() throws Exception {
        Annotation a = highlight("Moscow in winter");
        String before = lib.load(doc).text();
        long other = lib.importFile(write("other.txt", "Something else entirely.\n")).id();
        assertThatThrownBy(() -> lib.versions().replace(doc, new Importers().read(
                "Something else entirely.\n".getBytes(StandardCharsets.UTF_8), "x.txt")))
                .isInstanceOf(GlossaException.class).hasMessageContaining("document " + other);
        assertThat(lib.load(doc).text()).isEqualTo(before).contains("Moscow in winter");
        assertThat(lib.annotation(a.id())).isEqualTo(a);
    }
}

package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glossa.model.DocumentInfo;
import org.junit.jupiter.api.Test;

/** File › Import… takes a REFI-QDA project; File › Export project (REFI-QDA)… is in the menu. */
class ProjectExchangeInTheWindowTest extends WindowFixture {
    private static final String TEXT = "Interview\r\nThe harvest in Zoë's village \uD83C\uDF3E was poor.\r\n";

    private Path project() throws Exception {
        Path file = dir.resolve("village.qdpx");
        String quote = "harvest in Zoë's village \uD83C\uDF3E";
        int start = TEXT.codePointCount(0, TEXT.indexOf(quote));
        int end = start + quote.codePointCount(0, quote.length());
        String qde = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Village\">"
                + "<Users><User guid=\"11111111-1111-4111-8111-111111111111\" name=\"Дмитрий\"/></Users>"
                + "<CodeBook><Codes><Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"harvest\" isCodable=\"true\""
                + " color=\"rgb(1,2,3)\"/></Codes></CodeBook>"
                + "<Sources><TextSource guid=\"a0000000-0000-4000-8000-000000000001\" name=\"Village interview\""
                + " plainTextPath=\"internal://a0000000-0000-4000-8000-000000000001.txt\">"
                + "<PlainTextSelection guid=\"b0000000-0000-4000-8000-000000000001\" startPosition=\"" + start
                + "\" endPosition=\"" + end + "\" creatingUser=\"11111111-1111-4111-8111-111111111111\">"
                + "<Coding guid=\"d0000000-0000-4000-8000-000000000001\"><CodeRef targetGUID=\"c0000000-0000-4000-8000-000000000001\"/>"
                + "</Coding></PlainTextSelection></TextSource></Sources></Project>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("Village.qde"));
            zip.write(qde.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("sources/a0000000-0000-4000-8000-000000000001.txt"));
            zip.write(TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void importingAProjectAddsItsDocumentAndTheCodersLayerAndSaysWhatWasLeftOut() throws Exception {
        startApp();
        Path file = project();
        interact(() -> window().importFiles(List.<File>of(file.toFile())));
        waitUntil(() -> window().status().messageProperty().get().startsWith("Imported project \"Village\""));
        assertThat(window().status().messageProperty().get()).contains("1 annotation(s) new").contains("coders: Дмитрий")
                .contains("see Details");
        assertThat(window().status().detailsProperty().get()).contains("rgb(1,2,3)");
        waitUntil(() -> onFx(() -> window().documents().documents().stream()
                .anyMatch(d -> d.title().equals("Village interview"))));
        DocumentInfo doc = onFx(() -> window().documents().documents().stream()
                .filter(d -> d.title().equals("Village interview")).findFirst().orElseThrow());
        assertThat(doc.annotationCount()).isEqualTo(1);

        clickMenu("File");
        // the item is there; its file dialog cannot open headless (the export itself is tested in core.qda)
        waitUntil(() -> lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.isVisible()
                && "Export project (REFI-QDA)\u2026".equals(l.getText() == null ? null : l.getText().replace("_", "")))
                .tryQuery().isPresent());
        type(javafx.scene.input.KeyCode.ESCAPE);
    }
}

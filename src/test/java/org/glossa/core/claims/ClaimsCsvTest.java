package org.glossa.core.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ClaimsCsvTest {
    private static ClaimRow row(String quote, String note, List<String> tags) {
        return new ClaimRow("id-1", 7, "Title, with comma", 10, 20, 4, quote, note, tags, "yellow", "ann",
                OffsetDateTime.parse("2026-01-02T03:04:05Z"), OffsetDateTime.parse("2026-01-02T03:04:06Z"), "anchored", "p. 4", "Important");
    }

    private static CSVRecord parseOne(String csv) throws Exception {
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(records).hasSize(1);
        return records.get(0);
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+1 shares|'+1 shares",
            "-2 points|'-2 points",
            "@cmd|'@cmd",
            "plain words|plain words",
            "a = b|a = b"})
    void cellsThatASpreadsheetWouldEvaluateGetAnApostrophe(String quote, String written) throws Exception {
        assertThat(parseOne(ClaimsCsv.toCsv(List.of(row(quote, "", List.of())))).get("quote")).isEqualTo(written);
    }

    @Test
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo() {
        assertThat(ClaimsCsv.neutralize("\tx")).isEqualTo("'\tx");
        assertThat(ClaimsCsv.neutralize("\rx")).isEqualTo("'\rx");
        assertThat(ClaimsCsv.neutralize(null)).isEmpty();
    }

    @Test
    void quotesCommasAndNewlinesSurviveARoundTrip() throws Exception {
        String quote = "He said \"no\", then left,\nand\r\nnever came back";
        CSVRecord r = parseOne(ClaimsCsv.toCsv(List.of(row(quote, "note, \"quoted\"", List.of("a", "b/c")))));
        assertThat(r.get("quote")).isEqualTo(quote);
        assertThat(r.get("note")).isEqualTo("note, \"quoted\"");
        assertThat(r.get("tags")).isEqualTo("a; b/c");
        assertThat(r.get("document")).isEqualTo("Title, with comma");
        assertThat(r.get("page")).isEqualTo("4");
        assertThat(r.get("location")).isEqualTo("p. 4");
        assertThat(r.get("color_meaning")).isEqualTo("Important");
        assertThat(r.get("annotation_id")).isEqualTo("id-1");
    }

    @Test
    void csvUsesCrLfBetweenRecordsAsRfc4180Says() {
        assertThat(ClaimsCsv.toCsv(List.of(row("q", "", List.of())))).contains("annotation_id\r\n7,");
    }

    @Test
    void tsvHasOneLinePerRowWithNoTabsOrLineBreaksInsideCells() {
        String tsv = ClaimsCsv.toTsv(List.of(row("a\tb\nc", "=1+1", List.of())));
        assertThat(tsv.lines()).hasSize(2);
        String[] cells = tsv.lines().toList().get(1).split("\t", -1);
        assertThat(cells).hasSize(ClaimsCsv.HEADER.size());
        assertThat(cells[ClaimsCsv.HEADER.indexOf("quote")]).isEqualTo("a b c");
        assertThat(cells[ClaimsCsv.HEADER.indexOf("note")]).isEqualTo("'=1+1");
    }
}

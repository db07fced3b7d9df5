package org.glossa.core.claims;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The claims table as CSV (RFC 4180, via Commons CSV) or as TSV for the clipboard. Cells a
 * spreadsheet would run as a formula (starting with = + - @, tab or CR) get a leading
 * apostrophe, so a quote like "=HYPERLINK(...)" stays text.
 */
public final class ClaimsCsv {
    public static final List<String> HEADER = List.of("document_id", "document", "page", "location", "start",
            "end", "quote", "note", "tags", "color", "color_meaning", "author", "created", "modified", "status", "annotation_id");
    private static final char BOM = '\uFEFF';

    private ClaimsCsv() {
    }

    /**
     * Writes UTF-8 CSV with CRLF line ends. {@code bom}: a byte-order mark first, so that Excel
     * opens non-ASCII text correctly (other tools ignore it or show it as one odd character).
     */
    public static void write(List<ClaimRow> rows, OutputStream out, boolean bom) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (bom) {
            w.write(BOM);
        }
        write(rows, w);
        w.flush();
    }

    public static void write(List<ClaimRow> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
        for (ClaimRow r : rows) {
            printer.printRecord(cells(r));
        }
        printer.flush();
    }

    public static String toCsv(List<ClaimRow> rows) {
        StringWriter w = new StringWriter();
        try {
            write(rows, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /**
     * Tab-separated, one line per row, header first: what spreadsheets accept from the clipboard.
     * Tabs and line breaks inside cells become spaces, since TSV has no quoting that every
     * program agrees on.
     */
    public static String toTsv(List<ClaimRow> rows) {
        StringBuilder b = new StringBuilder();
        appendTsvLine(b, HEADER);
        for (ClaimRow r : rows) {
            appendTsvLine(b, cells(r));
        }
        return b.toString();
    }

    private static void appendTsvLine(StringBuilder b, List<String> cells) {
        List<String> clean = new ArrayList<>(cells.size());
        for (String cell : cells) {
            clean.add(neutralize(cell.replaceAll("[\\t\\r\\n]+", " ")));
        }
        b.append(String.join("\t", clean)).append('\n');
    }

    static List<String> cells(ClaimRow r) {
        return List.of(Long.toString(r.documentId()), neutralize(r.documentTitle()),
                r.page() == null ? "" : r.page().toString(), neutralize(r.location()), Integer.toString(r.start()),
                Integer.toString(r.end()), neutralize(r.quote()), neutralize(r.note()),
                neutralize(String.join("; ", r.tags())), neutralize(r.color()), neutralize(r.colorMeaning()),
                neutralize(r.author()),
                r.created() == null ? "" : r.created().toString(), r.modified() == null ? "" : r.modified().toString(),
                neutralize(r.status()), r.annotationId());
    }

    /** A text cell that a spreadsheet would evaluate gets an apostrophe in front. */
    public static String neutralize(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}

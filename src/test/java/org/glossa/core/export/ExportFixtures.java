package org.glossa.core.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.importing.Importers;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.model.TextQuote;

/**
 * A library with one document built block by block (headings, marks, a page marker, a quote, a
 * list, a link; Cyrillic and Greek words) and annotations with fixed ids and times, so that
 * exports are the same on every run and can be compared with golden files.
 */
final class ExportFixtures {
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.UTC);
    static final String TITLE = "Rivers & \"Cities\" <Notes>";
    static final String SCRIPT_NOTE = "<script>alert('x')</script> & \"quoted\" <b>bold</b> 'single'";

    static final String TEXT = String.join("\n",
            "Reading Notes on Rivers",
            "Rivers shape the cities that grow beside them. The Moskva (Москва) winds through the capital.",
            "Greek writers called the river ποταμός, and Heraclitus said no one steps in the same river twice.",
            "First point about water & stone.",
            "Second point <with brackets>.",
            "See the atlas for maps.") + "\n";

    private ExportFixtures() {
    }

    static Library library(Path dir, String author) {
        return Library.open(dir.resolve(author.toLowerCase() + ".sqlite"),
                Clock.fixed(Instant.parse("2026-03-01T09:30:00Z"), ZoneOffset.UTC), new Importers(), author);
    }

    static ImportedDocument document() {
        List<Block> blocks = new ArrayList<>();
        String[] lines = TEXT.split("\n");
        BlockKind[] kinds = {BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM,
                BlockKind.LIST_ITEM, BlockKind.PARAGRAPH};
        int at = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i == 2) {
                blocks.add(new Block(BlockKind.PAGE_BREAK, at, at, 2));
            }
            blocks.add(new Block(kinds[i], at, at + lines[i].length(), kinds[i] == BlockKind.HEADING ? 2 : 0));
            at += lines[i].length() + 1;
        }
        List<Mark> marks = List.of(
                Mark.of(MarkKind.BOLD, TEXT.indexOf("shape"), TEXT.indexOf("shape") + 5),
                Mark.of(MarkKind.ITALIC, TEXT.indexOf("Moskva"), TEXT.indexOf("Moskva") + 6),
                new Mark(MarkKind.LINK, TEXT.indexOf("atlas"), TEXT.indexOf("atlas") + 5,
                        "https://example.org/atlas?a=1&b=2"),
                new Mark(MarkKind.LINK, TEXT.indexOf("maps"), TEXT.indexOf("maps") + 4, "javascript:alert(1)"));
        return new ImportedDocument(TITLE, "Ana & Bo", "https://example.org/rivers", "markdown", "en", null,
                new DocumentContent(TEXT, blocks, marks), Map.of());
    }

    /** Imports the document and adds four annotations, two of them overlapping. */
    static long withAnnotations(Library lib) {
        long id = lib.importDocument(document()).id();
        add(lib, id, 1, "cities that grow beside them", "yellow", "Cities follow water.", List.of("claim/geo"));
        add(lib, id, 2, "grow beside them. The Moskva (Москва)", "green", "", List.of());
        add(lib, id, 3, "ποταμός", "blue", SCRIPT_NOTE, List.of("a&b", "greek <word>"));
        add(lib, id, 4, "water & stone", "pink", "Why **both**?\n\nSee [notes](javascript:alert(2)).", List.of());
        return id;
    }

    static Annotation add(Library lib, long doc, int n, String quote, String color, String note, List<String> tags) {
        int start = TEXT.indexOf(quote);
        Annotation a = new Annotation(String.format("00000000-0000-4000-8000-%012d", n), doc, start,
                start + quote.length(), TextQuote.of(TEXT, start, start + quote.length()), color, note, tags,
                lib.author(), AT, AT, AnchorStatus.ANCHORED);
        return lib.restoreAnnotation(a);
    }
}

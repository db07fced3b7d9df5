package org.glossa.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.ImportedDocument;

/** Builds documents for tests: paragraphs joined by blank lines, "[page N]" lines become page breaks. */
public final class TestDocuments {
    private TestDocuments() {
    }

    public static ImportedDocument document(String title, String author, String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<Block> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            if (p.matches("\\[page \\d+]")) {
                text.append(p);
                blocks.add(new Block(BlockKind.PAGE_BREAK, start, text.length(),
                        Integer.parseInt(p.replaceAll("\\D", ""))));
            } else {
                text.append(p);
                blocks.add(Block.of(BlockKind.PARAGRAPH, start, text.length()));
            }
        }
        return new ImportedDocument(title, author, "https://example.org/" + title.hashCode(), "text", "en", null,
                new DocumentContent(text.toString(), blocks, List.of()), Map.of());
    }

    /** Imports and returns the new document's id. */
    public static long add(Library lib, String title, String author, String... paragraphs) {
        return lib.importDocument(document(title, author, paragraphs)).id();
    }
}

package org.glossa.core.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;

/**
 * Writes the document-text FTS rows, one per block, for every document that has none yet.
 * Triggers (migration 003) drop a document's rows and its {@code text_indexed} mark whenever
 * it is deleted or its text or blocks change; this class fills in what is missing before
 * every commit of a library opened for writing (see {@link Search#keepIndexCurrent}). Slicing
 * is done here because Java slices by UTF-16 index, as the reader does, and in linear time.
 */
public final class TextIndexer {
    /** FTS rowid = document id * ROWS_PER_DOCUMENT + chunk number (see 003.sql). */
    static final long ROWS_PER_DOCUMENT = 1L << 20;
    /** Blocks longer than this are indexed in pieces, so a snippet stays near its hit. */
    static final int MAX_CHUNK = 4000;

    private final DocumentRepository documents = new DocumentRepository();

    /** A slice of a document's text: {@code [start, start + text.length())}. */
    record Chunk(int start, String text) {
    }

    /** Indexes every document without a {@code text_indexed} mark; returns how many. */
    public int indexMissing(Connection c) throws SQLException {
        List<Long> missing = missing(c);
        for (long id : missing) {
            index(c, id, documents.content(c, id));
        }
        return missing.size();
    }

    /** The documents without a {@code text_indexed} mark, by id. */
    List<Long> missing(Connection c) throws SQLException {
        List<Long> missing = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT d.id FROM document d WHERE NOT EXISTS"
                + " (SELECT 1 FROM text_indexed t WHERE t.document_id = d.id) ORDER BY d.id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                missing.add(rs.getLong(1));
            }
        }
        return missing;
    }

    /** (Re)writes one document's rows. */
    public void index(Connection c, long documentId, DocumentContent content) throws SQLException {
        long base = documentId * ROWS_PER_DOCUMENT;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM text_fts WHERE rowid >= ? AND rowid < ?")) {
            ps.setLong(1, base);
            ps.setLong(2, base + ROWS_PER_DOCUMENT);
            ps.executeUpdate();
        }
        List<Chunk> chunks = chunks(content);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO text_fts(rowid, body, start_pos) VALUES (?,?,?)")) {
            for (int i = 0; i < chunks.size(); i++) {
                ps.setLong(1, base + i);
                ps.setString(2, chunks.get(i).text());
                ps.setInt(3, chunks.get(i).start());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO text_indexed(document_id) VALUES (?)")) {
            ps.setLong(1, documentId);
            ps.executeUpdate();
        }
    }

    /** The blocks' text (page breaks and blank blocks skipped), or paragraphs when there are no blocks. */
    static List<Chunk> chunks(DocumentContent content) {
        String text = content.text();
        List<Chunk> out = new ArrayList<>();
        if (content.blocks().isEmpty()) {
            int start = 0;
            for (String para : text.split("\n\n", -1)) {
                addPieces(out, text, start, start + para.length());
                start += para.length() + 2;
            }
        } else {
            for (Block b : content.blocks()) {
                if (b.kind() != BlockKind.PAGE_BREAK) {
                    addPieces(out, text, Math.min(b.start(), text.length()), Math.min(b.end(), text.length()));
                }
            }
        }
        if (out.size() > ROWS_PER_DOCUMENT) {
            // more than a million blocks: fall back to large fixed pieces rather than overflow the rowid range
            List<Chunk> coarse = new ArrayList<>();
            for (int s = 0; s < text.length(); s += MAX_CHUNK * 64) {
                coarse.add(new Chunk(s, text.substring(s, Math.min(text.length(), s + MAX_CHUNK * 64))));
            }
            return coarse;
        }
        return out;
    }

    private static void addPieces(List<Chunk> out, String text, int start, int end) {
        int s = start;
        while (s < end) {
            int e = Math.min(end, s + MAX_CHUNK);
            if (e < end) {
                int space = text.lastIndexOf(' ', e);
                e = space > s + MAX_CHUNK / 2 ? space : e;
                if (Character.isHighSurrogate(text.charAt(e - 1))) {
                    e--;
                }
            }
            String piece = text.substring(s, e);
            if (!piece.isBlank()) {
                out.add(new Chunk(s, piece));
            }
            s = e;
        }
    }
}

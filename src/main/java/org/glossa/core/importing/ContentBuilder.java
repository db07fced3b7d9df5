package org.glossa.core.importing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;

/**
 * Builds a document's text and structure while an importer walks its source. Blocks are
 * separated by a blank line (consecutive list items and table rows by a single newline), inline
 * whitespace is collapsed, empty blocks vanish, and everything appended is cleaned
 * ({@link TextCleaner}) so offsets are final as soon as they are recorded.
 */
public final class ContentBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Block> blocks = new ArrayList<>();
    private final List<Mark> marks = new ArrayList<>();
    private final java.util.Set<String> targets = new java.util.HashSet<>();
    private final Deque<OpenMark> open = new ArrayDeque<>();
    private BlockKind kind;
    private int level;
    private int blockStart = -1;
    private BlockKind lastKind;
    private boolean pendingSpace;

    private record OpenMark(MarkKind kind, String href, int start) {
    }

    /** Starts a block, ending the current one. */
    public ContentBuilder startBlock(BlockKind newKind, int newLevel) {
        endBlock();
        kind = newKind;
        level = newLevel;
        return this;
    }

    public ContentBuilder startBlock(BlockKind newKind) {
        return startBlock(newKind, 0);
    }

    /** Appends inline text: runs of whitespace become one space. */
    public ContentBuilder text(String s) {
        return cleanText(TextCleaner.clean(s));
    }

    /** As {@link #text}, for text that has already been through {@link TextCleaner} (big files). */
    ContentBuilder cleanText(String cleaned) {
        for (int i = 0; i < cleaned.length(); i++) {
            char c = cleaned.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = true;
            } else {
                beginBlockText();
                if (pendingSpace && !endsWithWhitespace()) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        return this;
    }

    /** Appends text whose whitespace matters (code, verse): only line endings are normalised. */
    public ContentBuilder raw(String s) {
        String cleaned = TextCleaner.clean(s);
        if (cleaned.isEmpty()) {
            return this;
        }
        beginBlockText();
        if (pendingSpace && !endsWithWhitespace()) {
            text.append(' ');
        }
        pendingSpace = false;
        text.append(cleaned);
        return this;
    }

    /** A line break inside the current block. */
    public ContentBuilder lineBreak() {
        if (blockStart >= 0 && text.length() > blockStart) {
            trimTrailingSpaces();
            text.append('\n');
            pendingSpace = false;
        }
        return this;
    }

    public ContentBuilder openMark(MarkKind markKind, String href) {
        open.push(new OpenMark(markKind, href, text.length()));
        return this;
    }

    public ContentBuilder openMark(MarkKind markKind) {
        return openMark(markKind, null);
    }

    /** Closes the innermost open mark; a mark over whitespace only is dropped. */
    public ContentBuilder closeMark() {
        if (open.isEmpty()) {
            return this;
        }
        OpenMark m = open.pop();
        addMark(m.kind(), m.start(), text.length(), m.href());
        return this;
    }

    /** Adds a mark over an already appended range. */
    public ContentBuilder addMark(MarkKind markKind, int start, int end, String href) {
        int s = start;
        int e = Math.min(end, text.length());
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            marks.add(new Mark(markKind, s, e, href));
        }
        return this;
    }

    /**
     * Names the current position as a place that links inside the document lead to (an element's
     * id); the first place of a name wins, as in a browser.
     */
    public ContentBuilder target(String name) {
        if (name != null && !name.isBlank() && targets.add(name)) {
            marks.add(new Mark(MarkKind.TARGET, text.length(), text.length(), name));
        }
        return this;
    }

    /** A zero-length structural marker at the current position, such as a page break. */
    public ContentBuilder marker(BlockKind markerKind, int markerLevel) {
        endBlock();
        int at = text.length();
        blocks.add(new Block(markerKind, at, at, markerLevel));
        return this;
    }

    /** Ends the current block; trailing whitespace is trimmed and an empty block is dropped. */
    public ContentBuilder endBlock() {
        if (blockStart >= 0) {
            trimTrailingSpaces();
            while (text.length() > blockStart && text.charAt(text.length() - 1) == '\n') {
                text.setLength(text.length() - 1);
            }
            if (text.length() > blockStart) {
                blocks.add(new Block(kind, blockStart, text.length(), level));
                lastKind = kind;
            }
        }
        blockStart = -1;
        pendingSpace = false;
        kind = null;
        return this;
    }

    /** The current length of the text: where the next character will go. */
    public int length() {
        return text.length();
    }

    /** True when nothing but whitespace has been appended. */
    public boolean isEmpty() {
        return text.length() == 0;
    }

    /** The text appended so far (for importers that look back, e.g. to find a title). */
    public String textSoFar() {
        return text.toString();
    }

    public DocumentContent build() {
        endBlock();
        while (!open.isEmpty()) {
            closeMark();
        }
        int len = text.length();
        List<Mark> clipped = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m.start() < len) {
                clipped.add(new Mark(m.kind(), m.start(), Math.min(m.end(), len), m.href()));
            }
        }
        clipped.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                : Integer.compare(a.end(), b.end()));
        return new DocumentContent(text.toString(), blocks, clipped);
    }

    private void beginBlockText() {
        if (blockStart >= 0) {
            return;
        }
        if (kind == null) {
            kind = BlockKind.PARAGRAPH;
        }
        if (text.length() > 0) {
            boolean tight = kind == lastKind && (kind == BlockKind.LIST_ITEM || kind == BlockKind.TABLE_ROW);
            text.append(tight ? "\n" : "\n\n");
        }
        blockStart = text.length();
        pendingSpace = false;
    }

    private boolean endsWithWhitespace() {
        return text.length() == blockStart || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private void trimTrailingSpaces() {
        while (text.length() > blockStart && (text.charAt(text.length() - 1) == ' '
                || text.charAt(text.length() - 1) == '\t')) {
            text.setLength(text.length() - 1);
        }
    }
}

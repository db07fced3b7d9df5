package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.glossa.model.BlockKind;
import org.glossa.model.ImportedDocument;
import org.glossa.model.MarkKind;
import org.glossa.model.TextDirection;
import org.jsoup.Jsoup;

/**
 * Markdown (CommonMark + GFM tables) to plain text with structure: no syntax characters remain.
 * The first level-1 heading is the title, an early "By NAME" line the author, and a trailing
 * "Original url:" / "Source:" line becomes the document's source instead of body text.
 */
public final class MarkdownImporter implements Importer {
    private static final Pattern SOURCE_LABEL =
            Pattern.compile("(?i)^\\s*(original\\s+url|source(\\s+url)?|url|originally\\s+published\\s+at)\\s*:?\\s*(\\S*)\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+(.{2,120})$");
    private static final int BYLINE_WINDOW = 6;
    private static final int BYLINE_MAX_WORDS = 12;
    private static final java.util.Set<String> NAME_JOINERS = java.util.Set.of(
            "and", "&", "van", "von", "der", "den", "de", "du", "da", "di", "del", "la", "le", "bin", "ibn", "al", "y");

    private final Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @Override
    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return parse(TextDecoder.decode(bytes), fileName);
    }

    /** Parses already decoded Markdown text. */
    public ImportedDocument parse(String markdown, String fileName) {
        String cleaned = TextCleaner.clean(markdown);
        Map<String, String> front = new HashMap<>();
        cleaned = frontMatter(cleaned, front);
        Node root = parser.parse(cleaned);
        String source = detachSource(root);
        if (front.containsKey("source") || front.containsKey("url")) {
            source = front.getOrDefault("source", front.get("url"));
        }
        ContentBuilder out = new ContentBuilder();
        Walker walker = new Walker(out);
        root.accept(walker);
        var content = out.build();
        String title = front.containsKey("title") ? front.get("title")
                : walker.title != null ? walker.title : TextImporter.titleFrom(content.text(), fileName);
        String author = front.containsKey("author") ? front.get("author") : walker.author;
        Map<String, String> metadata = new HashMap<>();
        if (front.containsKey("date")) {
            metadata.put("date", front.get("date"));
        }
        return new ImportedDocument(title, author, source, "markdown", null, TextDirection.LTR, content, metadata);
    }

    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z][\\w-]*)\\s*:\\s*(.*)$");
    /** Front matter longer than this is taken for text that happens to start with a rule. */
    private static final int FRONT_MATTER_MAX_LINES = 60;

    /**
     * Takes a leading YAML front matter block ("---" lines around {@code key: value} lines, as
     * static site generators and Glossa's own Markdown export write it) out of the text; its
     * simple {@code key: value} pairs go to {@code into} (lower-case keys, quotes removed). Text
     * without a well-formed block is returned as it is.
     */
    static String frontMatter(String text, Map<String, String> into) {
        if (!text.startsWith("---\n")) {
            return text;
        }
        String[] lines = text.split("\n", FRONT_MATTER_MAX_LINES + 2);
        Map<String, String> found = new HashMap<>();
        for (int i = 1; i < Math.min(lines.length, FRONT_MATTER_MAX_LINES + 1); i++) {
            String line = lines[i];
            if (line.equals("---") || line.equals("...")) {
                if (found.isEmpty()) {
                    return text;
                }
                into.putAll(found);
                int cut = 0;
                for (int j = 0; j <= i; j++) {
                    cut = text.indexOf('\n', cut) + 1;
                    if (cut == 0) {
                        return "";
                    }
                }
                return text.substring(cut);
            }
            Matcher m = FRONT_MATTER_LINE.matcher(line);
            if (m.matches()) {
                String value = m.group(2).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                if (!value.isEmpty()) {
                    found.put(m.group(1).toLowerCase(java.util.Locale.ROOT), value);
                }
            } else if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-") && !line.startsWith("#")) {
                return text; // not YAML key/value lines: a document that starts with a rule
            }
        }
        return text;
    }

    /** Removes a trailing source line (and the link paragraph after it) and returns its URL. */
    private static String detachSource(Node root) {
        List<Node> tail = new ArrayList<>();
        for (Node n = root.getLastChild(); n != null && tail.size() < 3; n = n.getPrevious()) {
            tail.add(0, n);
        }
        for (int i = 0; i < tail.size(); i++) {
            Node n = tail.get(i);
            if (!(n instanceof Paragraph)) {
                continue;
            }
            String plain = plainText(n).strip();
            Matcher m = SOURCE_LABEL.matcher(plain);
            if (!m.matches()) {
                continue;
            }
            String url = m.group(3);
            Node next = i + 1 < tail.size() ? tail.get(i + 1) : null;
            if ((url == null || url.isEmpty()) && next instanceof Paragraph) {
                url = firstUrl(next);
                if (url != null) {
                    next.unlink();
                }
            } else if (url == null || url.isEmpty()) {
                url = firstUrl(n);
            }
            if (url != null && !url.isEmpty()) {
                n.unlink();
                return url;
            }
        }
        return null;
    }

    /** "Marianna Belenkaya", "Ludwig van Beethoven and Jane Doe" - not "the way" or "2030, the city". */
    static boolean looksLikeNames(String candidate) {
        String[] words = candidate.strip().split("\\s+");
        if (words.length > BYLINE_MAX_WORDS || candidate.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        for (String word : words) {
            String w = word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
            if (!w.isEmpty() && !Character.isUpperCase(w.codePointAt(0)) && !NAME_JOINERS.contains(w)) {
                return false;
            }
        }
        return Character.isUpperCase(candidate.strip().codePointAt(0));
    }

    private static String firstUrl(Node n) {
        if (n instanceof Link link) {
            return link.getDestination();
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            String u = firstUrl(c);
            if (u != null) {
                return u;
            }
        }
        if (n instanceof Text t && t.getLiteral().strip().matches("https?://\\S+")) {
            return t.getLiteral().strip();
        }
        return null;
    }

    static String plainText(Node n) {
        StringBuilder sb = new StringBuilder();
        n.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak softLineBreak) {
                sb.append(' ');
            }
        });
        return sb.toString();
    }

    private static final class Walker extends AbstractVisitor {
        private final ContentBuilder out;
        private String title;
        private String author;
        private int topBlocks;
        private int listDepth;

        Walker(ContentBuilder out) {
            this.out = out;
        }

        @Override
        public void visit(Heading heading) {
            topBlocks++;
            if (title == null && heading.getLevel() == 1) {
                title = plainText(heading).strip().replaceAll("\\s+", " ");
            }
            out.startBlock(BlockKind.HEADING, heading.getLevel());
            visitChildren(heading);
            out.endBlock();
        }

        @Override
        public void visit(Paragraph paragraph) {
            Node parent = paragraph.getParent();
            boolean inItem = parent instanceof ListItem;
            if (inItem && paragraph.getPrevious() == null) {
                // the list item already started its block, with its bullet
                visitChildren(paragraph);
                return;
            }
            topBlocks++;
            if (author == null && topBlocks <= BYLINE_WINDOW && parent instanceof org.commonmark.node.Document) {
                Matcher m = BYLINE.matcher(plainText(paragraph).strip());
                if (m.matches() && looksLikeNames(m.group(1))) {
                    author = m.group(1).strip().replaceAll("\\s+", " ");
                }
            }
            out.startBlock(inQuote(paragraph) ? BlockKind.QUOTE : inItem ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH,
                    inItem ? listDepth : 0);
            visitChildren(paragraph);
            out.endBlock();
        }

        @Override
        public void visit(BulletList list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
        }

        @Override
        public void visit(OrderedList list) {
            listDepth++;
            visitChildren(list);
            listDepth--;
        }

        @Override
        public void visit(ListItem item) {
            out.startBlock(BlockKind.LIST_ITEM, listDepth);
            String indent = "    ".repeat(Math.max(0, listDepth - 1));
            if (item.getParent() instanceof OrderedList ol) {
                int number = ol.getMarkerStartNumber() == null ? 1 : ol.getMarkerStartNumber();
                for (Node prev = item.getPrevious(); prev != null; prev = prev.getPrevious()) {
                    number++;
                }
                out.raw(indent + number + ". ");
            } else {
                out.raw(indent + "\u2022 ");
            }
            visitChildren(item);
            out.endBlock();
        }

        @Override
        public void visit(FencedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            codeBlock(code.getLiteral());
        }

        private void codeBlock(String literal) {
            topBlocks++;
            out.startBlock(BlockKind.CODE);
            out.raw(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
            out.endBlock();
        }

        @Override
        public void visit(HtmlBlock html) {
            String text = Jsoup.parse(html.getLiteral()).text();
            if (!text.isBlank()) {
                out.startBlock(BlockKind.PARAGRAPH);
                out.text(text);
                out.endBlock();
            }
        }

        @Override
        public void visit(ThematicBreak thematicBreak) {
            out.endBlock();
        }

        @Override
        public void visit(Text text) {
            out.text(text.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak softLineBreak) {
            out.text(" ");
        }

        @Override
        public void visit(HardLineBreak hardLineBreak) {
            out.lineBreak();
        }

        @Override
        public void visit(Emphasis emphasis) {
            inline(emphasis, MarkKind.ITALIC, null);
        }

        @Override
        public void visit(StrongEmphasis strong) {
            inline(strong, MarkKind.BOLD, null);
        }

        @Override
        public void visit(Code code) {
            out.openMark(MarkKind.CODE);
            out.raw(code.getLiteral());
            out.closeMark();
        }

        @Override
        public void visit(Link link) {
            inline(link, MarkKind.LINK, link.getDestination());
        }

        @Override
        public void visit(Image image) {
            String alt = plainText(image).strip();
            if (!alt.isEmpty()) {
                out.text(alt);
            }
        }

        @Override
        public void visit(HtmlInline html) {
            // inline tags carry no text of their own
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock) {
                topBlocks++;
            }
            visitChildren(block);
        }

        @Override
        public void visit(CustomNode node) {
            if (node instanceof TableRow) {
                out.startBlock(BlockKind.TABLE_ROW);
                for (Node cell = node.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell.getPrevious() != null) {
                        out.raw(" \u2502 ");
                    }
                    if (cell instanceof TableCell tc && tc.isHeader()) {
                        int start = out.length();
                        visitChildren(cell);
                        out.addMark(MarkKind.BOLD, start, out.length(), null);
                    } else {
                        visitChildren(cell);
                    }
                }
                out.endBlock();
            } else {
                visitChildren(node);
            }
        }

        private void inline(Node node, MarkKind kind, String href) {
            out.openMark(kind, href);
            visitChildren(node);
            out.closeMark();
        }

        private static boolean inQuote(Node n) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof BlockQuote) {
                    return true;
                }
            }
            return false;
        }
    }
}

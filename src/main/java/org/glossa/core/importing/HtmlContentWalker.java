package org.glossa.core.importing;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.glossa.model.BlockKind;
import org.glossa.model.MarkKind;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an HTML element tree into Glossa text and structure: headings, paragraphs, lists, block
 * quotes, code, tables as rows, captions, and inline emphasis, code and links as marks. Shared by
 * the web page and EPUB importers so both read HTML the same way. Hidden nodes must already be
 * gone ({@link HtmlCleaner}); this class only decides how visible nodes read.
 */
final class HtmlContentWalker {
    /** Never text a reader should see. */
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "head", "title",
            "iframe", "object", "embed", "svg", "canvas", "video", "audio", "button", "input", "select",
            "textarea", "rt", "rp", "nav", "link", "meta", "map", "area");
    /** Elements that end a line of text: their content is a block of its own. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "address", "center", "details", "summary", "dl", "dt", "dd", "form", "fieldset", "legend", "hgroup",
            "body", "html", "aside", "figure", "picture", "tbody", "thead", "tfoot", "search");
    /** Block-level content inside a table cell means the table lays out a page, not data. */
    private static final String LAYOUT_SIGNS = "p, div, table, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, section";

    private final ContentBuilder out;
    /** Books show each picture as a caption line of its own; web pages keep only telling alt text. */
    private final boolean figures;
    /** Where each element with an id starts in the text (for a book's contents); null when unused. */
    private final Map<String, Integer> anchors;
    private int listDepth;
    private int itemDepth;
    private int quoteDepth;
    private int preDepth;
    /** Inside a caption, its paragraphs are caption too. */
    private int captionDepth;
    private String pendingBullet;
    private final boolean imageText;
    private final HtmlBounds.Deadline deadline;
    private String placePrefix = "";
    /** A picture's name among the document's resources, from its {@code src}; null when there is none. */
    private Function<String, String> pictures = src -> null;

    /**
     * @param imageText whether an image's description stands in for it in the text; a web page's
     *                  reading leaves it out, as a browser's reader view does: the words are not on
     *                  the page, and a photo's alt text usually repeats its caption
     * @param figures   a book's mode: a picture standing alone becomes a caption line
     * @param anchors   where to record the start of each element with an id, or null
     */
    HtmlContentWalker(ContentBuilder out, boolean imageText, boolean figures, Map<String, Integer> anchors,
                      HtmlBounds.Deadline deadline) {
        this.out = out;
        this.imageText = imageText;
        this.figures = figures;
        this.anchors = anchors;
        this.deadline = deadline;
    }

    /**
     * Names the places of this page "{@code page}#id" rather than "id": a book's pages each have
     * their own ids (many number their notes from 1), and one document is made of them all.
     */
    HtmlContentWalker placesWithin(String page) {
        placePrefix = page == null ? "" : page + "#";
        return this;
    }

    /**
     * Where a book's pictures are found: a figure whose picture {@code namer} names (from the
     * image's {@code src}) gets a FIGURE mark over its caption line, so the reader can show it.
     */
    HtmlContentWalker picturesFrom(Function<String, String> namer) {
        pictures = namer;
        return this;
    }

    /** Appends the visible content of {@code root} (the element itself included). */
    void walk(Element root) {
        element(root);
        out.endBlock();
    }

    private void children(Element e) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                text(t.getWholeText());
            } else if (child instanceof Element c) {
                element(c);
            }
        }
    }

    private void text(String s) {
        if (preDepth > 0) {
            if (!s.isEmpty()) {
                flushBullet(s);
                out.raw(s);
            }
            return;
        }
        flushBullet(s);
        out.text(s);
    }

    /** A list item's bullet is written only when its first visible text arrives. */
    private void flushBullet(String s) {
        if (pendingBullet != null && !s.isBlank()) {
            String bullet = pendingBullet;
            pendingBullet = null;
            out.raw(bullet);
        }
    }

    private void element(Element e) {
        deadline.check();
        String tag = e.normalName();
        if (anchors != null && !e.id().isEmpty()) {
            anchors.putIfAbsent(e.id(), out.length());
        }
        if (SKIP.contains(tag)) {
            if (tag.equals("script") && e.attr("type").toLowerCase(Locale.ROOT).startsWith("math/tex")) {
                text(" " + e.data() + " "); // MathJax 2 keeps the formula's TeX source in a script
            }
            return;
        }
        // where a link inside the document ("#notes") leads
        place(e.id());
        if (tag.equals("a")) {
            place(e.attr("name"));
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> block(e, BlockKind.HEADING, tag.charAt(1) - '0');
            case "br" -> out.lineBreak();
            case "hr" -> out.endBlock();
            case "img" -> image(e);
            case "pre" -> {
                preDepth++;
                block(e, BlockKind.CODE, 0);
                preDepth--;
            }
            case "blockquote" -> {
                quoteDepth++;
                block(e, BlockKind.QUOTE, 0);
                quoteDepth--;
            }
            case "ul", "ol", "menu" -> {
                listDepth++;
                out.endBlock();
                children(e);
                out.endBlock();
                listDepth--;
            }
            case "li" -> listItem(e);
            case "table" -> table(e);
            case "figcaption", "caption" -> caption(e);
            case "em", "i", "cite", "dfn", "var" -> inline(e, MarkKind.ITALIC, null);
            case "strong", "b" -> inline(e, MarkKind.BOLD, null);
            case "code", "kbd", "samp", "tt" -> inline(e, MarkKind.CODE, null);
            case "a" -> link(e);
            default -> {
                if (BLOCKS.contains(tag)) {
                    block(e, containerKind(), containerLevel());
                } else {
                    children(e);
                }
            }
        }
    }

    private BlockKind containerKind() {
        if (preDepth > 0) {
            return BlockKind.CODE;
        }
        if (itemDepth > 0) {
            return BlockKind.LIST_ITEM;
        }
        if (captionDepth > 0) {
            return BlockKind.CAPTION;
        }
        return quoteDepth > 0 ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
    }

    private int containerLevel() {
        return itemDepth > 0 ? listDepth : 0;
    }

    private void block(Element e, BlockKind kind, int level) {
        out.startBlock(kind, level);
        children(e);
        out.endBlock();
    }

    /**
     * A caption is a block of its own, never a list item: a gallery laid out as a list reads as
     * pictures with captions, without bullets.
     */
    private void caption(Element e) {
        String bullet = pendingBullet;
        pendingBullet = null;
        int items = itemDepth;
        itemDepth = 0;
        captionDepth++;
        String picture = figures && e.normalName().equals("figcaption") ? pictureOf(e.closest("figure")) : null;
        if (picture != null) {
            out.openMark(MarkKind.FIGURE, picture);
        }
        block(e, BlockKind.CAPTION, 0);
        if (picture != null) {
            out.closeMark();
        }
        captionDepth--;
        itemDepth = items;
        pendingBullet = bullet;
    }

    private void listItem(Element e) {
        int depth = Math.max(1, listDepth);
        String indent = "    ".repeat(depth - 1);
        Element parent = e.parent();
        if (parent != null && parent.normalName().equals("ol")) {
            int number = parseInt(parent.attr("start"), 1) + e.elementSiblingIndex();
            pendingBullet = indent + number + ". ";
        } else {
            pendingBullet = indent + "\u2022 ";
        }
        itemDepth++;
        out.startBlock(BlockKind.LIST_ITEM, depth);
        children(e);
        out.endBlock();
        itemDepth--;
        pendingBullet = null;
    }

    private void table(Element table) {
        if (table.select(LAYOUT_SIGNS).stream().anyMatch(e -> e != table)) {
            block(table, containerKind(), containerLevel()); // a layout table: read it like divs
            return;
        }
        out.endBlock();
        for (Element caption : table.select("> caption")) {
            block(caption, BlockKind.CAPTION, 0);
        }
        for (Element row : table.select("tr")) {
            if (row.closest("table") != table) {
                continue;
            }
            out.startBlock(BlockKind.TABLE_ROW);
            boolean first = true;
            for (Element cell : row.children()) {
                if (!cell.normalName().equals("td") && !cell.normalName().equals("th")) {
                    continue;
                }
                if (!first && out.length() > 0 && !cell.text().isBlank()) {
                    out.raw(" \u2502 ");
                }
                first = false;
                if (cell.normalName().equals("th")) {
                    inline(cell, MarkKind.BOLD, null);
                } else {
                    children(cell);
                }
            }
            out.endBlock();
        }
        out.endBlock();
    }

    /** The picture a figure shows, when it shows one picture that the book has. */
    private String pictureOf(Element figure) {
        var imgs = figure == null ? null : figure.select("img");
        return imgs == null || imgs.size() != 1 ? null : pictures.apply(imgs.get(0).attr("src"));
    }

    private void place(String name) {
        if (!name.isBlank()) {
            out.target(placePrefix + name);
        }
    }

    private void image(Element img) {
        if (!imageText) {
            return;
        }
        String alt = img.attr("alt").strip();
        // a figure with a caption says it better; other images keep their description
        Element figure = img.closest("figure");
        if (figures && standsAlone(img)) {
            if (figure == null || figure.selectFirst("figcaption") == null) {
                String picture = pictures.apply(img.attr("src"));
                out.startBlock(BlockKind.CAPTION);
                if (picture != null) {
                    out.openMark(MarkKind.FIGURE, picture);
                }
                text(alt.isEmpty() || looksLikeLabel(alt) ? "[Figure]" : "[Figure: " + alt + "]");
                if (picture != null) {
                    out.closeMark();
                }
                out.endBlock();
            }
            return; // a figure's caption is its line
        }
        if (alt.isEmpty() || figure != null && figure.selectFirst("figcaption") != null || looksLikeLabel(alt)) {
            return;
        }
        text(" " + alt + " ");
    }

    /** A picture set as a block of its own: nothing but pictures in the paragraph around it. */
    private static boolean standsAlone(Element img) {
        for (Element up = img.parent(); up != null; up = up.parent()) {
            if (BLOCKS.contains(up.normalName())) {
                return up.text().isBlank();
            }
        }
        return true;
    }

    /** One ASCII token such as "cover" or "Illo1" names a file, it does not describe a picture. */
    private static boolean looksLikeLabel(String alt) {
        return alt.chars().allMatch(c -> c < 0x80 && !Character.isWhitespace(c));
    }

    private void inline(Element e, MarkKind kind, String href) {
        out.openMark(kind, href);
        children(e);
        out.closeMark();
    }

    private void link(Element a) {
        // a place in this document stays one, whatever the page's address
        String href = a.attr("href").strip().startsWith("#") ? a.attr("href").strip() : a.absUrl("href");
        if (href.isEmpty()) {
            href = a.attr("href").strip();
        }
        if (href.isEmpty() || href.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            children(a);
        } else {
            inline(a, MarkKind.LINK, href);
        }
    }

    private static int parseInt(String s, int fallback) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

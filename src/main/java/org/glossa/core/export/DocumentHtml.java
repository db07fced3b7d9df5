package org.glossa.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.BlockKind;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.jsoup.nodes.Element;

/**
 * One document's whole text as HTML: blocks become h1-h6/p/blockquote/li/pre, marks become
 * strong/em/code/a, highlights are spans in their colours, and annotations with a note or tags
 * get a number after their passage and an entry in the notes that follow the text.
 * Overlapping highlights are split into runs; a run under several highlights takes the colour
 * of the innermost one and is underlined, so the overlap is visible on paper too.
 */
public final class DocumentHtml {
    private final String idPrefix;
    private final boolean showAuthors;

    /** {@code idPrefix} keeps note anchors unique when several documents share one page. */
    public DocumentHtml(String idPrefix, boolean showAuthors) {
        this.idPrefix = idPrefix;
        this.showAuthors = showAuthors;
    }

    /** Appends the text and then its notes to {@code parent}. */
    public void render(Element parent, AnnotatedDocument doc) {
        DocumentContent content = doc.document().content();
        Map<Annotation, Integer> numbers = new LinkedHashMap<>();
        List<Annotation> inline = new ArrayList<>();
        for (Annotation a : doc.highlights()) {
            if (a.status() != AnchorStatus.ORPHANED && a.end() <= content.text().length()) {
                inline.add(a);
            }
            if (!a.note().isBlank() || !a.tags().isEmpty()) {
                numbers.put(a, numbers.size() + 1);
            }
        }
        Element body = parent.appendElement("div").addClass("text");
        new Writer(content, inline, numbers).blocks(body);
        if (!numbers.isEmpty()) {
            notes(parent, doc, numbers);
        }
    }

    private final class Writer {
        private final DocumentContent content;
        private final String text;
        private final RangeSweep<Mark> marks;
        private final RangeSweep<Annotation> highlights;
        private final Map<String, Integer> numbers = new java.util.HashMap<>();

        Writer(DocumentContent content, List<Annotation> highlights, Map<Annotation, Integer> numbers) {
            this.content = content;
            this.text = content.text();
            this.marks = new RangeSweep<>(content.marks(), Mark::start, Mark::end);
            this.highlights = new RangeSweep<>(highlights, Annotation::start, Annotation::end);
            numbers.forEach((a, n) -> this.numbers.put(a.id(), n));
        }

        void blocks(Element body) {
            List<Block> blocks = content.blocks().stream().sorted(Comparator.comparingInt(Block::start)).toList();
            int at = 0;
            Element list = null;
            for (Block b : blocks) {
                if (b.start() > at) {
                    gap(body, at, b.start());
                }
                if (b.kind() != BlockKind.LIST_ITEM) {
                    list = null;
                } else if (list == null) {
                    list = body.appendElement("ul");
                }
                // importers write flat blocks, but a block nested in another must not print its text twice
                if (b.kind() == BlockKind.PAGE_BREAK || b.end() > at) {
                    block(b.kind() == BlockKind.LIST_ITEM ? list : body, b, Math.max(at, b.start()));
                }
                at = Math.max(at, b.end());
            }
            if (at < text.length()) {
                gap(body, at, text.length());
            }
        }

        /** Text no block covers (plain-text documents): one paragraph per run of lines. */
        private void gap(Element body, int from, int to) {
            int start = from;
            for (String para : text.substring(from, to).split("\n\\s*\n", -1)) {
                int s = text.indexOf(para, start);
                if (!para.isBlank()) {
                    inline(body.appendElement("p"), s, s + para.length());
                }
                start = s + para.length();
            }
        }

        private void block(Element parent, Block b, int from) {
            Element e = switch (b.kind()) {
                case HEADING -> parent.appendElement("h" + Math.max(1, Math.min(6, b.level() == 0 ? 2 : b.level())));
                case QUOTE -> parent.appendElement("blockquote");
                case LIST_ITEM -> parent.appendElement("li");
                case CODE -> parent.appendElement("pre");
                case CAPTION -> parent.appendElement("p").addClass("caption");
                case PAGE_BREAK -> parent.appendElement("p").addClass("page-marker").text("page " + b.level());
                default -> parent.appendElement("p");
            };
            if (b.kind() != BlockKind.PAGE_BREAK) {
                inline(e, from, Math.min(b.end(), text.length()));
            }
        }

        /**
         * Splits {@code [from, to)} at every mark and highlight boundary and writes the runs. The
         * highlights over each run are kept by a sweep (added at their start, dropped at their
         * end), so a paragraph with thousands of highlights costs n log n, not n squared.
         */
        private void inline(Element parent, int from, int to) {
            List<Mark> inMarks = marks.overlapping(from, to);
            List<Annotation> inHighlights = highlights.overlapping(from, to);
            TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
            for (Mark m : inMarks) {
                addCuts(cuts, m.start(), m.end(), from, to);
            }
            Map<Integer, List<Annotation>> endingAt = new java.util.HashMap<>();
            Map<Annotation, Integer> order = new java.util.IdentityHashMap<>();
            for (Annotation a : inHighlights) {
                order.put(a, order.size());
                addCuts(cuts, a.start(), a.end(), from, to);
                endingAt.computeIfAbsent(a.end(), k -> new ArrayList<>()).add(a);
            }
            // the innermost highlight first: the latest start, then the earliest end, then the first given
            Comparator<Annotation> given = Comparator.comparingInt(order::get);
            TreeSet<Annotation> open = new TreeSet<>(Comparator.comparingInt(Annotation::start).reversed()
                    .thenComparingInt(Annotation::end).thenComparing(given));
            TreeSet<Annotation> byEnd = new TreeSet<>(Comparator.comparingInt(Annotation::end).thenComparing(given));
            int next = 0;
            Integer prev = null;
            for (int cut : cuts) {
                if (prev != null) {
                    while (next < inHighlights.size() && inHighlights.get(next).start() <= prev) {
                        Annotation a = inHighlights.get(next++);
                        open.add(a);
                        byEnd.add(a);
                    }
                    while (!byEnd.isEmpty() && byEnd.first().end() <= prev) {
                        open.remove(byEnd.pollFirst());
                    }
                    run(parent, prev, cut, inMarks, open.isEmpty() ? null : open.first(), open.size(),
                            endingAt.getOrDefault(cut, List.of()));
                }
                prev = cut;
            }
        }

        private void run(Element parent, int from, int to, List<Mark> inMarks, Annotation inner, int over,
                         List<Annotation> ending) {
            Element e = parent;
            for (Mark m : inMarks) {
                if (m.start() <= from && m.end() >= to) {
                    e = switch (m.kind()) {
                        case BOLD -> e.appendElement("strong");
                        case ITALIC -> e.appendElement("em");
                        case CODE -> e.appendElement("code");
                        case LINK -> link(e, m.href());
                        case TARGET, FIGURE -> e;
                    };
                }
            }
            if (inner != null) {
                e = e.appendElement("span").addClass("hl").addClass("hl-" + inner.color());
                if (over > 1) {
                    e.addClass("overlap");
                }
            }
            e.appendText(text.substring(from, to));
            for (Annotation a : ending) {
                Integer n = numbers.get(a.id());
                if (n != null) {
                    parent.appendElement("sup").addClass("ref").appendElement("a")
                            .attr("href", "#" + idPrefix + "note-" + n).text(String.valueOf(n));
                }
            }
        }
    }

    /**
     * True when the text opens with the document's title (most articles do): the export then shows
     * the text's own heading instead of printing the title twice.
     */
    public static boolean opensWithTitle(org.glossa.model.Document doc) {
        String title = doc.title().strip();
        return !title.isEmpty() && doc.text().stripLeading().startsWith(title);
    }

    private static void addCuts(TreeSet<Integer> cuts, int start, int end, int from, int to) {
        if (start < to && end > from) {
            cuts.add(Math.max(from, start));
            cuts.add(Math.min(to, end));
        }
    }

    /** Only links a reader can follow safely: web and mail; anything else stays plain text. */
    private static Element link(Element parent, String href) {
        if (href != null && href.matches("(?i)(https?://|mailto:)\\S+")) {
            return parent.appendElement("a").attr("href", href);
        }
        return parent.appendElement("span");
    }

    private void notes(Element parent, AnnotatedDocument doc, Map<Annotation, Integer> numbers) {
        DocumentContent pages = doc.document().content();
        org.glossa.core.citation.Locator locator = org.glossa.core.citation.Locator.of(doc.document().info(), pages,
                java.util.Map.of());
        Element list = parent.appendElement("ol").addClass("notes");
        for (Map.Entry<Annotation, Integer> e : numbers.entrySet()) {
            Annotation a = e.getKey();
            Element li = list.appendElement("li").attr("id", idPrefix + "note-" + e.getValue());
            if (showAuthors && a.author() != null && !a.author().isBlank()) {
                li.appendElement("span").addClass("author").text(a.author() + ": ");
            }
            li.appendElement("span").addClass("quote").text("\u201c" + shorten(a.quote().exact()) + "\u201d");
            if (!a.note().isBlank()) {
                li.appendElement("div").addClass("note").append(NoteHtml.render(a.note()));
            }
            StringBuilder where = new StringBuilder();
            where.append(locator.at(a.start()).label());
            if (a.status() == AnchorStatus.ORPHANED) {
                where.append(where.length() > 0 ? " · " : "").append("passage not found in this version");
            }
            if (!a.tags().isEmpty()) {
                li.appendElement("div").addClass("tags").text("Tags: " + String.join(", ", a.tags()));
            }
            if (where.length() > 0) {
                li.appendElement("div").addClass("where").text(where.toString());
            }
        }
    }

    private static String shorten(String quote) {
        String q = quote.replaceAll("\\s+", " ").strip();
        return q.length() <= 160 ? q : q.substring(0, 157).stripTrailing() + "\u2026";
    }
}

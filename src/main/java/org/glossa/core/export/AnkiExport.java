package org.glossa.core.export;

import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.DocumentContent;
import org.jsoup.nodes.Entities;

/**
 * Highlights as flashcards in Anki's text import format: tab-separated fields with the header
 * lines Anki reads ({@code #separator:tab}, {@code #html:true}, {@code #notetype:},
 * {@code #tags column:}), one note per line. Fields are HTML, so what users typed is escaped and
 * line breaks become {@code <br>}; a field can never contain a tab or a newline.
 */
public final class AnkiExport {
    /** Which cards to make. */
    public enum Style {
        /** The highlight blanked out in its sentence: {@code {{c1::...}}}; the note on the back. */
        CLOZE,
        /** The quote on the front, the note and the source on the back. */
        QUOTE_NOTE;

        public static Style parse(String s) {
            return switch (s.strip().toLowerCase(Locale.ROOT).replace('-', '_')) {
                case "cloze" -> CLOZE;
                case "quote", "quote_note", "basic" -> QUOTE_NOTE;
                default -> throw new org.glossa.core.GlossaException(
                        "Unknown card style '" + s + "'; use cloze or quote.");
            };
        }
    }

    /** Context around a cloze is cut to the highlight's sentences, at most this many characters. */
    static final int MAX_CONTEXT = 600;

    private final Style style;

    public AnkiExport(Style style) {
        this.style = style;
    }

    public String cards(List<AnnotatedDocument> docs) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n");
        out.append("#notetype:").append(style == Style.CLOZE ? "Cloze" : "Basic").append('\n');
        out.append("#tags column:3\n");
        for (AnnotatedDocument doc : docs) {
            for (Annotation a : doc.highlights()) {
                if (a.status() == AnchorStatus.ORPHANED || a.quote().exact().isBlank()) {
                    continue;
                }
                String source = "<small>" + field(doc.document().title()) + "</small>";
                String note = a.note().isBlank() ? "" : oneLine(NoteHtml.render(a.note()));
                String front;
                String back;
                if (style == Style.CLOZE) {
                    front = cloze(doc.document().content(), a);
                    back = note.isEmpty() ? source : note + "<br>" + source;
                } else {
                    front = field(a.quote().exact().strip()) + "<br>" + source;
                    back = note.isEmpty() ? field(a.quote().exact().strip()) : note;
                }
                out.append(front).append('\t').append(back).append('\t').append(tags(a.tags())).append('\n');
            }
        }
        return out.toString();
    }

    /** The highlight as {@code {{c1::...}}} inside the sentences around it, within its block. */
    static String cloze(DocumentContent content, Annotation a) {
        String text = content.text();
        int bi = content.blockIndexAt(a.start());
        Block block = bi < 0 ? null : content.blocks().get(bi);
        int from = block != null && block.end() >= a.end() ? block.start() : a.start();
        int to = block != null && block.end() >= a.end() ? block.end() : a.end();
        if (to - from > MAX_CONTEXT) {
            // only the text near the highlight is searched for sentence ends, so a book that is one
            // long block costs the same per card as a short paragraph
            from = Math.max(from, a.start() - MAX_CONTEXT);
            to = Math.min(to, a.end() + MAX_CONTEXT);
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
            sentences.setText(text.substring(from, to));
            int s = sentences.preceding(a.start() - from + 1);
            int e = sentences.following(a.end() - from - 1);
            int newFrom = from + (s == BreakIterator.DONE ? a.start() - from : s);
            int newTo = e == BreakIterator.DONE ? to : from + e;
            from = Math.max(newFrom, a.start() - MAX_CONTEXT / 2);
            to = Math.min(newTo, a.end() + MAX_CONTEXT / 2);
        }
        String hidden = field(text.substring(a.start(), a.end())).replace("}}", "} }").replace("::", ": :");
        return field(text.substring(from, a.start()).stripLeading()) + "{{c1::" + hidden + "}}"
                + field(text.substring(a.end(), to).stripTrailing());
    }

    /** Text typed by people or taken from documents, as one HTML field. */
    static String field(String s) {
        return Entities.escape(s).replace("\t", " ").replace("\r", "").replace("\n", "<br>");
    }

    private static String oneLine(String html) {
        return html.strip().replace("\t", " ").replace("\r", "").replace("\n", "");
    }

    /** Anki tags are space-separated and use :: for hierarchy where Glossa uses /. */
    static String tags(List<String> tags) {
        StringBuilder out = new StringBuilder();
        for (String t : tags) {
            String tag = t.strip().replaceAll("\\s+", "_").replace("/", "::");
            if (!tag.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(tag);
            }
        }
        return out.toString();
    }
}

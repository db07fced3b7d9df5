package org.glossa.core.export;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentContent;
import org.glossa.model.DocumentInfo;

/**
 * Annotations as a Markdown file for notes apps (Obsidian, Logseq, plain editors): YAML front
 * matter, then each annotation as a block quote followed by its note, tags, page/position and a
 * {@code glossa://} link back to the passage.
 */
public final class MarkdownExport {
    private final OffsetDateTime exported;

    public MarkdownExport(OffsetDateTime exported) {
        this.exported = exported;
    }

    /** One document with its annotations. */
    public String document(AnnotatedDocument doc) {
        DocumentInfo info = doc.document().info();
        StringBuilder md = new StringBuilder();
        frontMatter(md, info.title(), info.author(), info.source());
        md.append("# ").append(text(oneLine(info.title()))).append("\n\n");
        if (doc.annotations().isEmpty()) {
            md.append("_No annotations._\n");
        }
        annotations(md, doc);
        bookmarks(md, doc, "## ");
        return md.toString();
    }

    /** The annotations carrying one tag, grouped by document (documents in the given order). */
    public String tag(String tag, List<AnnotatedDocument> docs) {
        return collection("Tag: " + tag, docs);
    }

    /** Several documents' annotations under one title, a section per document that has any. */
    public String collection(String title, List<AnnotatedDocument> docs) {
        StringBuilder md = new StringBuilder();
        frontMatter(md, title, null, null);
        md.append("# ").append(text(oneLine(title))).append("\n\n");
        for (AnnotatedDocument doc : docs) {
            if (doc.annotations().isEmpty()) {
                continue;
            }
            DocumentInfo info = doc.document().info();
            md.append("## ").append(text(oneLine(info.title())));
            if (info.author() != null && !info.author().isBlank()) {
                md.append(" (").append(text(oneLine(info.author()))).append(')');
            }
            md.append("\n\n");
            annotations(md, doc);
            bookmarks(md, doc, "### ");
        }
        return md.toString();
    }

    private void frontMatter(StringBuilder md, String title, String author, String source) {
        md.append("---\n");
        md.append("title: ").append(yaml(title)).append('\n');
        if (author != null && !author.isBlank()) {
            md.append("author: ").append(yaml(author)).append('\n');
        }
        if (source != null && !source.isBlank()) {
            md.append("source: ").append(yaml(source)).append('\n');
        }
        md.append("exported: ").append(exported.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        md.append("---\n\n");
    }

    private static void annotations(StringBuilder md, AnnotatedDocument doc) {
        org.glossa.core.citation.Locator locator = org.glossa.core.citation.Locator.of(doc.document().info(),
                doc.document().content(), java.util.Map.of());
        for (Annotation a : doc.highlights()) {
            for (String line : a.quote().exact().strip().split("\n", -1)) {
                md.append(line.isBlank() ? ">" : "> " + text(line.stripTrailing())).append('\n');
            }
            md.append('\n');
            if (!a.note().isBlank()) {
                md.append(text(a.note().strip())).append("\n\n");
            }
            StringBuilder meta = new StringBuilder();
            if (!a.tags().isEmpty()) {
                meta.append("Tags: ");
                for (int i = 0; i < a.tags().size(); i++) {
                    meta.append(i == 0 ? "" : ", ").append('#').append(text(a.tags().get(i).replace(' ', '-')));
                }
                meta.append(" · ");
            }
            String where = locator.at(a.start()).label();
            if (!where.isEmpty()) {
                meta.append(text(where)).append(" · ");
            }
            meta.append("Position ").append(a.start()).append('–').append(a.end());
            if (a.status() == org.glossa.model.AnchorStatus.ORPHANED) {
                meta.append(" (passage not found in this version)");
            } else if (a.status() == org.glossa.model.AnchorStatus.FUZZY) {
                meta.append(" (needs review)");
            }
            meta.append(" · [Open in Glossa](<").append(doc.linkTo(a).format()).append(">)");
            md.append(meta).append("\n\n");
        }
    }

    /** The bookmarks as a list under their own heading: page or position, the opening words, a link. */
    private static void bookmarks(StringBuilder md, AnnotatedDocument doc, String heading) {
        List<Annotation> marks = doc.bookmarks();
        if (marks.isEmpty()) {
            return;
        }
        md.append(heading).append("Bookmarks\n\n");
        DocumentContent pages = doc.document().content();
        for (Annotation a : marks) {
            OptionalInt page = pages.pageAt(a.start());
            md.append("- ").append(page.isPresent() ? "Page " + page.getAsInt() : "Position " + a.start())
                    .append(": ").append(quoted(text(oneLine(a.quote().exact()))));
            if (!a.note().isBlank()) {
                md.append(" — ").append(text(oneLine(a.note())));
            }
            md.append(" · [Open in Glossa](<").append(doc.linkTo(a).format()).append(">)\n");
        }
        md.append('\n');
    }

    /** Words in quotation marks, unless they come in their own already (a line of dialogue). */
    private static String quoted(String words) {
        return words.startsWith("\u201c") || words.startsWith("\"") ? words : "\u201c" + words + "\u201d";
    }

    /** A YAML double-quoted scalar: safe for any title (colons, quotes, leading dashes). */
    static String yaml(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * Notes stay Markdown, but raw HTML in them (or in quotes, titles and tags) must not become
     * markup in a Markdown viewer: a {@code <} is written as an entity, so {@code <script>} shows as text.
     */
    static String text(String s) {
        return s.replace("<", "&lt;");
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}

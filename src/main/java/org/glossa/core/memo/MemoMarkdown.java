package org.glossa.core.memo;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;

/**
 * Memos as one Markdown file: a heading per memo naming what it is about, its author and
 * dates, then its text as written (memos are Markdown already).
 */
public final class MemoMarkdown {
    private MemoMarkdown() {
    }

    /** What a memo is about, in words: "Project memo", "Document “Title”", "Code claim/economic". */
    public static String about(MemoTarget target, LongFunction<String> documentTitle) {
        if (target instanceof MemoTarget.OfDocument d) {
            return "Document \u201c" + documentTitle.apply(d.documentId()) + "\u201d";
        }
        if (target instanceof MemoTarget.OfTag t) {
            return "Code " + t.tagName();
        }
        return "Project memo";
    }

    /** One memo as a Markdown section: its title (or what it is about) as a heading, who and when, its text. */
    public static String section(Memo m, LongFunction<String> documentTitle) {
        StringBuilder md = new StringBuilder();
        String about = about(m.target(), documentTitle);
        md.append("## ").append(m.title().isBlank() ? about : m.title().strip()).append("\n\n");
        md.append("*").append(about);
        if (m.author() != null && !m.author().isBlank()) {
            md.append(" \u00b7 ").append(m.author());
        }
        md.append(" \u00b7 ").append(m.modified().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("*\n\n");
        String body = m.body().strip();
        if (!body.isEmpty()) {
            md.append(body).append("\n\n");
        }
        return md.toString();
    }

    /** The memos as a Markdown document titled {@code title}. */
    public static String render(String title, List<Memo> memos, LongFunction<String> documentTitle) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n\n");
        if (memos.isEmpty()) {
            md.append("No memos.\n");
        }
        for (Memo m : memos) {
            md.append(section(m, documentTitle));
        }
        return md.toString().stripTrailing() + "\n";
    }
}

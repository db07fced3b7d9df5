package org.glossa.core.importing;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a Project Gutenberg text: the header before "*** START OF THE PROJECT GUTENBERG
 * EBOOK ... ***" and the licence after "*** END OF ... ***" are not part of the book. The title
 * and author come from the header's "Title:" and "Author:" lines.
 */
record GutenbergText(String body, String title, String author, Map<String, String> metadata) {
    private static final Pattern START = Pattern.compile(
            "(?im)^\\*{3}\\s*START OF (THE|THIS) PROJECT GUTENBERG E-?BOOK[^\\n]*$");
    private static final Pattern END = Pattern.compile(
            "(?im)^\\*{3}\\s*END OF (THE|THIS) PROJECT GUTENBERG E-?BOOK[^\\n]*$");
    private static final Pattern END_NOTE = Pattern.compile("(?is)\\n\\s*End of (the )?Project Gutenberg[^\\n]*\\s*$");
    private static final Pattern FIELD = Pattern.compile("(?m)^(Title|Author|Language|Release Date):[ \\t]*(.+(?:\\n[ \\t]+\\S.*)*)");
    /** The header sits in the first few kilobytes; looking further would be slow on big files. */
    private static final int HEADER_WINDOW = 20_000;

    /** The book's parts, or null when the text is not a Gutenberg e-book. */
    static GutenbergText parse(String text) {
        Matcher start = START.matcher(text);
        start.region(0, Math.min(text.length(), HEADER_WINDOW));
        if (!start.find()) {
            return null;
        }
        String header = text.substring(0, start.start());
        Matcher end = END.matcher(text);
        int bodyEnd = end.find(start.end()) ? end.start() : text.length();
        String body = text.substring(start.end(), bodyEnd);
        body = END_NOTE.matcher(body).replaceFirst("\n");
        Map<String, String> fields = new HashMap<>();
        Matcher f = FIELD.matcher(header);
        while (f.find()) {
            fields.putIfAbsent(f.group(1), f.group(2).replaceAll("\\s+", " ").strip());
        }
        Map<String, String> metadata = new HashMap<>();
        metadata.put("licence", "Project Gutenberg License (see www.gutenberg.org/license)");
        if (fields.containsKey("Release Date")) {
            metadata.put("publishedTime", fields.get("Release Date"));
        }
        if (fields.containsKey("Language")) {
            metadata.put("languageName", fields.get("Language"));
        }
        return new GutenbergText(body, fields.get("Title"), fields.get("Author"), metadata);
    }
}

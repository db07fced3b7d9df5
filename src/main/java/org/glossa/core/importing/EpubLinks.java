package org.glossa.core.importing;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Links between the pages of a book become links to places in the one document Glossa makes of
 * it. Each page's places are named after the page ({@link HtmlContentWalker#placesWithin}), so
 * "notes.xhtml#n3" leads to "#OEBPS/notes.xhtml#n3" and "#n3" on that page to the same place,
 * whichever other page also has an "n3"; "chapter2.xhtml" leads to the chapter's start. A
 * footnote reference is such a link, and so is the note's own link back to the text.
 */
final class EpubLinks {
    private EpubLinks() {
    }

    /** The place name a chapter's start gets, for links to the chapter file itself. */
    static String chapterTarget(String file) {
        return file;
    }

    /** Rewrites the links of one chapter ({@code file}, relative to the archive root) in place. */
    static void rewrite(Element body, String file, Set<String> spineFiles) {
        String dir = file.contains("/") ? file.substring(0, file.lastIndexOf('/') + 1) : "";
        for (Element a : body.select("a[href]")) {
            String href = a.attr("href").strip();
            if (href.length() > 1 && href.startsWith("#")) {
                a.attr("href", "#" + file + href);
                continue;
            }
            if (href.isEmpty() || href.startsWith("#") || href.contains(":")) {
                continue; // an address outside the book
            }
            String target = EpubImporter.resolve(dir, href);
            if (!spineFiles.contains(target)) {
                continue;
            }
            int hash = href.indexOf('#');
            String fragment = hash < 0 ? "" : href.substring(hash + 1);
            a.attr("href", "#" + (fragment.isEmpty() ? chapterTarget(target) : target + "#" + fragment));
        }
    }
}

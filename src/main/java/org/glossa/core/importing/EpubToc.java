package org.glossa.core.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The labels an EPUB's own table of contents gives its chapters (EPUB 3 nav document or EPUB 2
 * NCX), by chapter file. Used to give a heading to chapters whose text has none.
 */
final class EpubToc {
    record Source(String href, String mediaType, String properties) {
    }

    private EpubToc() {
    }

    static Map<String, String> labels(Map<String, byte[]> files, List<Source> manifest) {
        Map<String, String> labels = new HashMap<>();
        for (Source s : manifest) {
            byte[] bytes = files.get(s.href());
            if (bytes == null) {
                continue;
            }
            String dir = s.href().contains("/") ? s.href().substring(0, s.href().lastIndexOf('/') + 1) : "";
            boolean nav = s.properties().contains("nav");
            boolean ncx = s.mediaType().equals("application/x-dtbncx+xml");
            if (!nav && !ncx) {
                continue;
            }
            // jsoup's XML parser never resolves external entities, so a hostile NCX is harmless here
            Document doc = Jsoup.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), "", Parser.xmlParser());
            if (nav) {
                for (Element a : doc.select("nav a[href]")) {
                    labels.putIfAbsent(EpubImporter.resolve(dir, a.attr("href")), a.text().strip());
                }
            } else {
                for (Element point : doc.select("navPoint")) {
                    Element src = point.selectFirst("content[src]");
                    Element label = point.selectFirst("navLabel text");
                    if (src != null && label != null) {
                        labels.putIfAbsent(EpubImporter.resolve(dir, src.attr("src")), label.text().strip());
                    }
                }
            }
        }
        labels.values().removeIf(String::isEmpty);
        return labels;
    }
}

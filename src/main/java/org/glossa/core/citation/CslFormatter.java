package org.glossa.core.citation;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Formats a quote and its source with citeproc-java and the bundled CSL styles (US English). A
 * page or a numbered chapter is the citation's locator; a heading (a web page's section, a
 * book's unnumbered chapter) is added inside the parentheses as each style guide says: APA 7
 * (8.13) "Heading section", Chicago 17 (15.23, 14.174) "under “Heading”".
 */
final class CslFormatter {
    private static final String LOCALE = "en-US";
    private static final Pattern NUMBERED_CHAPTER = Pattern.compile("(?i)^(?:chapter|chap\\.|ch\\.)\\s+([0-9ivxlcdm]+|[a-z]+)\\b");

    /** Style XML by style and locator label, with the locator conditions decided ({@link LocatorConditions}). */
    private final Map<String, String> styles = new ConcurrentHashMap<>();
    private final LocaleProvider locales = lang -> resource("locales-en-US.xml");

    Citation format(String quote, CSLItemData source, Location where, CitationStyle style) {
        CSLCitationItemBuilder item = new CSLCitationItemBuilder(SourceItem.ID);
        CSLLabel label = null;
        Matcher chapter = where.chapter() == null ? null : NUMBERED_CHAPTER.matcher(where.chapter());
        if (where.page() != null) {
            label = CSLLabel.PAGE;
            item.locator(where.page()).label(label);
        } else if (chapter != null && chapter.find()) {
            label = CSLLabel.CHAPTER;
            item.locator(chapter.group(1)).label(label);
        } else if (where.chapter() != null || where.section() != null) {
            String heading = where.chapter() != null ? where.chapter() : where.section();
            item.suffix(style == CitationStyle.APA ? ", " + heading + " section" : ", under \u201c" + heading + "\u201d");
        }
        String labelName = label == null ? null : label.name().toLowerCase(Locale.ROOT);
        String xml = styles.computeIfAbsent(style.key() + "/" + labelName,
                k -> LocatorConditions.decide(resource(style.file()), labelName));
        String q = "\u201c" + quote.replaceAll("\\s+", " ").strip() + "\u201d";
        try {
            CSL text = engine(source, xml, "text");
            String inText = text.makeCitation(new CSLCitation(item.build())).get(0).getText().strip();
            String reference = text.makeBibliography().getEntries()[0].strip();
            CSL html = engine(source, xml, "html");
            String inTextHtml = html.makeCitation(new CSLCitation(item.build())).get(0).getText().strip();
            String referenceHtml = html.makeBibliography().getEntries()[0].strip()
                    .replaceFirst("^<div class=\"csl-entry\">", "").replaceFirst("</div>$", "");
            return new Citation(q + " " + inText + "\n\n" + reference + "\n",
                    "<p>" + Entities.escape(q) + " " + inTextHtml + "</p>\n<p>" + referenceHtml + "</p>\n",
                    inText, reference);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CSL engine(CSLItemData source, String styleXml, String format) throws IOException {
        CSL csl = new CSL(new ListItemDataProvider(source), locales, new DefaultAbbreviationProvider(), styleXml, LOCALE);
        csl.setOutputFormat(format);
        csl.registerCitationItems(SourceItem.ID);
        return csl;
    }

    private static String resource(String name) {
        try (InputStream in = CslFormatter.class.getResourceAsStream("/citation/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The citation style file " + name + " is missing from Glossa.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.glossa.core.citation;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.model.DocumentInfo;

/**
 * A document as a CSL item: what a citation style needs to know about the source, from the
 * document's title, author and address and the metadata its importer found (site name,
 * publisher, publication date).
 */
final class SourceItem {
    static final String ID = "source";
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern AND = Pattern.compile("(?i)\\s*(?:,\\s*)?(?:\\band\\b|&)\\s*|\\s*,\\s*");

    private SourceItem() {
    }

    static CSLItemData of(DocumentInfo info, Map<String, String> metadata) {
        String url = info.uri().startsWith("urn:") ? null : info.uri();
        CSLItemDataBuilder b = new CSLItemDataBuilder().id(ID).type(type(info, url)).title(info.title());
        List<CSLName> authors = names(info.author());
        if (!authors.isEmpty()) {
            b.author(authors.toArray(CSLName[]::new));
        }
        CSLDate issued = date(metadata.get("publishedTime"));
        if (issued != null) {
            b.issued(issued);
        }
        String site = metadata.get("siteName");
        if (site != null && !site.isBlank() && !site.strip().equalsIgnoreCase(info.title().strip())) {
            b.containerTitle(site.strip());
        }
        String publisher = metadata.get("publisher");
        if (publisher != null && !publisher.isBlank()) {
            b.publisher(publisher.strip());
        }
        if (url != null) {
            b.URL(url);
        }
        return b.build();
    }

    private static CSLType type(DocumentInfo info, String url) {
        String format = info.format() == null ? "" : info.format();
        if (format.equals("epub")) {
            return CSLType.BOOK;
        }
        if (url != null || format.equals("html")) {
            return CSLType.WEBPAGE;
        }
        return CSLType.DOCUMENT;
    }

    /**
     * "Anna Petrova", "Petrova, Anna", "A. Smith and B. Jones", "Smith, J.; Jones, K.", "A. Smith, B. Jones and C. Brown": a name with
     * one word (an organisation, a pen name) is kept as written.
     */
    static List<CSLName> names(String author) {
        List<CSLName> names = new ArrayList<>();
        if (author == null || author.isBlank()) {
            return names;
        }
        String a = author.strip();
        List<String> parts = a.contains(";") ? List.of(a.split(";"))
                : a.matches("(?i).*\\s(and|&)\\s.*") ? List.of(AND.split(a)) : List.of(a);
        for (String part : parts) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int comma = p.indexOf(',');
            if (comma > 0) {
                names.add(new CSLNameBuilder().family(p.substring(0, comma).strip()).given(p.substring(comma + 1).strip()).build());
            } else if (p.contains(" ")) {
                int space = p.lastIndexOf(' ');
                names.add(new CSLNameBuilder().given(p.substring(0, space).strip()).family(p.substring(space + 1)).build());
            } else {
                names.add(new CSLNameBuilder().literal(p).build());
            }
        }
        return names;
    }

    /** "2023", "2023-05" or an ISO date-time such as "2023-05-04T10:00:00Z"; null for anything else. */
    static CSLDate date(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher m = DATE.matcher(raw.strip());
        if (!m.lookingAt()) {
            return null;
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new CSLDateBuilder().dateParts(year).build();
        }
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return new CSLDateBuilder().dateParts(year).build();
        }
        return m.group(3) == null ? new CSLDateBuilder().dateParts(year, month).build()
                : new CSLDateBuilder().dateParts(year, month, Integer.parseInt(m.group(3))).build();
    }
}

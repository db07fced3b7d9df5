package org.glossa.core.citation;

import java.util.Map;
import org.glossa.core.Library;
import org.glossa.model.Annotation;
import org.glossa.model.Document;

/**
 * Where an annotation is cited ({@link Location}) and the annotation as a citation in a chosen
 * style: the quote, the in-text citation with its page or heading, and the reference entry.
 */
public final class Citations {
    /** The setting that holds the style "Copy as citation" uses. */
    public static final String STYLE_SETTING = "citation.style";

    private static final CslFormatter FORMATTER = new CslFormatter();
    private final Library library;

    public Citations(Library library) {
        this.library = library;
    }

    /** The document's locator (one per call: use it for many offsets of one document). */
    public Locator locator(long documentId) {
        Document doc = library.load(documentId);
        return Locator.of(doc.info(), doc.content(), library.metadata(documentId));
    }

    public Location location(String annotationId) {
        Annotation a = library.annotation(annotationId);
        return locator(a.documentId()).at(a.start());
    }

    public Citation cite(String annotationId, CitationStyle style) {
        Annotation a = library.annotation(annotationId);
        Document doc = library.load(a.documentId());
        Map<String, String> metadata = library.metadata(a.documentId());
        Location where = Locator.of(doc.info(), doc.content(), metadata).at(a.start());
        return FORMATTER.format(a.quote().exact(), SourceItem.of(doc.info(), metadata), where, style);
    }

    /** The style chosen in Preferences (APA until one is chosen). */
    public CitationStyle preferredStyle() {
        return library.setting(STYLE_SETTING).flatMap(CitationStyle::byKey).orElse(CitationStyle.APA);
    }

    public void setPreferredStyle(CitationStyle style) {
        library.setSetting(STYLE_SETTING, style.key());
    }
}

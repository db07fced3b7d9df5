package org.glossa.core.export.webannotation;

import java.util.Locale;

/** The terms of the W3C Web Annotation Data Model that Glossa writes and reads. */
final class WebAnnotationVocabulary {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String ANNOTATION = "Annotation";
    static final String COLLECTION = "AnnotationCollection";
    static final String PAGE = "AnnotationPage";
    static final String TEXTUAL_BODY = "TextualBody";
    static final String QUOTE_SELECTOR = "TextQuoteSelector";
    static final String POSITION_SELECTOR = "TextPositionSelector";
    static final String COMMENTING = "commenting";
    static final String TAGGING = "tagging";
    static final String HIGHLIGHTING = "highlighting";
    static final String MARKDOWN = "text/markdown";
    static final String UUID_URN = "urn:uuid:";
    /**
     * Glossa's anchor status, written only when it is not "anchored". An absolute IRI as the key
     * is plain JSON-LD that needs no extra context, so the standard {@code @context} stays a
     * single string and every W3C MUST still holds; other tools simply ignore it.
     */
    static final String ANCHOR_STATUS = "https://glossa.app/ns/anchorStatus";

    private WebAnnotationVocabulary() {
    }

    /** The W3C id of a Glossa annotation: its UUID as a URN, or the IRI it was imported with. */
    static String annotationIri(String id) {
        return id.contains(":") ? id : UUID_URN + id;
    }

    /** Glossa's id for a W3C annotation id: the UUID of a {@code urn:uuid:}, else the IRI itself. */
    static String glossaId(String iri) {
        return iri.toLowerCase(Locale.ROOT).startsWith(UUID_URN) ? iri.substring(UUID_URN.length()) : iri;
    }
}

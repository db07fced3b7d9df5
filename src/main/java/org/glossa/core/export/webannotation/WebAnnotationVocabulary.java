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
    static final String BOOKMARKING = "bookmarking";
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

    /**
     * Glossa's id for a W3C annotation id: the UUID of a {@code urn:uuid:}, else the absolute IRI
     * itself. An id that is no absolute IRI (other tools write "anno1") becomes a UUID derived
     * from it, so that importing the same file twice still finds it and the export stays valid.
     */
    static String glossaId(String iri) {
        if (iri.toLowerCase(Locale.ROOT).startsWith(UUID_URN)) {
            return iri.substring(UUID_URN.length());
        }
        return ABSOLUTE_IRI.matcher(iri).matches() ? iri
                : java.util.UUID.nameUUIDFromBytes(iri.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }

    /** A scheme, a colon, and no white space: what the W3C "uri" format checks accept. */
    private static final java.util.regex.Pattern ABSOLUTE_IRI = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S+");
}

package org.glossa.core.qda;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * GUIDs for what Glossa exports. What came from a project keeps the GUID it came with (an
 * annotation's id, a document's {@code urn:uuid:} identity, a memo's id, a code's attribute);
 * the rest get a name-based UUID of what they are, so the same library exports the same GUIDs
 * every time and a round trip through another tool or library matches them up again.
 */
final class QdaIds {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final String UUID_URN = "urn:uuid:";

    private QdaIds() {
    }

    static boolean isGuid(String s) {
        return s != null && GUID.matcher(s).matches();
    }

    /** {@code id} when it is a GUID, else one made from {@code kind} and {@code id}. */
    static String of(String kind, String id) {
        return isGuid(id) ? id.toLowerCase(Locale.ROOT) : named(kind, id);
    }

    static String named(String kind, String name) {
        return UUID.nameUUIDFromBytes(("glossa:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String user(String name) {
        return named("user", name);
    }

    static String tag(String tagName) {
        return named("tag", tagName.toLowerCase(Locale.ROOT));
    }

    static String document(String uri) {
        if (uri != null && uri.regionMatches(true, 0, UUID_URN, 0, UUID_URN.length())
                && isGuid(uri.substring(UUID_URN.length()))) {
            return uri.substring(UUID_URN.length()).toLowerCase(Locale.ROOT);
        }
        return named("document", uri);
    }

    static String collection(String name) {
        return named("collection", name.toLowerCase(Locale.ROOT));
    }

    /** The note that carries an annotation's note. */
    static String annotationNote(String annotationId) {
        return named("annotation-note", annotationId);
    }

    /** The tag memo that holds a code's description. */
    static String codeDescription(String codeGuid) {
        return named("code-description", codeGuid);
    }
}

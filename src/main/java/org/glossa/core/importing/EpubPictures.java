package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.glossa.model.DocumentResource;

/**
 * The pictures of a book that its figures show, within explicit bounds: a picture past these is
 * left out of the library and its figure stays a caption line, as every figure was before.
 * Only formats the reader can draw are taken (JPEG, PNG, GIF, BMP); SVG stays a caption line.
 */
final class EpubPictures {
    /** More figures than the most illustrated books have. */
    static final int MAX_PICTURES = 500;
    /** A picture for a column of text; a larger one is a print scan the reader would only shrink. */
    static final int MAX_PICTURE_BYTES = 8 * 1024 * 1024;
    /** All pictures of one book together. */
    static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;

    private final Map<String, byte[]> files;
    private final Map<String, DocumentResource> taken = new LinkedHashMap<>();
    private long total;

    /** {@code files}: the book's entries by archive path. */
    EpubPictures(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Whether an archive entry is a picture the reader can show (so it is unpacked and kept). */
    static boolean isPicture(String name) {
        return mediaType(name) != null;
    }

    private static String mediaType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) {
            return "image/jpeg";
        }
        if (n.endsWith(".png")) {
            return "image/png";
        }
        if (n.endsWith(".gif")) {
            return "image/gif";
        }
        return n.endsWith(".bmp") ? "image/bmp" : null;
    }

    /** Names the pictures of one page ({@code page}, an archive path) by their archive paths. */
    Function<String, String> forPage(String page) {
        String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
        return src -> {
            if (src == null || src.isBlank() || src.contains(":")) {
                return null; // a picture on the web is never fetched
            }
            String name = EpubImporter.resolve(dir, src.strip());
            return take(name) ? name : null;
        };
    }

    private boolean take(String name) {
        if (taken.containsKey(name)) {
            return true;
        }
        byte[] bytes = files.get(name);
        String type = mediaType(name);
        if (bytes == null || type == null || bytes.length == 0 || bytes.length > MAX_PICTURE_BYTES
                || taken.size() >= MAX_PICTURES || total + bytes.length > MAX_TOTAL_BYTES) {
            return false;
        }
        taken.put(name, new DocumentResource(name, type, bytes));
        total += bytes.length;
        return true;
    }

    /** The pictures named so far, in the order the text shows them. */
    List<DocumentResource> resources() {
        return new ArrayList<>(taken.values());
    }
}

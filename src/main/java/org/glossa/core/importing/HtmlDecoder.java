package org.glossa.core.importing;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML file: a byte-order mark first, then valid UTF-8 (saved pages are often
 * re-encoded without their declaration being updated), then the charset the page declares in its
 * head (unless it is UTF-8, ASCII or Latin-1, which pages often declare wrongly), else the same strict-UTF-8-then-Windows-1252 rule as plain text.
 */
final class HtmlDecoder {
    private static final int HEAD = 4096;
    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.-]+)|<\\?xml[^>]+encoding\\s*=\\s*[\"']([a-z0-9_.-]+)");

    private HtmlDecoder() {
    }

    static String decode(byte[] bytes) throws ImportException {
        if (!TextDecoder.hasBom(bytes) && TextDecoder.firstInvalidUtf8(bytes) >= 0) {
            Charset declared = declaredCharset(bytes);
            if (declared != null && !TextDecoder.isDefaultFamily(declared)) {
                return new String(bytes, declared);
            }
        }
        return TextDecoder.decode(bytes);
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}

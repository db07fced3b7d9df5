package org.glossa.core.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;

/**
 * Turns the bytes of a text file into a string: a byte-order mark decides when present, then
 * strict UTF-8, then Windows-1252 (which also reads Latin-1 and ASCII files correctly). A file
 * that is mostly UTF-8 but has broken sequences is refused rather than guessed at: reading it as
 * Windows-1252 would turn every accented letter into two wrong ones.
 */
public final class TextDecoder {
    /** Windows-1252: what legacy Western text files almost always are. */
    public static final Charset LEGACY = Charset.forName("windows-1252");

    private TextDecoder() {
    }

    public static String decode(byte[] bytes) throws ImportException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE);
        }
        int bad = firstInvalidUtf8(bytes);
        if (bad < 0) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (hasMultiByteUtf8(bytes, bad)) {
            throw new ImportException("The file is UTF-8 but has invalid bytes at byte " + bad
                    + "; repair it or save it again as UTF-8.");
        }
        return new String(bytes, LEGACY);
    }

    /** The index of the first byte that is not well-formed UTF-8, or -1 when all are. */
    static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(Math.min(bytes.length, 1 << 16));
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear(); // overflow: the chars are not needed, only whether the bytes are valid
        }
    }

    /** True for the charsets that {@link #decode} already tells apart by itself. */
    static boolean isDefaultFamily(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8) || cs.equals(StandardCharsets.US_ASCII)
                || cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(LEGACY);
    }

    static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF);
    }

    /** Whether well-formed multi-byte UTF-8 sequences appear before {@code end}. */
    private static boolean hasMultiByteUtf8(byte[] bytes, int end) {
        int sequences = 0;
        for (int i = 0; i + 1 < end; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (bytes[i + 1] & 0xC0) == 0x80) {
                sequences++;
                if (sequences >= 2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strict(byte[] bytes, int skip, Charset cs) throws ImportException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("The file says it is " + cs.name() + " but contains invalid bytes;"
                    + " save it again in that encoding.");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

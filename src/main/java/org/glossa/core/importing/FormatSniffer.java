package org.glossa.core.importing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides a file's format from its content first (magic bytes, markup), then its name. */
public final class FormatSniffer {
    public enum Format { TEXT, MARKDOWN, HTML, EPUB, PDF, BINARY }

    private static final int HEAD = 8192;
    private static final Pattern MARKDOWN_SIGNS = Pattern.compile(
            "(?m)^(#{1,6} \\S|> \\S|[-*+] \\S|\\d+\\. \\S|```)|\\*\\*\\S[^\\n]*\\S\\*\\*|\\[[^\\]\\n]+\\]\\([^)\\s]*\\)|<https?://");
    private static final Pattern HTML_SIGNS = Pattern.compile(
            "(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body)");

    private FormatSniffer() {
    }

    public static Format sniff(byte[] bytes, String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-")) {
            return Format.PDF;
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return Format.EPUB;
        }
        if (looksBinary(bytes)) {
            return Format.BINARY;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        if (HTML_SIGNS.matcher(stripBom(head)).find()) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        int signs = 0;
        var m = MARKDOWN_SIGNS.matcher(head);
        while (m.find() && signs < 3) {
            signs++;
        }
        return signs >= 2 ? Format.MARKDOWN : Format.TEXT;
    }

    private static String stripBom(String s) {
        return s.startsWith("\u00ef\u00bb\u00bf") ? s.substring(3) : s;
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or many control characters in the first block mean this is not text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        boolean utf16 = n >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (utf16) {
            return false;
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }
}

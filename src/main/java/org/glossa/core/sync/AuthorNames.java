package org.glossa.core.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An author's name as a remote file name and back: letters, digits, '.', '_' and '-' stay, every
 * other UTF-8 byte is written as '~' and two hex digits ("Anna Müller" is "Anna~20M~C3~BCller"),
 * so the name survives every WebDAV server and file system and needs no URL escaping.
 */
final class AuthorNames {
    static final String EXTENSION = ".jsonld";

    private AuthorNames() {
    }

    static String fileName(String author) {
        StringBuilder out = new StringBuilder();
        for (byte b : author.getBytes(StandardCharsets.UTF_8)) {
            char ch = (char) (b & 0xff);
            if (ch < 0x80 && (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || (ch == '.' && out.length() > 0))) {
                out.append(ch);
            } else {
                out.append('~').append(String.format("%02X", b & 0xff));
            }
        }
        return out + EXTENSION;
    }

    /** The author a file name stands for, or null when it is not one Glossa writes. */
    static String author(String fileName) {
        if (!fileName.endsWith(EXTENSION) || fileName.length() == EXTENSION.length()) {
            return null;
        }
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch == '~') {
                try {
                    bytes.write(Integer.parseInt(name.substring(i + 1, i + 3), 16));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    return null;
                }
                i += 2;
            } else if (ch < 0x80) {
                bytes.write(ch);
            } else {
                return null;
            }
        }
        String author = bytes.toString(StandardCharsets.UTF_8);
        return fileName(author).equals(fileName) ? author : null;
    }
}

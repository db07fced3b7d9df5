package org.glossa.core.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads every entry of a zip archive into memory within explicit limits, so a zip bomb or a
 * crafted archive is refused with a message instead of filling memory or the disk. Entries
 * are never written to disk; names that climb out of the archive are refused anyway, since
 * they only occur in malicious files.
 */
final class SafeZip {
    /** More entries than any real book has. */
    static final int MAX_ENTRIES = 10_000;
    /** Uncompressed total: the largest illustrated books are well below this. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;
    /** Text compresses about 3-10x; 100x and more means a bomb. */
    static final int MAX_RATIO = 100;
    /** Small entries may compress extremely well without harm; the ratio applies beyond this. */
    private static final long RATIO_GRACE_BYTES = 1024 * 1024;

    private SafeZip() {
    }

    /**
     * Entry name to content, in archive order, for the entries {@code keep} accepts; the others
     * (pictures, fonts) are unpacked only to count them against the limits, never held.
     */
    static Map<String, byte[]> read(byte[] zip, String what, Predicate<String> keep) throws ImportException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entries.size() >= MAX_ENTRIES) {
                    throw new ImportException(what + " has more than " + MAX_ENTRIES + " files inside; it is not a book Glossa can open.");
                }
                String name = entry.getName();
                checkName(name, what);
                boolean kept = !entry.isDirectory() && keep.test(name);
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    total += n;
                    if (kept) {
                        content.write(buffer, 0, n);
                    }
                    if (total > MAX_TOTAL_BYTES) {
                        throw new ImportException(what + " unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                                + " MB; it is refused as a possible zip bomb.");
                    }
                    if (total > RATIO_GRACE_BYTES && total > (long) MAX_RATIO * zip.length) {
                        throw new ImportException(what + " unpacks to over " + MAX_RATIO
                                + " times its size; it is refused as a possible zip bomb.");
                    }
                }
                if (kept) {
                    entries.put(name, content.toByteArray());
                }
            }
        } catch (ZipException | IllegalArgumentException e) { // the JDK reports a malformed entry name so
            throw new ImportException(what + " is a damaged zip archive (" + e.getMessage() + "); get a fresh copy.", e);
        } catch (IOException e) {
            throw new ImportException(what + " could not be unpacked (" + e.getMessage() + "); get a fresh copy.", e);
        }
        if (entries.isEmpty()) {
            throw new ImportException(what + " is an empty or truncated zip archive, or holds no documents; get a fresh copy.");
        }
        return entries;
    }

    private static void checkName(String name, String what) throws ImportException {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*") || ("/" + n + "/").contains("/../")) {
            throw new ImportException(what + " contains an unsafe file name (" + name + "); it is refused.");
        }
    }

}

package org.glossa.core.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;

/**
 * Reads every entry of a zip archive into memory within explicit limits, so a zip bomb or a
 * crafted archive is refused with a message instead of filling memory or the disk. Entries
 * are never written to disk; names that climb out of the archive are refused anyway, since
 * they only occur in malicious files. Sizes and the compression ratio are measured by
 * {@link MeasuredZip} on the bytes really inflated and really read.
 */
public final class SafeZip {
    /** More entries than any real book has. */
    static final int MAX_ENTRIES = 10_000;
    /** Uncompressed total: the largest illustrated books are well below this. */
    static final long MAX_TOTAL_BYTES = 512L * 1024 * 1024;

    private SafeZip() {
    }

    /**
     * Entry name to content, in archive order, for the entries {@code keep} accepts; the others
     * (pictures, fonts) are unpacked only to count them against the limits, never held.
     */
    public static Map<String, byte[]> read(byte[] zip, String what, Predicate<String> keep) throws ImportException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int count = 0;
        try (MeasuredZip in = new MeasuredZip(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.next()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new ImportException(what + " has more than " + MAX_ENTRIES + " files inside; it is not a book Glossa can open.");
                }
                String name = entry.getName();
                checkName(name, what);
                boolean kept = !entry.isDirectory() && keep.test(name);
                ByteArrayOutputStream content = kept ? new ByteArrayOutputStream() : null;
                in.readEntry(content, MAX_TOTAL_BYTES - in.inflatedTotal());
                if (kept) {
                    entries.put(name, content.toByteArray());
                }
            }
        } catch (MeasuredZip.Refused e) {
            throw new ImportException(e.limit() == MeasuredZip.Limit.RATIO
                    ? what + " unpacks to over " + MeasuredZip.MAX_RATIO + " times the bytes it takes in the file;"
                            + " it is refused as a possible zip bomb."
                    : what + " unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                            + " MB; it is refused as a possible zip bomb.", e);
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

package org.glossa.core.packet;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.glossa.core.importing.MeasuredZip;

/**
 * The zip layer of .glossa bundles. Reading treats the file as hostile: explicit limits on the
 * number of entries, the total uncompressed size and the compression ratio (measured by
 * {@link MeasuredZip} on the bytes actually inflated and actually read, not on sizes the zip
 * claims), and only plain relative names: no {@code ..},
 * no absolute paths, no backslashes, no duplicates. Nothing is ever extracted to disk.
 */
final class BundleZip {
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private BundleZip() {
    }

    /** Writes the entries (name → bytes) to {@code out}; a failure leaves no half file. */
    static void write(Path out, Map<String, byte[]> entries) throws IOException {
        org.glossa.core.export.AtomicFile.write(out, o -> {
            ZipOutputStream zip = new ZipOutputStream(o);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.finish();
        });
    }

    /** Reads every entry into memory, within the limits above. */
    static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        int count = 0;
        try (MeasuredZip zip = new MeasuredZip(new BufferedInputStream(Files.newInputStream(file)))) {
            ZipEntry e;
            while ((e = zip.next()) != null) {
                if (++count > MAX_ENTRIES) {
                    throw new BundleException("it has more than " + MAX_ENTRIES + " entries; at most " + MAX_ENTRIES
                            + " are allowed.");
                }
                String name = checkedName(e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                if (out.containsKey(name)) {
                    throw new BundleException("the entry " + name + " appears twice.");
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                long budget = MAX_TOTAL_BYTES - zip.inflatedTotal();
                try {
                    zip.readEntry(bytes, Math.min(MAX_ENTRY_BYTES, budget));
                } catch (MeasuredZip.Refused r) {
                    throw new BundleException(r.limit() == MeasuredZip.Limit.RATIO
                            ? name + " is compressed more than " + MeasuredZip.MAX_RATIO
                                    + " to 1, counted on the bytes really read (a zip bomb?)."
                            : budget < MAX_ENTRY_BYTES
                                    ? "it unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB."
                                    : name + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB.");
                }
                out.put(name, bytes.toByteArray());
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new BundleException("it is not a readable zip file.");
        } catch (IOException e) {
            throw new BundleException("it could not be read (" + e.getMessage() + ").");
        }
        if (out.isEmpty()) {
            throw new BundleException("it is not a readable zip file.");
        }
        return out;
    }

    static String checkedName(String name) {
        boolean bad = name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\")
                || name.matches("^[A-Za-z]:.*") || name.contains("\0");
        for (String part : name.split("/")) {
            bad |= part.equals("..") || part.equals(".");
        }
        if (bad) {
            throw new BundleException("it holds an unsafe file name: \"" + name.replaceAll("\\p{Cntrl}", "?") + "\".");
        }
        return name;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

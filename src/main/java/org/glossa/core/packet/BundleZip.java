package org.glossa.core.packet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The zip layer of .glossa bundles. Reading treats the file as hostile: explicit limits on the
 * number of entries, the total uncompressed size and the compression ratio (counted on the bytes
 * actually inflated, not on sizes the zip claims), and only plain relative names: no {@code ..},
 * no absolute paths, no backslashes, no duplicates. Nothing is ever extracted to disk.
 */
final class BundleZip {
    static final int MAX_ENTRIES = 1_000;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    /** Text compresses ~5-10x; a ratio this high is a zip bomb, checked once an entry passes 1 MB. */
    static final long MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 1024 * 1024;

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
        long total = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new BundleException("it has " + zip.size() + " entries; at most " + MAX_ENTRIES + " are allowed.");
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = checkedName(e.getName());
                if (e.isDirectory()) {
                    continue;
                }
                if (out.containsKey(name)) {
                    throw new BundleException("the entry " + name + " appears twice.");
                }
                byte[] bytes = inflate(zip, e, MAX_TOTAL_BYTES - total);
                total += bytes.length;
                out.put(name, bytes);
            }
        } catch (ZipException e) {
            throw new BundleException("it is not a readable zip file.");
        } catch (IOException e) {
            throw new BundleException("it could not be read (" + e.getMessage() + ").");
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

    private static byte[] inflate(ZipFile zip, ZipEntry e, long budget) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                out.write(buf, 0, n);
                long size = out.size();
                if (size > budget) {
                    throw new BundleException("it unpacks to more than " + (MAX_TOTAL_BYTES >> 20) + " MB.");
                }
                if (size > MAX_ENTRY_BYTES) {
                    throw new BundleException(e.getName() + " is larger than " + (MAX_ENTRY_BYTES >> 20) + " MB.");
                }
                if (size > RATIO_FLOOR && size / compressed > MAX_RATIO) {
                    throw new BundleException(e.getName() + " is compressed more than " + MAX_RATIO
                            + " to 1 (a zip bomb?).");
                }
            }
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

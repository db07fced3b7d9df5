package org.glossa.core.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A crafted zip bomb: one entry of zeros that inflates far more than 100 to 1, then an entry of
 * stored noise, and a central directory that claims the bomb's compressed size runs through the
 * noise, so a ratio computed from the claimed size looks harmless.
 */
public final class LyingZip {
    private static final int CENTRAL_HEADER = 0x02014b50;

    private LyingZip() {
    }

    /** {@code first} entries as they are, then the bomb named {@code bombName}, then the noise. */
    public static byte[] bomb(Map<String, byte[]> first, String bombName, int bombBytes, int noiseBytes)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : first.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(bombName));
            zip.write(new byte[bombBytes]);
            zip.closeEntry();
            byte[] noise = new byte[noiseBytes];
            new Random(7).nextBytes(noise);
            ZipEntry stored = new ZipEntry("noise.bin");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(noise.length);
            CRC32 crc = new CRC32();
            crc.update(noise);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(noise);
            zip.closeEntry();
        }
        byte[] zip = bytes.toByteArray();
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = bombName.getBytes(StandardCharsets.UTF_8);
        int bombAt = -1;
        int noiseAt = -1;
        for (int at = 0; at + 46 <= zip.length; at++) {
            if (b.getInt(at) != CENTRAL_HEADER) {
                continue;
            }
            int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
            String entry = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
            if (entry.equals(bombName)) {
                bombAt = at;
            } else if (entry.equals("noise.bin")) {
                noiseAt = at;
            }
        }
        if (bombAt < 0 || noiseAt < 0 || name.length == 0) {
            throw new IllegalStateException("the central directory was not where it should be");
        }
        int bombData = b.getInt(bombAt + 42) + 30 + name.length;
        int noiseEnd = b.getInt(noiseAt + 42) + 30 + "noise.bin".length() + noiseBytes;
        b.putInt(bombAt + 20, noiseEnd - bombData); // the lie: the compressed size runs through the noise
        return zip;
    }
}

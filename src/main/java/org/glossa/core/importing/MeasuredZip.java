package org.glossa.core.importing;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip archive entry by entry for the EPUB and .glossa bundle imports, and measures each
 * entry by what really happens: the bytes inflated against the bytes really read from the file
 * for that entry. The sizes a zip's headers or central directory claim are never trusted, so an
 * archive that lies about them cannot slip a zip bomb past the ratio limit.
 */
public final class MeasuredZip implements Closeable {
    /** Text compresses about 3-10x; 100x and more means a bomb. */
    public static final long MAX_RATIO = 100;
    /** Small entries may compress extremely well without harm; the ratio applies beyond this. */
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** Why an entry was refused; the front ends word the message. */
    public enum Limit { RATIO, SIZE }

    /** An entry past one of the limits. */
    public static final class Refused extends IOException {
        private final Limit limit;
        private final String entry;

        Refused(Limit limit, String entry) {
            super(entry + (limit == Limit.RATIO ? " unpacks to over " + MAX_RATIO + " times its size" : " is too large"));
            this.limit = limit;
            this.entry = entry;
        }

        public Limit limit() {
            return limit;
        }

        public String entry() {
            return entry;
        }
    }

    private final CountingInput file;
    private final ZipInputStream zip;
    private final byte[] buffer = new byte[64 * 1024];
    private ZipEntry current;
    private long inflatedTotal;

    public MeasuredZip(InputStream in) {
        this.file = new CountingInput(in);
        this.zip = new ZipInputStream(file);
    }

    /** The next entry, or null at the end of the archive. */
    public ZipEntry next() throws IOException {
        current = zip.getNextEntry();
        return current;
    }

    /**
     * Inflates the current entry into {@code sink} (null: only count it) and returns its size.
     *
     * @throws Refused when it inflates to more than {@code maxBytes}, or to more than
     *                 {@link #MAX_RATIO} times the bytes read from the file for it
     */
    public long readEntry(OutputStream sink, long maxBytes) throws IOException {
        long readBefore = file.count;
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            size += n;
            inflatedTotal += n;
            if (size > maxBytes) {
                throw new Refused(Limit.SIZE, current.getName());
            }
            long read = Math.max(1, file.count - readBefore);
            if (size > RATIO_GRACE_BYTES && size > MAX_RATIO * read) {
                throw new Refused(Limit.RATIO, current.getName());
            }
            if (sink != null) {
                sink.write(buffer, 0, n);
            }
        }
        return size;
    }

    /** Bytes inflated so far, over all entries. */
    public long inflatedTotal() {
        return inflatedTotal;
    }

    /** Bytes read from the file so far. */
    public long bytesRead() {
        return file.count;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Counts the bytes that really come out of the file. */
    private static final class CountingInput extends FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

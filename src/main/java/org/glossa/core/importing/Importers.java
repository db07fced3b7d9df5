package org.glossa.core.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.glossa.model.ImportedDocument;

/** Picks the importer for a file by its format and reads it, within explicit size limits. */
public final class Importers {
    /** Files larger than this are refused before they are read. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    /**
     * Text-like files (plain text, Markdown, HTML) larger than this are refused, quickly and
     * before being read whole. The longest novels are under 6 MB; a bigger "text" is a log or a
     * data dump that a reader could not page through (its UTF-16 copy alone would need twice
     * its size in memory). PDFs and EPUBs only have the file limit: their bytes are mostly images.
     */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;
    private static final int SNIFF_BYTES = 8192;

    private final Map<FormatSniffer.Format, Importer> byFormat = new EnumMap<>(FormatSniffer.Format.class);

    public Importers() {
        byFormat.put(FormatSniffer.Format.TEXT, new TextImporter());
        byFormat.put(FormatSniffer.Format.MARKDOWN, new MarkdownImporter());
        byFormat.put(FormatSniffer.Format.HTML, new HtmlImporter());
        byFormat.put(FormatSniffer.Format.EPUB, new EpubImporter());
        byFormat.put(FormatSniffer.Format.PDF, new PdfImporter());
    }

    /** Registers (or replaces) the importer of a format. */
    public Importers with(FormatSniffer.Format format, Importer importer) {
        byFormat.put(format, importer);
        return this;
    }

    /** A file as read: its bytes and name beside the document made of them. */
    public record FileRead(ImportedDocument document, byte[] bytes, String fileName) {
    }

    public ImportedDocument read(Path file) throws ImportException {
        return readFile(file).document();
    }

    /** Reads a file like {@link #read(Path)}, keeping the bytes it was read from. */
    public FileRead readFile(Path file) throws ImportException {
        return readFile(file, Importer.Progress.NONE, () -> false);
    }

    /** {@link #readFile(Path)}, reporting parts done to {@code progress} and stopping when {@code cancelled}. */
    public FileRead readFile(Path file, Importer.Progress progress, BooleanSupplier cancelled)
            throws ImportException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException(name + " is a folder, not a document.");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException(name + " is too large to import (" + size / (1024 * 1024)
                        + " MB; the limit is " + MAX_FILE_BYTES / (1024 * 1024) + " MB).");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                byte[] head = in.readNBytes(SNIFF_BYTES);
                checkTextSize(FormatSniffer.sniff(head, name), size, name);
                byte[] rest = in.readNBytes((int) MAX_FILE_BYTES + 1 - head.length);
                bytes = new byte[head.length + rest.length];
                System.arraycopy(head, 0, bytes, 0, head.length);
                System.arraycopy(rest, 0, bytes, head.length, rest.length);
            }
            return new FileRead(read(bytes, name, progress, cancelled), bytes, name);
        } catch (NoSuchFileException e) {
            throw new ImportException("No such file: " + file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkTextSize(FormatSniffer.Format format, long size, String name) throws ImportException {
        boolean textLike = format == FormatSniffer.Format.TEXT || format == FormatSniffer.Format.MARKDOWN
                || format == FormatSniffer.Format.HTML;
        if (textLike && size > MAX_TEXT_BYTES) {
            throw new ImportException((name.isEmpty() ? "The file" : name) + " is " + size / (1024 * 1024)
                    + " MB of text, more than the " + MAX_TEXT_BYTES / (1024 * 1024)
                    + " MB a document may have; split it into smaller files.");
        }
    }

    public ImportedDocument read(byte[] bytes, String fileName) throws ImportException {
        return read(bytes, fileName, Importer.Progress.NONE, () -> false);
    }

    /** Reads {@code bytes}, reporting parts done to {@code progress} and stopping when {@code cancelled}. */
    public ImportedDocument read(byte[] bytes, String fileName, Importer.Progress progress,
            BooleanSupplier cancelled) throws ImportException {
        String name = fileName == null ? "" : fileName;
        if (bytes.length == 0) {
            throw new ImportException((name.isEmpty() ? "The file" : name) + " is empty.");
        }
        FormatSniffer.Format format = FormatSniffer.sniff(bytes, name);
        checkTextSize(format, bytes.length, name);
        Importer importer = byFormat.get(format);
        if (importer == null) {
            throw new ImportException((name.isEmpty() ? "The file" : name) + " is not a document Glossa can read ("
                    + (format == FormatSniffer.Format.BINARY ? "binary data" : format.name().toLowerCase(Locale.ROOT) + " is not supported yet")
                    + ").");
        }
        ImportedDocument doc;
        try {
            doc = importer.read(bytes, name, progress, cancelled);
        } catch (ImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // third-party parsers throw anything on crafted input; the user needs one sentence
            throw new ImportException((name.isEmpty() ? "The file" : name) + " could not be read as "
                    + format.name().toLowerCase(Locale.ROOT) + " (" + e.getClass().getSimpleName() + "); it may be damaged.", e);
        }
        if (doc.content().text().isBlank()) {
            throw new ImportException((name.isEmpty() ? "The file" : name) + " contains no readable text.");
        }
        return doc;
    }
}

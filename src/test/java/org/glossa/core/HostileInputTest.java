package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.glossa.core.importing.ImportException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of hostile file gets one clear line and leaves the library as it was.
 */
class HostileInputTest {
    @TempDir
    Path dir;
    private Library library;
    private int before;

    @BeforeEach
    void open() {
        library = Library.open(dir.resolve("library.sqlite"));
        before = library.documents().size();
    }

    @AfterEach
    void close() {
        library.close();
    }

    private void assertRefused(Path file, String reason) {
        assertThatThrownBy(() -> library.importFile(file)).isInstanceOf(ImportException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").containsIgnoringCase(reason));
        assertThat(library.documents()).hasSize(before);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void emptyFile() throws IOException {
        assertRefused(write("empty.txt", new byte[0]), "empty");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(7).nextBytes(noise);
        assertRefused(write("noise.bin", noise), "not a document");
    }

    @Test
    void invalidUtf8() throws IOException {
        byte[] bytes = "na\u00efve caf\u00e9 r\u00e9sum\u00e9 and then ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xE2;
        broken[bytes.length + 1] = (byte) 0x28;
        assertRefused(write("broken.txt", broken), "UTF-8");
    }

    @Test
    void truncatedEpub() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("META-INF/container.xml", "<container/>".repeat(500).getBytes(StandardCharsets.UTF_8));
        byte[] zip = zip(files);
        assertRefused(write("cut.epub", Arrays.copyOf(zip, zip.length - 40)), "cut.epub");
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj << /Type /Pa"
                .getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(write("cut.pdf", pdf), "cut.pdf");
    }

    @Test
    void zipBomb() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        files.put("huge.xhtml", new byte[32 * 1024 * 1024]);
        assertRefused(write("bomb.epub", zip(files)), "zip bomb");
    }

    @Test
    void zipBombWhoseCentralDirectoryLiesAboutItsCompressedSize() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip".getBytes(StandardCharsets.UTF_8));
        byte[] bomb = org.glossa.core.importing.LyingZip.bomb(files, "huge.xhtml", 64 * 1024 * 1024, 1024 * 1024);
        assertRefused(write("lying.epub", bomb), "zip bomb");
    }

    @Test
    void pathTraversalEntry() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../evil.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertRefused(write("evil.epub", zip(files)), "unsafe file name");
    }

    @Test
    void externalEntityInPackageDocument() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("META-INF/container.xml", ("<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                + "<rootfiles><rootfile full-path=\"p.opf\"/></rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        files.put("p.opf", ("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY t SYSTEM \"file:///etc/hostname\">]>"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:title>&t;</dc:title></metadata></package>").getBytes(StandardCharsets.UTF_8));
        assertRefused(write("xxe.epub", zip(files)), "DOCTYPE");
    }

    @Test
    void twoHundredMegabytesOfTextIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("huge.txt");
        byte[] line = "All work and no play makes a dull reader.\n".getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            for (int i = 0; i < 1024; i++) {
                f.write(line);
            }
            f.setLength(200L * 1024 * 1024); // the rest is sparse: the limit is checked before reading
        }
        assertRefused(big, "MB of text");
    }

    private static byte[] zip(Map<String, byte[]> files) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

package org.glossa.core.qda;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** Projects for tests: zips made on the fly, the corpus's real ones, and validation against the official schemas. */
final class QdaFiles {
    private QdaFiles() {
    }

    /** The corpus folder with the REFI-QDA files, or a skipped test when it is absent. */
    static Path corpus() {
        String root = System.getProperty("glossa.corpus", "../shared/corpus");
        Path dir = Path.of(root, "refi-qda");
        assumeTrue(Files.isRegularFile(dir.resolve("Project.xsd")), "the REFI-QDA corpus is not at " + dir);
        return dir;
    }

    /** Writes a zip of {@code entries} (name to UTF-8 text or bytes). */
    static Path zip(Path file, Map<String, ?> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, ?> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                Object v = e.getValue();
                zip.write(v instanceof byte[] b ? b : v.toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Every entry of a zip, by name, in order. */
    static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                out.put(e.getName(), b.toByteArray());
            }
        }
        return out;
    }

    /** Validates XML against one of the corpus's schemas; throws with the schema's complaint. */
    static void validate(byte[] xml, String schema) throws IOException, SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(corpus().resolve(schema).toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** A project file around {@code body} (the elements inside {@code <Project>}). */
    static String project(String name, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\""
                + name + "\">" + body + "</Project>";
    }
}

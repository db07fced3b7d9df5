package org.glossa.core.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.glossa.core.Library;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Importing books (read, decode, clean, find the structure, store in one transaction), each
 * against the least any importer of the format must do, measured in the same run on the same
 * file: a 3 MB text (read the bytes, split on blank lines), an EPUB novel (unzip, find the spine
 * in the package document, jsoup's text of each chapter) and a 300-page PDF (PDFBox's own
 * {@link PDFTextStripper} text extraction alone). The books are generated.
 */
final class ImportBench implements BenchSection {
    private static final double BUDGET_MS = 2000;
    private static final int PDF_PAGES = 300;
    private static final int EPUB_PARAGRAPHS = 4000;

    /** One kind of book: its file and the baseline's work on it (which returns how much text it found). */
    private interface Baseline {
        int read(Path file) throws Exception;
    }

    @Override
    public String name() {
        return "import";
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        Path dir = Files.createTempDirectory("glossa-bench-import");
        try {
            int reps = settings.reps(5, 1);
            Path text = dir.resolve("book.txt");
            Files.write(text, GeneratedBook.generate().plainText());
            Path epub = dir.resolve("novel.epub");
            GeneratedBooks.epub(epub, EPUB_PARAGRAPHS);
            Path pdf = dir.resolve("report.pdf");
            settings.say("import: generating a " + PDF_PAGES + "-page PDF");
            GeneratedBooks.pdf(pdf, PDF_PAGES);
            List<Figure> out = new ArrayList<>();
            out.add(figure(settings, dir, text, reps, "import 3 MB text (best)", Budget.below(BUDGET_MS),
                    "read the file and split it on blank lines", f ->
                            new String(Files.readAllBytes(f), StandardCharsets.UTF_8).split("\n\n").length));
            out.add(figure(settings, dir, epub, reps, "import EPUB novel (best)", Budget.NONE,
                    String.format(java.util.Locale.ROOT, "unzip, spine from the package document, jsoup text of"
                            + " each chapter (%.1f MB of text)", epubText(epub) / 1e6), ImportBench::epubText));
            out.add(figure(settings, dir, pdf, reps, "import " + PDF_PAGES + "-page PDF (best)", Budget.NONE,
                    "PDFBox's PDFTextStripper text extraction alone", ImportBench::pdfText));
            return out;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    private Figure figure(BenchSettings settings, Path dir, Path file, int reps, String name, Budget budget,
                          String baselineLabel, Baseline baseline) throws Exception {
        double[] glossa = new double[reps];
        double[] bare = new double[reps];
        for (int i = 0; i < reps; i++) {
            settings.say("import: " + file.getFileName() + ", round " + (i + 1) + " of " + reps);
            // a fresh library each round: the same text twice would be recognised as a duplicate
            try (Library library = Library.open(dir.resolve(file.getFileName() + "-" + i + ".sqlite"))) {
                long t0 = System.nanoTime();
                library.importFile(file);
                glossa[i] = Stats.ms(System.nanoTime() - t0);
            }
            long t0 = System.nanoTime();
            int found = baseline.read(file);
            bare[i] = Stats.ms(System.nanoTime() - t0);
            if (found == 0) {
                throw new IllegalStateException("the baseline found no text in " + file.getFileName());
            }
        }
        return new Figure(name(), name, "ms", Stats.best(glossa), Stats.best(bare), budget, baselineLabel);
    }

    /** The EPUB baseline: the characters of text in its spine's chapters. */
    static int epubText(Path file) throws Exception {
        int chars = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Document container = xml(zip, "META-INF/container.xml");
            String opfPath = container.selectFirst("rootfile").attr("full-path");
            String base = opfPath.contains("/") ? opfPath.substring(0, opfPath.lastIndexOf('/') + 1) : "";
            Document opf = xml(zip, opfPath);
            for (Element ref : opf.select("spine > itemref")) {
                Element item = opf.selectFirst("manifest > item[id=" + ref.attr("idref") + "]");
                try (var in = zip.getInputStream(zip.getEntry(base + item.attr("href")))) {
                    chars += Jsoup.parse(in, "UTF-8", "").text().length();
                }
            }
        }
        return chars;
    }

    private static Document xml(ZipFile zip, String name) throws Exception {
        try (var in = zip.getInputStream(zip.getEntry(name))) {
            return Jsoup.parse(in, "UTF-8", "", Parser.xmlParser());
        }
    }

    /** The PDF baseline: PDFBox's plain text of every page. */
    static int pdfText(Path file) throws Exception {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(doc).length();
        }
    }
}

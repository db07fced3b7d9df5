package org.glossa.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AtomicFile;
import org.glossa.core.packet.BundleImportReport;
import org.glossa.core.packet.Packet;
import org.glossa.core.packet.PacketHtml;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glossa packet ...}: class packets from the teacher's side and the student's. */
@Command(name = "packet", mixinStandardHelpOptions = true, description = {
        "Class packets: readings, an introduction and questions that a teacher hands out as a .glossa bundle.",
        "Teacher: packet create, add, question, export (html/pdf student or teacher edition, bundle);"
                + " then packet import the students' work.",
        "Student: packet import the teacher's bundle, annotate, then packet export --format work.",
        "Class remote: packet publish ID --remote NAME (teacher); packet answer, packet answers."},
        subcommands = {PacketCommand.Create.class, PacketCommand.Add.class, PacketCommand.Question.class,
                PacketCommand.ListPackets.class, PacketCommand.Export.class, PacketCommand.Import.class,
                PacketCommand.Layers.class, PacketCommand.Marked.class, PacketClassCommands.Publish.class,
                PacketClassCommands.Answer.class, PacketClassCommands.Answers.class})
final class PacketCommand extends CommandGroup {
    /** A packet subcommand: names packets by id. */
    abstract static class Sub extends LibraryCommand {
        static long packetId(String ref) {
            if (!ref.strip().matches("\\d{1,18}")) {
                throw new GlossaException("Name the packet by its id (see 'glossa packet list'), not '" + ref + "'.");
            }
            return Long.parseLong(ref.strip());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a packet; prints its id.")
    static final class Create extends Sub {
        @Parameters(paramLabel = "TITLE", description = "The packet's title.")
        String title;

        @Option(names = "--intro", paramLabel = "TEXT", description = "Introduction (Markdown).")
        String intro;

        @Option(names = "--intro-file", paramLabel = "FILE", description = "Read the introduction from a file.")
        Path introFile;

        @Override
        int run(Library lib) throws Exception {
            String text = intro;
            if (introFile != null) {
                text = Files.readString(introFile, StandardCharsets.UTF_8);
            }
            out().println(lib.packets().create(title, text).id());
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add documents to a packet, in the order given.")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC", description = "Document ids or unique title parts.")
        List<String> docs;

        @Override
        int run(Library lib) {
            long id = packetId(packet);
            for (String d : docs) {
                lib.packets().addDocument(id, resolveDocument(lib, d).id());
            }
            return 0;
        }
    }

    @Command(name = "question", mixinStandardHelpOptions = true, description = "Add a question on one of the packet's documents.")
    static final class Question extends Sub {
        @Parameters(index = "0", paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Parameters(index = "1", paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Parameters(index = "2", paramLabel = "QUESTION", description = "The question.")
        String question;

        @Option(names = "--answer", paramLabel = "TEXT", description = "The answer, for the teacher's edition only.")
        String answer;

        @Override
        int run(Library lib) {
            lib.packets().addQuestion(packetId(packet), resolveDocument(lib, doc).id(), question, answer);
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List packets with their documents and questions.")
    static final class ListPackets extends Sub {
        @Option(names = "--json", description = "Print JSON: [{id, uid, title, author, created, documents:"
                + " [{id, title, questions}]}].")
        boolean json;

        @Override
        int run(Library lib) throws Exception {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Packet p : lib.packets().list()) {
                if (!json) {
                    out().println(p.id() + "\t" + p.title() + (p.author().isBlank() ? "" : " \u2014 " + p.author())
                            + "\t" + p.readings().size() + " document" + (p.readings().size() == 1 ? "" : "s"));
                    for (Packet.Reading r : p.readings()) {
                        out().println("\t" + r.documentId() + "\t" + r.title() + "\t" + r.questions().size()
                                + " question" + (r.questions().size() == 1 ? "" : "s"));
                    }
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("uid", p.uid());
                m.put("title", p.title());
                m.put("author", p.author());
                m.put("created", iso(p.created()));
                m.put("documents", p.readings().stream().map(r -> Map.of("id", r.documentId(), "title", r.title(),
                        "questions", r.questions().stream().map(Packet.Question::text).toList())).toList());
                rows.add(m);
            }
            if (json) {
                printJson(rows);
            }
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a packet: printable html or pdf (student or teacher edition), a .glossa"
            + " bundle for students (bundle), or your own annotations on it (work).")
    static final class Export extends Sub {
        @Parameters(paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "html, pdf, bundle or work.")
        String format;

        @Option(names = "--edition", paramLabel = "EDITION", defaultValue = "student",
                description = "For html and pdf: student (questions, no teacher notes) or teacher (answers and"
                        + " guiding annotations). Default: ${DEFAULT-VALUE}.")
        String edition;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "File to write.")
        Path output;

        @Override
        int run(Library lib) throws Exception {
            long id = packetId(packet);
            PacketHtml.Edition ed = PacketHtml.Edition.parse(edition);
            try {
                switch (format.strip().toLowerCase(Locale.ROOT)) {
                    case "html" -> AtomicFile.writeString(output, lib.packets().html(id, ed));
                    case "pdf" -> AtomicFile.write(output, o -> lib.packets().exportPdf(id, ed, o));
                    case "bundle", "glossa" -> lib.packets().exportBundle(id, output);
                    case "work" -> lib.packets().exportMyWork(id, output);
                    default -> throw new GlossaException("Unknown packet format '" + format
                            + "'; use html, pdf, bundle or work.");
                }
            } catch (IOException e) {
                throw new GlossaException("Cannot write " + output + ": " + e.getMessage(), e);
            }
            out().println(output);
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, description = "Open .glossa bundles: a teacher's packet, or students' work on one.")
    static final class Import extends Sub {
        @Parameters(arity = "1..*", paramLabel = "FILE", description = ".glossa bundles.")
        List<Path> files;

        @Override
        int run(Library lib) {
            for (Path f : files) {
                BundleImportReport r = lib.packets().importBundle(f);
                out().println(r.packetId() + "\t" + r.summary());
            }
            return 0;
        }
    }

    @Command(name = "layers", mixinStandardHelpOptions = true, description = "Who annotated a document, and how much (one layer per author).")
    static final class Layers extends Sub {
        @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Override
        int run(Library lib) {
            lib.layers().authors(resolveDocument(lib, doc).id())
                    .forEach(l -> out().println(l.annotations() + "\t" + (l.author().isEmpty() ? "(no author)" : l.author())));
            return 0;
        }
    }

    @Command(name = "marked", mixinStandardHelpOptions = true, description = "The passages most people marked (your own annotations not counted).")
    static final class Marked extends Sub {
        @Parameters(paramLabel = "DOC", description = "Document id (or a unique part of its title).")
        String doc;

        @Option(names = "--min", paramLabel = "N", defaultValue = "2",
                description = "Only passages marked by at least N people. Default: ${DEFAULT-VALUE}.")
        int min;

        @Override
        int run(Library lib) {
            for (var p : lib.layers().mostMarkedPassages(resolveDocument(lib, doc).id(), min)) {
                out().println(p.count() + "\t" + p.start() + "-" + p.end() + "\t\u201c"
                        + p.text().replace('\n', ' ') + "\u201d\t" + String.join(", ", p.authors()));
            }
            return 0;
        }
    }
}

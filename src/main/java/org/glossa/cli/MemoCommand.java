package org.glossa.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.AtomicFile;
import org.glossa.core.memo.MemoMarkdown;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code glossa memo ...}: Markdown memos on the library (the project memo), a document or a tag (a code). */
@Command(name = "memo", mixinStandardHelpOptions = true, description = {
        "Markdown memos about the library (the project memo), a document or a tag (a code).",
        "A memo is named by its id, or by the first characters of it when they fit one memo only."},
        subcommands = {MemoCommand.Add.class, MemoCommand.Edit.class, MemoCommand.ListMemos.class,
                MemoCommand.Show.class, MemoCommand.SearchMemos.class, MemoCommand.Delete.class,
                MemoCommand.Export.class})
final class MemoCommand extends CommandGroup {
    /** What a memo is about: exactly one of --document, --tag, --library. */
    static final class Target {
        @Option(names = "--document", paramLabel = "DOC", description = "A document (id or title words).")
        String document;

        @Option(names = "--tag", paramLabel = "T", description = "A tag (a code).")
        String tag;

        @Option(names = "--project", description = "The library as a whole: the project memo (--library names the library file).")
        boolean project;

        MemoTarget resolve(Library lib) {
            if (document != null) {
                return MemoTarget.document(LibraryCommand.resolveDocument(lib, document).id());
            }
            if (tag != null) {
                if (tag.isBlank()) {
                    throw new GlossaException("Name the tag the memo is about.");
                }
                return MemoTarget.tag(tag);
            }
            return MemoTarget.project();
        }
    }

    /** The memo's text: given, or read from a file. */
    static final class Text {
        @Option(names = "--text", paramLabel = "MARKDOWN", description = "The memo's text (Markdown).")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the memo's text from a file (UTF-8).")
        Path file;

        String read() throws java.io.IOException {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw new GlossaException("No such file: " + file);
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            return text;
        }
    }

    abstract static class Sub extends LibraryCommand {
        /** A memo by its id or an unambiguous start of it (four characters at least). */
        static Memo find(Library lib, String ref) {
            String r = ref.strip().toLowerCase(Locale.ROOT);
            var exact = lib.memos().find(r);
            if (exact.isPresent()) {
                return exact.get();
            }
            List<Memo> matches = r.length() < 4 ? List.of()
                    : lib.memos().list().stream().filter(m -> m.id().toLowerCase(Locale.ROOT).startsWith(r)).toList();
            if (matches.size() == 1) {
                return matches.get(0);
            }
            throw new GlossaException(matches.isEmpty() ? "No memo with the id '" + ref.strip() + "' (see 'glossa memo list')."
                    : "'" + ref.strip() + "' starts " + matches.size() + " memo ids; give more of the id.");
        }

        static String title(Library lib, long documentId) {
            return lib.findDocument(documentId).map(d -> d.title()).orElse("#" + documentId);
        }

        static Map<String, Object> json(Library lib, Memo m, boolean withBody) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("id", m.id());
            if (m.target() instanceof MemoTarget.OfDocument d) {
                out.put("target", "document");
                out.put("document", d.documentId());
                out.put("documentTitle", title(lib, d.documentId()));
            } else if (m.target() instanceof MemoTarget.OfTag t) {
                out.put("target", "tag");
                out.put("tag", t.tagName());
            } else {
                out.put("target", "library");
            }
            out.put("title", m.title());
            if (withBody) {
                out.put("body", m.body());
            }
            out.put("author", m.author());
            out.put("created", iso(m.created()));
            out.put("modified", iso(m.modified()));
            return out;
        }

        /** Memos as JSON (without their text), or one line each: id, what it is about, title, author. */
        void print(Library lib, List<Memo> memos, boolean asJson) throws Exception {
            if (asJson) {
                printJson(memos.stream().map(m -> json(lib, m, false)).toList());
                return;
            }
            for (Memo m : memos) {
                String firstLine = m.body().strip().lines().findFirst().orElse("");
                out().println(m.id() + "\t" + MemoMarkdown.about(m.target(), id -> title(lib, id)) + "\t"
                        + (m.title().isBlank() ? firstLine : m.title()) + "\t" + (m.author() == null ? "" : m.author()));
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Write a new memo; prints its id.")
    static final class Add extends Sub {
        @ArgGroup(exclusive = true, multiplicity = "1")
        Target target;

        @Option(names = "--title", paramLabel = "TITLE", description = "The memo's title.")
        String title = "";

        @ArgGroup(exclusive = true, multiplicity = "1")
        Text text;

        @Override
        int run(Library lib) throws Exception {
            Memo m = lib.memos().add(target.resolve(lib), title, text.read());
            out().println(m.id());
            return 0;
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true, description = "Change a memo's title or text"
            + " (what is not given stays).")
    static final class Edit extends Sub {
        @Parameters(paramLabel = "ID", description = "The memo.")
        String id;

        @Option(names = "--title", paramLabel = "TITLE", description = "The new title.")
        String title;

        @ArgGroup(exclusive = true)
        Text text;

        @Override
        int run(Library lib) throws Exception {
            Memo old = find(lib, id);
            if (title == null && text == null) {
                throw new GlossaException("Give --title, --text or --file to change the memo.");
            }
            Memo m = lib.memos().edit(old.id(), title == null ? old.title() : title,
                    text == null ? old.body() : text.read());
            out().println(m.id());
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List memos (all, or those about one"
            + " target): id, what it is about, title, author.")
    @ReadsOnly
    static final class ListMemos extends Sub {
        @ArgGroup(exclusive = true)
        Target target;

        @Option(names = "--json", description = "Print JSON: [{id, target, document, documentTitle, tag, title,"
                + " author, created, modified}].")
        boolean json;

        @Override
        int run(Library lib) throws Exception {
            print(lib, target == null ? lib.memos().list() : lib.memos().of(target.resolve(lib)), json);
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print a memo as Markdown.")
    @ReadsOnly
    static final class Show extends Sub {
        @Parameters(paramLabel = "ID", description = "The memo.")
        String id;

        @Option(names = "--json", description = "Print JSON: {id, target, ..., title, body, author, created, modified}.")
        boolean json;

        @Override
        int run(Library lib) throws Exception {
            Memo m = find(lib, id);
            if (json) {
                printJson(json(lib, m, true));
            } else {
                out().println(MemoMarkdown.section(m, d -> title(lib, d)).stripTrailing());
            }
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true, description = "Memos whose title or text match"
            + " (words, \"phrases\", prefix*; case and accents ignored), best first.")
    @ReadsOnly
    static final class SearchMemos extends Sub {
        @Parameters(paramLabel = "QUERY", arity = "1..*", description = "What to look for.")
        List<String> query;

        @Option(names = "--limit", paramLabel = "N", description = "At most N memos (default 50).")
        int limit = 50;

        @Option(names = "--json", description = "Print JSON, as memo list --json.")
        boolean json;

        @Override
        int run(Library lib) throws Exception {
            print(lib, lib.memos().search(String.join(" ", query), Math.max(1, limit)), json);
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete one of your memos.")
    static final class Delete extends Sub {
        @Parameters(paramLabel = "ID", description = "The memo.")
        String id;

        @Override
        int run(Library lib) throws Exception {
            Memo m = lib.memos().delete(find(lib, id).id());
            out().println(m.id() + "\tdeleted");
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write memos (all, or those about"
            + " one target) to a Markdown file.")
    @ReadsOnly
    static final class Export extends Sub {
        @ArgGroup(exclusive = true)
        Target target;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "The Markdown file.")
        Path output;

        @Override
        int run(Library lib) throws Exception {
            MemoTarget about = target == null ? null : target.resolve(lib);
            List<Memo> memos = about == null ? lib.memos().list() : lib.memos().of(about);
            String heading = about == null ? "Memos" : "Memos: " + MemoMarkdown.about(about, d -> title(lib, d));
            AtomicFile.writeString(output, MemoMarkdown.render(heading, memos, d -> title(lib, d)));
            out().println(memos.size() + " memo" + (memos.size() == 1 ? "" : "s") + " written to " + output);
            return 0;
        }
    }
}

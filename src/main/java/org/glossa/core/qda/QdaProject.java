package org.glossa.core.qda;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A REFI-QDA 1.5 project as far as Glossa uses it, read from or written to a {@code .qdpx}:
 * users, the code tree, text sources with their coded selections, notes, sets and cases.
 * GUIDs are kept as the file spells them, compared in lower case.
 */
public record QdaProject(
        String name,
        String creatingUser,
        List<User> users,
        List<Code> codes,
        List<Source> sources,
        List<Note> notes,
        List<QdaSet> sets,
        List<Case> cases,
        List<String> projectNotes) {

    public QdaProject {
        users = List.copyOf(users);
        codes = List.copyOf(codes);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        sets = List.copyOf(sets);
        cases = List.copyOf(cases);
        projectNotes = List.copyOf(projectNotes);
    }

    public record User(String guid, String name) {
    }

    /** A code; {@code color} is the attribute as written ({@code #RRGGBB} or another form), null when absent. */
    public record Code(String guid, String name, boolean codable, String color, String description,
                       List<String> noteRefs, List<Code> children) {
        public Code {
            noteRefs = List.copyOf(noteRefs);
            children = List.copyOf(children);
        }
    }

    /**
     * A coded passage: {@code [start, end)} in characters of its source's plain text, with the
     * codes applied to it (code GUIDs), its description and the notes it refers to.
     */
    public record Selection(String guid, int start, int end, String creatingUser, OffsetDateTime created,
                            OffsetDateTime modified, String description, List<String> codes,
                            List<String> noteRefs) {
        public Selection {
            codes = List.copyOf(codes);
            noteRefs = List.copyOf(noteRefs);
        }
    }

    /** What kind of source it is, as the element names it. */
    public enum Kind { TEXT, PDF, PICTURE, AUDIO, VIDEO }

    /**
     * A source. {@code plainText} is its plain text when the project carries one (inline, inside
     * the archive or beside it), else null; {@code original} the bytes of its PDF or rich text
     * file when the archive holds them, with {@code originalName}; {@code skipped} counts the
     * selections Glossa cannot place (on pictures, PDF areas, media times).
     */
    public record Source(String guid, String name, Kind kind, String plainText, byte[] original,
                         String originalName, String missing, List<Selection> selections, int skipped,
                         List<String> noteRefs, Map<String, String> variables) {
        public Source {
            selections = List.copyOf(selections);
            noteRefs = List.copyOf(noteRefs);
            variables = Map.copyOf(variables);
        }
    }

    public record Note(String guid, String name, String text, String creatingUser, OffsetDateTime created,
                       OffsetDateTime modified) {
    }

    public record QdaSet(String guid, String name, String description, List<String> memberSources,
                         List<String> memberCodes) {
        public QdaSet {
            memberSources = List.copyOf(memberSources);
            memberCodes = List.copyOf(memberCodes);
        }
    }

    /** A case: the sources it covers and its variables' values (by variable name). */
    public record Case(String guid, String name, List<String> sources, Map<String, String> variables) {
        public Case {
            sources = List.copyOf(sources);
            variables = Map.copyOf(variables);
        }
    }
}

package org.glossa.core.importing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the chapter and part headings of a plain-text book among its paragraphs (the runs of
 * lines between blank lines). A paragraph is a heading when it is short and reads like one:
 * "CHAPTER I.", "Chapter 12", "BOOK ONE", "PART II", "Epilogue", a bare roman numeral, or a
 * short all-capital line such as "ETYMOLOGY.". Bare numerals and capital lines count only when
 * the book repeats them or has chapter headings of another form, so a shouted line of dialogue
 * is not taken for a chapter. A run of heading lines with no text between them is the book's
 * own contents list and stays text. Parts, books and volumes sit above chapters.
 */
final class TextHeadings {
    /** A heading is one to three lines; more is a paragraph that happens to start with "Chapter". */
    private static final int MAX_LINES = 3;
    private static final int MAX_CHARS = 200;
    /** A capital-letter or title line longer than this is emphasis, not a heading. */
    private static final int SHORT_LINE = 70;
    private static final int SHORT_WORDS = 10;
    /** How often a bare numeral or capital line must recur before the book is taken to use it. */
    private static final int REPEATED = 3;
    /** How many paragraphs may sit between a "Contents" line and the list of chapters it heads. */
    private static final int CONTENTS_LEAD = 6;

    private static final String ROMAN = "(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
    private static final String NUMBER = "(?:\\d{1,4}|" + ROMAN + "|" + ROMAN.toLowerCase(Locale.ROOT)
            + "|(?i:(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|ELEVEN|TWELVE|THIRTEEN|FOURTEEN|FIFTEEN"
            + "|SIXTEEN|SEVENTEEN|EIGHTEEN|NINETEEN|TWENTY|THIRTY|FORTY|FIFTY|FIRST|SECOND|THIRD|FOURTH|FIFTH"
            + "|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|LAST|FINAL)(?:[- ](?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE))?))";
    /** What may follow a heading's label: nothing, punctuation and a title, or a capitalised title. */
    private static final String AFTER_LABEL = "(?:\\s*[.:\\u2014\\u2013-]?\\s*|\\s*[.:\\u2014\\u2013-]\\s*\\S.*"
            + "|\\s+[\\p{Lu}\\p{N}\"\\u201c\\u2018'(\\[].*)";
    private static final Pattern CHAPTER = Pattern.compile(
            "(?i:chapter|chap\\.|chapitre|kapitel|capitulo|cap\\u00edtulo)\\s+" + NUMBER + AFTER_LABEL);
    private static final Pattern CONTAINER = Pattern.compile(
            "(?i:(volume|vol\\.|book|part))\\s+" + NUMBER + AFTER_LABEL);
    private static final Pattern NAMED = Pattern.compile(
            "(?i:prologue|epilogue|preface|foreword|introduction|afterword|conclusion|appendix|postscript|finale)"
                    + "(?:\\s*[.:\\u2014\\u2013-]?\\s*|\\s*[.:\\u2014\\u2013-]\\s*\\S.*|\\s+[\\p{Lu}\"\\u201c\\u2018'(\\[].*)");
    private static final Pattern NUMERAL = Pattern.compile("(?:" + ROMAN + ")\\s*[.:]?|\\d{1,3}\\s*[.:]");
    private static final Pattern REMARK_AT_END = Pattern.compile("\\([^()]*\\)\\s*\\.?");
    private static final Pattern CONTENTS = Pattern.compile("(?i)(table of )?contents\\.?");

    /** What a paragraph looks like. Containers are ordered from the largest (volume) down. */
    enum Kind {
        NONE, VOLUME, BOOK, PART, CHAPTER, NAMED, NUMERAL, CAPITALS;

        boolean isContainer() {
            return this == VOLUME || this == BOOK || this == PART;
        }
    }

    /**
     * The outcome per paragraph: {@code level[i]} is the heading level of paragraph i (0 for
     * text), and {@code subtitle[i]} is true when paragraph i is the title line that continues
     * the heading just before it ("CHAPTER I." then "THE BEGINNING").
     */
    record Result(int[] level, boolean[] subtitle) {
        int headingCount() {
            int n = 0;
            for (int l : level) {
                n += l > 0 ? 1 : 0;
            }
            return n;
        }
    }

    private TextHeadings() {
    }

    static Result find(java.util.List<String> paragraphs) {
        int n = paragraphs.size();
        Kind[] kinds = new Kind[n];
        int numerals = 0;
        int capitals = 0;
        int labelled = 0;
        for (int i = 0; i < n; i++) {
            kinds[i] = kindOf(paragraphs.get(i));
            switch (kinds[i]) {
                case NUMERAL -> numerals++;
                case CAPITALS -> capitals++;
                case NONE -> { }
                default -> labelled++;
            }
        }
        if (n > 0 && kinds[0] == Kind.CAPITALS) {
            kinds[0] = Kind.NONE; // "THE TIME MACHINE" at the top is the book's title, not a chapter
            capitals--;
        }
        boolean useNumerals = numerals >= REPEATED;
        boolean useCapitals = capitals >= REPEATED || labelled + (useNumerals ? numerals : 0) >= REPEATED;
        for (int i = 0; i < n; i++) {
            if (kinds[i] == Kind.NUMERAL && !useNumerals || kinds[i] == Kind.CAPITALS && !useCapitals) {
                kinds[i] = Kind.NONE;
            }
        }
        dropContentsLists(kinds, paragraphs);

        boolean[] subtitle = new boolean[n];
        for (int i = 0; i + 1 < n; i++) {
            if (kinds[i] != Kind.NONE && kinds[i] != Kind.CAPITALS && kinds[i + 1] == Kind.NONE
                    && isBareLabel(paragraphs.get(i)) && isTitleLine(paragraphs.get(i + 1))) {
                subtitle[i + 1] = true;
            }
        }

        int[] containerLevel = new int[Kind.values().length];
        int levels = 0;
        for (Kind k : new Kind[] {Kind.VOLUME, Kind.BOOK, Kind.PART}) {
            if (contains(kinds, k)) {
                containerLevel[k.ordinal()] = ++levels;
            }
        }
        int[] level = new int[n];
        for (int i = 0; i < n; i++) {
            if (kinds[i] != Kind.NONE) {
                level[i] = Math.min(6, kinds[i].isContainer() ? containerLevel[kinds[i].ordinal()] : levels + 1);
            }
        }
        return new Result(level, subtitle);
    }

    static Kind kindOf(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || p.length() > MAX_CHARS || CONTENTS.matcher(p).matches()) {
            return Kind.NONE;
        }
        String[] lines = p.split("\n");
        if (lines.length > MAX_LINES) {
            return Kind.NONE;
        }
        for (int i = 1; i < lines.length; i++) {
            if (labelKind(lines[i].strip()) != Kind.NONE) {
                return Kind.NONE; // several labels in one paragraph: a contents list set solid
            }
        }
        String first = lines[0].strip();
        Kind labelled = labelKind(first);
        if (labelled != Kind.NONE) {
            return labelled;
        }
        if (lines.length > 1) {
            return Kind.NONE;
        }
        if (NUMERAL.matcher(first).matches()) {
            return Kind.NUMERAL;
        }
        return isCapitalLine(first) ? Kind.CAPITALS : Kind.NONE;
    }

    private static Kind labelKind(String line) {
        if (CHAPTER.matcher(line).matches()) {
            return Kind.CHAPTER;
        }
        var container = CONTAINER.matcher(line);
        if (container.matches()) {
            String word = container.group(1).toLowerCase(Locale.ROOT);
            return word.startsWith("vol") ? Kind.VOLUME : word.equals("book") ? Kind.BOOK : Kind.PART;
        }
        return NAMED.matcher(line).matches() ? Kind.NAMED : Kind.NONE;
    }

    /**
     * "ETYMOLOGY." or "THE LAST VOYAGE": short, every letter a capital (a parenthesised remark
     * after it aside), not a quotation, and not ending in a comma or semicolon as a title block's
     * first line ("MOBY DICK;") does.
     */
    static boolean isCapitalLine(String line) {
        String head = line;
        if (line.contains("(")) {
            // "EXTRACTS. (Supplied by a Sub-Sub-Librarian)." but not a play's "DAGGOO (grimly). None."
            head = line.substring(0, line.indexOf('(')).strip();
            if (!head.endsWith(".") || !REMARK_AT_END.matcher(line.substring(line.indexOf('('))).matches()) {
                return false;
            }
        }
        if (head.isEmpty() || line.length() > SHORT_LINE * 3 / 2 || head.length() > SHORT_LINE
                || head.split("\\s+").length > SHORT_WORDS || startsWithQuote(head)) {
            return false;
        }
        char last = head.charAt(head.length() - 1);
        if (last == ',' || last == ';' || last == ':' || last == '!' || last == '?') {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 3;
    }

    /** "Chapter 2" or "PART II." with no title of its own: the next line may carry the title. */
    private static boolean isBareLabel(String paragraph) {
        String p = paragraph.strip();
        return !p.contains("\n") && p.split("\\s+").length <= 2;
    }

    /** A line that can be a chapter's title: short, one line, not dialogue, not a sentence. */
    static boolean isTitleLine(String paragraph) {
        String p = paragraph.strip();
        if (p.isEmpty() || p.contains("\n") || p.length() > SHORT_LINE || startsWithQuote(p)) {
            return false;
        }
        if (isCapitalLine(p)) {
            return true;
        }
        char last = p.charAt(p.length() - 1);
        return p.split("\\s+").length <= SHORT_WORDS && Character.isUpperCase(p.codePointAt(0))
                && ".,;:!?\u2026\"\u201d\u2019'".indexOf(last) < 0;
    }

    private static boolean startsWithQuote(String s) {
        return "\"'\u201c\u2018\u00ab\u201e-\u2014".indexOf(s.charAt(0)) >= 0;
    }

    /**
     * Demotes every run of three or more consecutive headings in which one kind repeats with no
     * text between: that is a list of chapters (the book's own contents page), not chapters. What
     * lies between a "Contents" line and such a list belongs to the list too.
     */
    private static void dropContentsLists(Kind[] kinds, java.util.List<String> paragraphs) {
        int contentsTitle = -1;
        int i = 0;
        while (i < kinds.length) {
            if (kinds[i] == Kind.NONE) {
                if (CONTENTS.matcher(paragraphs.get(i).strip()).matches()) {
                    contentsTitle = i;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < kinds.length && kinds[end] != Kind.NONE) {
                end++;
            }
            if (end - i >= REPEATED && repeatsAKind(kinds, i, end)) {
                int from = contentsTitle >= 0 && i - contentsTitle <= CONTENTS_LEAD ? contentsTitle : i;
                // the list's first entry again, now followed by its text: the first real chapter
                int to = end < kinds.length && listed(paragraphs, i, end - 1) ? end - 1 : end;
                for (int j = from; j < to; j++) {
                    kinds[j] = Kind.NONE;
                }
            }
            i = end;
        }
    }

    /** True when paragraph {@code last} says what one of the paragraphs in [from, last) says. */
    private static boolean listed(java.util.List<String> paragraphs, int from, int last) {
        String label = normalized(paragraphs.get(last));
        for (int j = from; j < last; j++) {
            if (normalized(paragraphs.get(j)).equals(label)) {
                return true;
            }
        }
        return false;
    }

    private static String normalized(String paragraph) {
        return paragraph.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static boolean repeatsAKind(Kind[] kinds, int from, int to) {
        boolean[] seen = new boolean[Kind.values().length];
        for (int i = from; i < to; i++) {
            if (seen[kinds[i].ordinal()]) {
                return true;
            }
            seen[kinds[i].ordinal()] = true;
        }
        return false;
    }

    private static boolean contains(Kind[] kinds, Kind k) {
        for (Kind each : kinds) {
            if (each == k) {
                return true;
            }
        }
        return false;
    }
}

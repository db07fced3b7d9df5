package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.glossa.model.BlockKind;

/**
 * Groups the lines of a PDF page into paragraphs by the page's layout and joins each paragraph's
 * lines into running text.
 *
 * <p>A new paragraph starts where the gap to the next line is clearly wider than the document's
 * usual line spacing for that type size, where the type size changes, at a bullet, after a contents
 * entry ("Scope ..... 6"), at a first-line indent after a sentence end, and after a sentence that ends well short of the column's right edge.
 * Lines in a larger type than the body text are headings (the largest type is level 1).
 *
 * <p>Joining: a word broken by a hyphen at a line end ("exam-" / "ple") is joined without the
 * hyphen when the joined word is plausible: it occurs elsewhere in the document, or the hyphenated
 * form does not; a real compound seen elsewhere with its hyphen ("well-known") keeps it. A web
 * address broken at a line end ("https://github.c" / "om/mozilla/pdf.j" / "s)") is joined without a
 * space. CJK lines join without a space.
 */
final class PdfParagraphs {
    /** One paragraph or heading of a page. */
    record Paragraph(BlockKind kind, int level, String text) {
    }

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");
    private static final Pattern BROKEN = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern CONTINUED = Pattern.compile("^(\\p{Ll}[\\p{L}\\p{M}]*)");
    private static final Pattern SENTENCE_END =
            Pattern.compile("[.!?:;…。！？][)\\]”’\"»]*(\\[\\d+])*$");
    /** A contents entry: a title, leader dots and a page number. */
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("(\\.\\s?){4,}\\s*[\\divxlc]+$");
    private static final Pattern BULLET = Pattern.compile("^[•◦▪‣●■□➢►✓–]\\s");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)[(<]?(?:(?:https?://|www\\.)\\S*|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}(?:/\\S*)?)");
    private static final Pattern ADDRESS_GOES_ON = Pattern.compile("^/\\S*|^[\\w.~%-]*[/?=#&]\\S*");
    private static final Pattern CLOSING_FRAGMENT = Pattern.compile("^[\\w.-]{1,4}\\)");
    /** Headings are set at least this much larger than body text. */
    private static final float HEADING_RATIO = 1.15f;
    /** A gap this much wider than the usual line spacing (plus half a point) starts a paragraph. */
    private static final float PARAGRAPH_GAP = 1.12f;

    private final Set<String> words = new HashSet<>();
    private final Map<Float, Float> leading;
    private final float bodySize;
    private final List<Float> headingSizes;

    PdfParagraphs(List<PdfPage> pages) {
        Map<Float, Integer> charsBySize = new HashMap<>();
        for (PdfPage page : pages) {
            for (PdfLine line : page.lines()) {
                charsBySize.merge(rounded(line.size()), line.text().length(), Integer::sum);
                String text = line.text();
                Matcher m = WORD.matcher(text);
                while (m.find()) {
                    if (m.end() < text.length() || !m.group().endsWith("-")) {
                        words.add(m.group().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        bodySize = charsBySize.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(12f);
        headingSizes = new ArrayList<>(new TreeSet<>(charsBySize.keySet()).descendingSet().stream()
                .filter(s -> s > bodySize * HEADING_RATIO).toList());
        leading = leading(pages);
    }

    /** The usual distance between baselines for each type size: the commonest gap between lines of that size. */
    private static Map<Float, Float> leading(List<PdfPage> pages) {
        Map<Float, Map<Float, Integer>> gaps = new HashMap<>();
        for (PdfPage page : pages) {
            List<PdfLine> lines = page.lines();
            for (int i = 1; i < lines.size(); i++) {
                PdfLine a = lines.get(i - 1);
                PdfLine b = lines.get(i);
                float dy = b.y() - a.y();
                if (rounded(a.size()) == rounded(b.size()) && dy > a.size() * 0.5f && dy < a.size() * 3f) {
                    gaps.computeIfAbsent(rounded(a.size()), k -> new HashMap<>()).merge(rounded(dy), 1, Integer::sum);
                }
            }
        }
        Map<Float, Float> out = new HashMap<>();
        // the commonest gap; on a tie the narrower one, since paragraph gaps are the wider ones
        Comparator<Map.Entry<Float, Integer>> commonest = Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey());
        gaps.forEach((size, counts) -> out.put(size, counts.entrySet().stream().max(commonest).orElseThrow().getKey()));
        return out;
    }

    /** Rounds to half a point, the precision at which type sizes and line gaps are compared. */
    private static float rounded(float points) {
        return Math.round(points * 2) / 2f;
    }

    /** The paragraphs and headings of one page, in the page's reading order. */
    List<Paragraph> paragraphs(PdfPage page) {
        List<Paragraph> out = new ArrayList<>();
        List<PdfLine> lines = page.lines();
        List<String> current = new ArrayList<>();
        PdfLine first = null;
        for (int i = 0; i < lines.size(); i++) {
            PdfLine line = lines.get(i);
            if (first != null && breaksBefore(lines.get(i - 1), line, lines)) {
                out.add(paragraph(first, current));
                current.clear();
                first = null;
            }
            if (first == null) {
                first = line;
            }
            current.add(line.text());
        }
        if (first != null) {
            out.add(paragraph(first, current));
        }
        return out;
    }

    /** The title a PDF shows on its first page: its run of lines in the largest type, when larger than body text. */
    Optional<String> largestLine(PdfPage page) {
        float largest = page.lines().stream().map(l -> rounded(l.size())).max(Float::compare).orElse(0f);
        if (largest <= bodySize * HEADING_RATIO) {
            return Optional.empty();
        }
        return paragraphs(page).stream().filter(p -> p.kind() == BlockKind.HEADING && p.level() == 1)
                .map(Paragraph::text).filter(t -> !t.isBlank()).findFirst();
    }

    private Paragraph paragraph(PdfLine first, List<String> lines) {
        int heading = headingSizes.indexOf(rounded(first.size()));
        String text = join(lines);
        if (heading >= 0) {
            return new Paragraph(BlockKind.HEADING, Math.min(heading + 1, 6), text);
        }
        return new Paragraph(BULLET.matcher(text).find() ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH, 0, text);
    }

    private boolean breaksBefore(PdfLine a, PdfLine b, List<PdfLine> page) {
        float size = Math.max(a.size(), b.size());
        if (Math.abs(a.size() - b.size()) > size * 0.1f || BULLET.matcher(b.text()).find()
                || CONTENTS_ENTRY.matcher(a.text()).find()) {
            return true;
        }
        if (b.sameHeightAs(a)) {
            return false;
        }
        boolean sentenceEnds = SENTENCE_END.matcher(a.text()).find();
        float usual = leading.getOrDefault(rounded(a.size()), a.size() * 1.2f);
        float dy = b.y() - a.y();
        if (dy < 0 || dy > usual * 2.5f) {
            // another column or region: a sentence running on into it continues the paragraph
            return sentenceEnds || !Character.isLowerCase(b.text().codePointAt(0));
        }
        if (dy > usual * PARAGRAPH_GAP + 0.5f) {
            return true;
        }
        if (!sentenceEnds) {
            return false;
        }
        boolean indented = b.x() - a.x() > a.size() * 0.8f && b.x() - a.x() < a.size() * 6;
        return indented || a.right() < columnRight(a, page) - a.size() * 2.5f;
    }

    /** The right edge of the column {@code line} sits in: the widest line of its size starting near it. */
    private static float columnRight(PdfLine line, List<PdfLine> page) {
        float right = line.right();
        for (PdfLine other : page) {
            if (Math.abs(other.x() - line.x()) < line.size() * 3 && Math.abs(other.size() - line.size()) < 0.5f) {
                right = Math.max(right, other.right());
            }
        }
        return right;
    }

    /** The lines of one paragraph as running text (see the class comment for the joins). */
    String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                if (addressGoesOn(sb, line)) {
                    sb.append(line);
                    continue;
                }
                Matcher head = BROKEN.matcher(sb);
                Matcher tail = CONTINUED.matcher(line);
                if (sb.charAt(sb.length() - 1) == '-' && head.find() && tail.find()) {
                    if (dropHyphen(head.group(1), tail.group(1))) {
                        sb.setLength(sb.length() - 1);
                    }
                    sb.append(line);
                    continue;
                }
                if (!(isCjk(sb.charAt(sb.length() - 1)) && isCjk(line.charAt(0)))) {
                    sb.append(' '); // CJK text has no spaces between words: a line end is not one
                }
            }
            sb.append(line);
        }
        return sb.toString();
    }

    /** True when the text so far ends in a web address that {@code next} line carries on. */
    private static boolean addressGoesOn(CharSequence sofar, String next) {
        int space = lastSpace(sofar);
        String last = sofar.subSequence(space + 1, sofar.length()).toString();
        if (!ADDRESS.matcher(last).matches()) {
            return false;
        }
        String first = next.split("\\s", 2)[0];
        boolean unclosed = last.chars().filter(c -> c == '(').count() > last.chars().filter(c -> c == ')').count();
        return ADDRESS_GOES_ON.matcher(first).matches() || unclosed && CLOSING_FRAGMENT.matcher(first).find();
    }

    private static int lastSpace(CharSequence s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isCjk(char c) {
        return Character.isIdeographic(c) || c >= '\u3000' && c <= '\u30ff' || c >= '\uff00' && c <= '\uffef';
    }

    private boolean dropHyphen(String first, String second) {
        String joined = (first + second).toLowerCase(Locale.ROOT);
        String hyphenated = (first + "-" + second).toLowerCase(Locale.ROOT);
        if (words.contains(joined)) {
            return true;
        }
        return !words.contains(hyphenated);
    }
}

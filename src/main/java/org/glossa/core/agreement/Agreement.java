package org.glossa.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.TagNames;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Document;
import org.glossa.model.DocumentInfo;

/**
 * Coders' agreement: where two or more authors' layers (their annotations) cover the same
 * documents, how far they agree on each code, at character level as QDA tools measure it.
 *
 * <ul>
 * <li>A coder covers a document when they have at least one tagged annotation in it; only
 * documents two or more of the coders cover are compared, and only by the coders who cover them
 * (the others count as missing, which Krippendorff's alpha allows).</li>
 * <li>Every character of a compared document is a unit; for each code, each coder gave it the
 * value "coded" or "not coded". A code holds its descendants: a passage tagged
 * {@code claim/economic} is coded {@code claim} as well.</li>
 * <li>The overall row pools every code as it was applied (descendants not rolled up, so that a
 * passage is not counted once for the code and again for its parent).</li>
 * <li>Highlights without tags, bookmarks and orphaned annotations are not codings.</li>
 * </ul>
 *
 * The work follows the runs between annotation boundaries, never single characters, so a long
 * book costs what its annotations cost. Calls are serialised with the library's own.
 */
public final class Agreement {
    /** The longest quote a disagreement carries, in characters. */
    static final int QUOTE_CHARS = 200;

    private final Library library;

    public Agreement(Library library) {
        this.library = library;
    }

    /** The authors whose annotations carry codes, by name: who can be compared. */
    public List<String> coders() {
        return library.exclusively(() -> {
            Set<String> names = new java.util.TreeSet<>();
            for (Annotation a : library.allAnnotations()) {
                if (isCoding(a)) {
                    names.add(author(a));
                }
            }
            return List.copyOf(names);
        });
    }

    /**
     * The agreement of {@code authors} (null or empty: every author with codings) on the code
     * {@code tag} and its descendants (null or blank: every code).
     */
    public AgreementReport compute(String tag, Collection<String> authors) {
        return library.exclusively(() -> computeNow(tag, authors));
    }

    private AgreementReport computeNow(String tag, Collection<String> authors) {
        List<Annotation> codings = library.allAnnotations().stream().filter(Agreement::isCoding).toList();
        Set<String> known = new java.util.TreeSet<>();
        codings.forEach(a -> known.add(author(a)));
        List<String> coders;
        if (authors == null || authors.isEmpty()) {
            coders = List.copyOf(known);
        } else {
            Set<String> chosen = new LinkedHashSet<>();
            for (String raw : authors) {
                String name = raw == null ? "" : raw.strip();
                if (!known.contains(name)) {
                    throw new GlossaException("No coded annotations by '" + name + "'; coders in this library: "
                            + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
                }
                chosen.add(name);
            }
            coders = List.copyOf(chosen);
        }
        if (coders.size() < 2) {
            throw new GlossaException("Agreement needs two or more coders; "
                    + (known.isEmpty() ? "no one has tagged a passage yet." : "coders in this library: "
                    + String.join(", ", known) + "."));
        }
        String scope = tag == null || tag.isBlank() ? null : key(TagNames.normalize(tag));
        if (scope != null && scope.isEmpty()) {
            throw new GlossaException("'" + tag + "' is not a tag name.");
        }
        Map<String, Integer> coderIndex = new LinkedHashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            coderIndex.put(coders.get(i), i);
        }
        // each document's codings by the chosen coders, documents in id order
        Map<Long, List<Annotation>> byDocument = new TreeMap<>();
        for (Annotation a : codings) {
            if (coderIndex.containsKey(author(a))) {
                byDocument.computeIfAbsent(a.documentId(), d -> new ArrayList<>()).add(a);
            }
        }
        List<Compared> compared = new ArrayList<>();
        for (Map.Entry<Long, List<Annotation>> e : byDocument.entrySet()) {
            boolean[] covers = new boolean[coders.size()];
            int count = 0;
            for (Annotation a : e.getValue()) {
                int i = coderIndex.get(author(a));
                if (!covers[i]) {
                    covers[i] = true;
                    count++;
                }
            }
            if (count >= 2) {
                compared.add(new Compared(library.load(e.getKey()), covers, e.getValue()));
            }
        }
        // the codes as applied in the compared documents (display names, first spelling wins)
        Map<String, String> applied = new TreeMap<>();
        for (Compared c : compared) {
            for (Annotation a : c.codings()) {
                for (String t : a.tags()) {
                    applied.putIfAbsent(key(t), t);
                }
            }
        }
        Map<String, String> rows = new TreeMap<>();
        applied.forEach((k, name) -> {
            String[] parts = name.split("/");
            for (int i = 1; i <= parts.length; i++) {
                String ancestor = String.join("/", Arrays.copyOf(parts, i));
                rows.putIfAbsent(key(ancestor), ancestor);
            }
        });
        if (scope != null) {
            rows.keySet().removeIf(k -> !within(k, scope));
            applied.keySet().removeIf(k -> !within(k, scope));
            if (rows.isEmpty()) {
                throw new GlossaException(compared.isEmpty()
                        ? "No document has been coded by two or more of " + String.join(", ", coders) + "."
                        : "No one used the tag '" + tag.strip() + "' in a document two or more coders coded.");
            }
        }

        List<AgreementReport.CodeAgreement> figures = new ArrayList<>();
        Map<String, Result> exact = new TreeMap<>();
        List<AgreementReport.Disagreement> disagreements = new ArrayList<>();
        for (Map.Entry<String, String> row : rows.entrySet()) {
            String k = row.getKey();
            boolean parent = hasDescendant(applied.keySet(), k);
            Result r = measure(compared, coders, coderIndex, a -> a.tags().stream().anyMatch(t -> within(key(t), k)),
                    applied.containsKey(k) && !parent ? row.getValue() : null, disagreements);
            figures.add(r.figures(row.getValue(), coders));
            if (applied.containsKey(k)) {
                exact.put(k, parent
                        ? measure(compared, coders, coderIndex, a -> a.tags().stream().anyMatch(t -> key(t).equals(k)),
                                row.getValue(), disagreements)
                        : r);
            }
        }
        Tally pooled = new Tally(coders.size(), 2);
        long pooledCoded = 0;
        long[] pooledBy = new long[coders.size()];
        for (Result r : exact.values()) {
            pooled.add(r.tally());
            pooledCoded += r.coded();
            for (int i = 0; i < pooledBy.length; i++) {
                pooledBy[i] += r.codedBy()[i];
            }
        }
        Result all = new Result(pooled, pooledCoded, pooledBy);
        disagreements.sort(java.util.Comparator.comparingLong(AgreementReport.Disagreement::documentId)
                .thenComparingInt(AgreementReport.Disagreement::start)
                .thenComparing(AgreementReport.Disagreement::code, String.CASE_INSENSITIVE_ORDER));
        List<AgreementReport.ComparedDocument> documents = compared.stream().map(c -> {
            List<String> who = new ArrayList<>();
            for (int i = 0; i < coders.size(); i++) {
                if (c.covers()[i]) {
                    who.add(coders.get(i));
                }
            }
            DocumentInfo info = c.document().info();
            return new AgreementReport.ComparedDocument(info.id(), info.title(), c.document().text().length(), who);
        }).toList();
        return new AgreementReport(coders, documents, figures, all.figures("", coders), disagreements);
    }

    /** What one code's sweep over the compared documents found. */
    private record Result(Tally tally, long coded, long[] codedBy) {
        AgreementReport.CodeAgreement figures(String code, List<String> coders) {
            Map<String, Long> by = new LinkedHashMap<>();
            for (int i = 0; i < coders.size(); i++) {
                by.put(coders.get(i), codedBy[i]);
            }
            return new AgreementReport.CodeAgreement(code, tally.percentAgreement(), tally.cohensKappa(),
                    tally.krippendorffAlpha(), tally.compared(), coded, by);
        }
    }

    private record Compared(Document document, boolean[] covers, List<Annotation> codings) {
    }

    /**
     * Sweeps the compared documents for one code ({@code codes} says which annotations carry it):
     * the runs between boundaries go into a tally with their length as weight. When
     * {@code listAs} is not null, the runs where the coders differ are added to
     * {@code disagreements} under that code name.
     */
    private static Result measure(List<Compared> compared, List<String> coders, Map<String, Integer> coderIndex,
                                  Predicate<Annotation> codes, String listAs,
                                  List<AgreementReport.Disagreement> disagreements) {
        int n = coders.size();
        Tally tally = new Tally(n, 2);
        long coded = 0;
        long[] codedBy = new long[n];
        for (Compared c : compared) {
            int length = c.document().text().length();
            List<List<int[]>> spans = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                spans.add(new ArrayList<>());
            }
            for (Annotation a : c.codings()) {
                int s = Math.max(0, a.start());
                int e = Math.min(length, a.end());
                if (e > s && codes.test(a)) {
                    spans.get(coderIndex.get(author(a))).add(new int[] {s, e});
                }
            }
            int[][] merged = new int[n][];
            int[] cuts = new int[2 * c.codings().size() + 2];
            int cutCount = 0;
            cuts[cutCount++] = 0;
            cuts[cutCount++] = length;
            for (int i = 0; i < n; i++) {
                merged[i] = merge(spans.get(i));
                for (int v : merged[i]) {
                    cuts[cutCount++] = v;
                }
            }
            int[] points = Arrays.stream(cuts, 0, cutCount).sorted().distinct().toArray();
            int[] at = new int[n];
            int[] values = new int[n];
            Run open = null;
            for (int p = 0; p + 1 < points.length; p++) {
                int from = points[p];
                int to = points[p + 1];
                boolean any = false;
                boolean all = true;
                for (int i = 0; i < n; i++) {
                    if (!c.covers()[i]) {
                        values[i] = Tally.MISSING;
                        continue;
                    }
                    int[] m = merged[i];
                    while (at[i] < m.length && m[at[i] + 1] <= from) {
                        at[i] += 2;
                    }
                    boolean inside = at[i] < m.length && m[at[i]] <= from;
                    values[i] = inside ? 1 : 0;
                    any |= inside;
                    all &= inside;
                    if (inside) {
                        codedBy[i] += to - from;
                    }
                }
                tally.add(values, to - from);
                if (any) {
                    coded += to - from;
                }
                if (listAs == null) {
                    continue;
                }
                if (any && !all) {
                    int[] who = values.clone();
                    if (open != null && open.end == from && Arrays.equals(open.values, who)) {
                        open.end = to;
                    } else {
                        if (open != null) {
                            disagreements.add(open.disagreement(c.document(), listAs, coders));
                        }
                        open = new Run(from, to, who);
                    }
                } else if (open != null) {
                    disagreements.add(open.disagreement(c.document(), listAs, coders));
                    open = null;
                }
            }
            if (open != null) {
                disagreements.add(open.disagreement(c.document(), listAs, coders));
            }
        }
        return new Result(tally, coded, codedBy);
    }

    /** A stretch where the coders differ, with the value each coder gave it. */
    private static final class Run {
        final int start;
        int end;
        final int[] values;

        Run(int start, int end, int[] values) {
            this.start = start;
            this.end = end;
            this.values = values;
        }

        AgreementReport.Disagreement disagreement(Document doc, String code, List<String> coders) {
            List<String> with = new ArrayList<>();
            List<String> without = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] == 1) {
                    with.add(coders.get(i));
                } else if (values[i] == 0) {
                    without.add(coders.get(i));
                }
            }
            String text = doc.text();
            String quote = text.substring(start, Math.min(end, start + QUOTE_CHARS));
            return new AgreementReport.Disagreement(doc.info().id(), doc.info().title(), code, start, end, with, without,
                    quote);
        }
    }

    /** Spans sorted and joined where they overlap or touch, as a flat array {@code s0, e0, s1, e1 ...}. */
    private static int[] merge(List<int[]> spans) {
        spans.sort((x, y) -> Integer.compare(x[0], y[0]));
        int[] out = new int[2 * spans.size()];
        int k = 0;
        for (int[] s : spans) {
            if (k > 0 && s[0] <= out[k - 1]) {
                out[k - 1] = Math.max(out[k - 1], s[1]);
            } else {
                out[k++] = s[0];
                out[k++] = s[1];
            }
        }
        return Arrays.copyOf(out, k);
    }

    private static boolean hasDescendant(Set<String> keys, String k) {
        return keys.stream().anyMatch(x -> x.startsWith(k + "/"));
    }

    private static boolean within(String key, String code) {
        return key.equals(code) || key.startsWith(code + "/");
    }

    private static String key(String tag) {
        return tag.toLowerCase(Locale.ROOT);
    }

    private static String author(Annotation a) {
        return a.author() == null ? "" : a.author();
    }

    private static boolean isCoding(Annotation a) {
        return !a.isBookmark() && a.status() != AnchorStatus.ORPHANED && !a.tags().isEmpty();
    }
}

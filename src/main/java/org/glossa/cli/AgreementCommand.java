package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.agreement.AgreementReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "agreement", description = {"Coders' agreement per code and overall, at character level:"
        + " percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha (nominal).",
        "Coders are annotation authors; documents two or more of them coded are compared. A code counts its"
                + " descendants (claim holds claim/economic); the overall row pools the codes as applied.",
        "Then the passages where coders differ: document, start-end, code, who coded it and who did not."})
@ReadsOnly
final class AgreementCommand extends LibraryCommand {
    @Option(names = "--tag", paramLabel = "T", description = "Only this code and its descendants.")
    String tag;

    @Option(names = "--authors", paramLabel = "A,B", split = ",", description = "The coders to compare"
            + " (default: every author with tagged annotations).")
    List<String> authors = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON: {coders, documents: [{id, title, length, coders}],"
            + " codes: [{code, percent, kappa, alpha, compared, coded, codedBy}], overall,"
            + " disagreements: [{document, title, code, start, end, with, without, quote}]};"
            + " percent is 0-100, kappa and alpha are null where not defined.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        AgreementReport r = lib.agreement().compute(tag, authors);
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("coders", r.coders());
            out.put("documents", r.documents().stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("title", d.title());
                m.put("length", d.length());
                m.put("coders", d.coders());
                return m;
            }).toList());
            out.put("codes", r.codes().stream().map(AgreementCommand::figures).toList());
            out.put("overall", figures(r.overall()));
            out.put("disagreements", r.disagreements().stream().map(d -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("document", d.documentId());
                m.put("title", d.documentTitle());
                m.put("code", d.code());
                m.put("start", d.start());
                m.put("end", d.end());
                m.put("with", d.with());
                m.put("without", d.without());
                m.put("quote", d.quote());
                return m;
            }).toList());
            printJson(out);
            return 0;
        }
        out().println("Coders: " + String.join(", ", r.coders().stream().map(AgreementCommand::name).toList())
                + "; documents compared: " + r.documents().size()
                + (r.documents().isEmpty() ? " (no document was coded by two or more of them)" : ""));
        int width = Math.max(9, r.codes().stream().mapToInt(c -> c.code().length()).max().orElse(0));
        String format = "%-" + width + "s  %7s  %6s  %6s  %9s  %9s%n";
        out().printf(Locale.ROOT, format, "code", "agree", "kappa", "alpha", "coded", "compared");
        for (AgreementReport.CodeAgreement c : r.codes()) {
            row(format, c.code(), c);
        }
        row(format, "all codes", r.overall());
        out().println();
        out().println("Disagreements: " + r.disagreements().size());
        for (AgreementReport.Disagreement d : r.disagreements()) {
            out().println(d.documentId() + "\t" + d.start() + "-" + d.end() + "\t" + d.code() + "\tcoded by "
                    + String.join(", ", d.with().stream().map(AgreementCommand::name).toList()) + "; not by "
                    + String.join(", ", d.without().stream().map(AgreementCommand::name).toList()) + "\t\u201c"
                    + d.quote().replaceAll("\\s*\\R\\s*", " ") + (d.end() - d.start() > d.quote().length() ? "\u2026" : "")
                    + "\u201d");
        }
        return 0;
    }

    private void row(String format, String label, AgreementReport.CodeAgreement c) {
        out().printf(Locale.ROOT, format, label, Double.isNaN(c.percent()) ? "-" : String.format(Locale.ROOT, "%.1f%%",
                100 * c.percent()), number(c.kappa()), number(c.alpha()), c.coded(), c.compared());
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String name(String author) {
        return author.isEmpty() ? "(no author)" : author;
    }

    private static Map<String, Object> figures(AgreementReport.CodeAgreement c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", c.code());
        m.put("percent", Double.isNaN(c.percent()) ? null : 100 * c.percent());
        m.put("kappa", Double.isNaN(c.kappa()) ? null : c.kappa());
        m.put("alpha", Double.isNaN(c.alpha()) ? null : c.alpha());
        m.put("compared", c.compared());
        m.put("coded", c.coded());
        m.put("codedBy", c.codedBy());
        return m;
    }
}

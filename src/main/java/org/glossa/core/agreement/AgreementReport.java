package org.glossa.core.agreement;

import java.util.List;
import java.util.Map;

/**
 * How far coders agree, at character level: each character of each document that two or more of
 * the coders coded is a unit, and for each code a coder either coded it with that code or not.
 *
 * @param coders the coders compared (authors of annotations), in order
 * @param documents the documents that two or more of them coded
 * @param codes one row per code, a code counting its descendants too ({@code claim} holds
 *              {@code claim/economic}), by name
 * @param overall every code as it was applied (without descendants rolled up), pooled
 * @param disagreements the passages where the coders differ, per code as applied, in reading order
 */
public record AgreementReport(
        List<String> coders,
        List<ComparedDocument> documents,
        List<CodeAgreement> codes,
        CodeAgreement overall,
        List<Disagreement> disagreements) {

    public AgreementReport {
        coders = List.copyOf(coders);
        documents = List.copyOf(documents);
        codes = List.copyOf(codes);
        disagreements = List.copyOf(disagreements);
    }

    /** A document two or more coders coded, and which of them did. */
    public record ComparedDocument(long id, String title, int length, List<String> coders) {
        public ComparedDocument {
            coders = List.copyOf(coders);
        }
    }

    /**
     * The figures of one code (or of all codes pooled). Statistics that are not defined for the
     * data (kappa with more than two coders, any statistic on a code nobody used) are NaN.
     *
     * @param code the code's tag name; "" for the pooled row
     * @param percent share of compared characters on which the coders agreed (0..1)
     * @param kappa Cohen's kappa, two coders only
     * @param alpha Krippendorff's alpha, nominal
     * @param compared characters compared (in documents two or more coders coded)
     * @param coded characters that at least one coder coded with the code
     * @param codedBy characters each coder coded with the code
     */
    public record CodeAgreement(String code, double percent, double kappa, double alpha, long compared, long coded,
                                Map<String, Long> codedBy) {
        public CodeAgreement {
            codedBy = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(codedBy));
        }
    }

    /**
     * A passage where coders differ on one code: {@code [start, end)} of the document's text
     * (UTF-16 offsets, as everywhere in Glossa), coded by {@code with} and not by {@code without}.
     */
    public record Disagreement(long documentId, String documentTitle, String code, int start, int end,
                               List<String> with, List<String> without, String quote) {
        public Disagreement {
            with = List.copyOf(with);
            without = List.copyOf(without);
        }
    }
}

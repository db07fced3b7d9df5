package org.glossa.core.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what a browser would not show before any extraction runs: a hidden node's text must
 * never count towards choosing the article, nor end up in it. Ruby readings go too, so that a
 * Japanese phrase is not split by the small text above it and stays searchable.
 */
final class HtmlCleaner {
    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(!important\\s*)?(;|$)");

    private HtmlCleaner() {
    }

    /** Everything extraction needs done first: invisible nodes gone, formulas as plain text. */
    static void prepare(Element root) {
        removeInvisible(root);
        flattenMath(root);
    }

    /**
     * Replaces each MathML formula (with the MathJax wrapper around it) by its linear text, such
     * as "a ≠ 0": extraction heuristics drop unknown elements, and a reader searches for the
     * symbols, not for markup. MathJax's rendered glyphs are empty elements styled by CSS.
     */
    static void flattenMath(Element root) {
        for (Element math : root.select("math")) {
            Element outer = math;
            while (outer.parent() != null && outer.parent().normalName().startsWith("mjx-")) {
                outer = outer.parent();
            }
            String alt = math.attr("alttext").strip();
            StringBuilder linear = new StringBuilder(alt);
            if (alt.isEmpty()) {
                for (Element token : math.select("mi, mo, mn, mtext, ms")) {
                    linear.append(' ').append(token.text());
                }
            }
            outer.replaceWith(new Element("span").text(" " + linear.toString().strip() + " "));
        }
        root.select("*").stream().filter(e -> e.normalName().startsWith("mjx-")).forEach(Element::remove);
    }

    static void removeInvisible(Element root) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                } else if (node instanceof Element e && node != root && isInvisible(e)) {
                    doomed.add(node);
                }
            }
        }, root);
        for (Node n : doomed) {
            n.remove();
        }
    }

    /** Mirrors Readability.js's visibility test, plus ruby annotations and scripts. */
    static boolean isInvisible(Element e) {
        String tag = e.normalName();
        if (tag.equals("rt") || tag.equals("rp") || tag.equals("script") || tag.equals("noscript")
                || tag.equals("style") || tag.equals("template")) {
            return !(tag.equals("script") && e.attr("type").toLowerCase(Locale.ROOT).startsWith("math/tex"));
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden").strip()) && !e.className().contains("fallback-image")
                && e.selectFirst("math") == null) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style.strip()).find();
    }
}

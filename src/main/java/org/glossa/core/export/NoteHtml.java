package org.glossa.core.export;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Notes are Markdown; in HTML and PDF they are shown rendered, but raw HTML a user typed is
 * escaped (a {@code <script>} prints as text) and link targets are sanitised. An image is shown
 * only when the note carries it ({@code data:image/…}); any other image is written as its
 * description and address, "[image: alt — address]", so that neither Glossa's PDF export nor
 * whoever opens an exported page fetches anything from the network.
 */
public final class NoteHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .nodeRendererFactory(ImageAsText::new).build();

    private NoteHtml() {
    }

    public static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /** Whether an image address is carried inside the note itself and so needs no fetching. */
    static boolean embedded(String address) {
        return address.strip().toLowerCase(Locale.ROOT).startsWith("data:image/");
    }

    private static final class ImageAsText implements NodeRenderer {
        private final HtmlNodeRendererContext context;

        ImageAsText(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String address = image.getDestination() == null ? "" : image.getDestination();
            String alt = altText(image);
            if (embedded(address)) {
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("src", address.strip());
                attrs.put("alt", alt);
                context.getWriter().tag("img", context.extendAttributes(image, "img", attrs), true);
                return;
            }
            Map<String, String> attrs = Map.of("class", "image-address");
            context.getWriter().tag("span", context.extendAttributes(image, "span", attrs));
            context.getWriter().text("[image: " + (alt.isBlank() ? "" : alt + " \u2014 ") + address + "]");
            context.getWriter().tag("/span");
        }

        private static String altText(Image image) {
            StringBuilder out = new StringBuilder();
            image.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    out.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    out.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak softLineBreak) {
                    out.append(' ');
                }

                @Override
                public void visit(HardLineBreak hardLineBreak) {
                    out.append(' ');
                }
            });
            return out.toString().strip();
        }
    }
}

package org.glossa.core.importing;

import java.util.List;
import java.util.regex.Pattern;
import kotlin.text.Regex;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * readability4j with two changes that current Readability.js made since the version it ports.
 *
 * <p>A paragraph's score is passed up five ancestors, not three. With three, a page whose text is
 * partly a long table (a list article, a spec) gives the table body every cell's score while the
 * container holding the table and the paragraphs around it gets none of it, so the article came
 * back as the table alone. Five levels reach that container, as Readability.js's do.
 *
 * <p>A "share" element inside the article is dropped only when it holds little text (under
 * Readability's 500-character threshold), the word "share" standing alone in its class or id. The
 * older rule dropped any such element, and so the article body itself when a share widget had
 * named it ("gigya-share-btns-2_gig_containerParent") and the article was chosen one level up.
 *
 * <p>A list of pictures stays: a list whose every item holds one element and a picture (a gallery
 * of figures with their captions) looks like furniture by Readability's older measures, many
 * pictures and no paragraphs, and was dropped with its captions; Readability.js now keeps it.
 */
final class ArticleExtractor {
    /** How far up a scored paragraph's score goes in current Readability.js. */
    static final int SCORED_ANCESTORS = 5;
    /** The depth readability4j asks for when it scores paragraphs (its older Readability.js port). */
    private static final int PORTED_SCORED_ANCESTORS = 3;
    /** Readability.js's {@code shareElements}. */
    private static final Pattern SHARE = Pattern.compile("(\\b|_)(share|sharedaddy)(\\b|_)", Pattern.CASE_INSENSITIVE);
    /** Readability.js's {@code charThreshold}: a share element with this much text is content. */
    private static final int SHARE_MAX_CHARS = 500;

    /** The name a list of pictures goes by while lists are judged, so the judging passes it by. */
    private static final String PICTURE_LIST = "glossa-picture-list";

    private ArticleExtractor() {
    }

    /** Readability.js's "simple list of images": each item has at most one child element, and there are as many pictures as items. */
    static boolean isPictureList(Element list) {
        int items = list.getElementsByTag("li").size();
        if (items == 0 || list.children().stream().anyMatch(child -> child.childrenSize() > 1)) {
            return false;
        }
        return list.getElementsByTag("img").size() == items;
    }

    /** The article of a page (the page itself is changed: pass a copy). */
    static Article parse(Document page) {
        ReadabilityOptions options = new ReadabilityOptions();
        RegExUtil regEx = new RegExUtil(RegExUtil.UnlikelyCandidatesDefaultPattern,
                RegExUtil.OkMaybeItsACandidateDefaultPattern, RegExUtil.PositiveDefaultPattern,
                RegExUtil.NegativeDefaultPattern, RegExUtil.ExtraneousDefaultPattern, RegExUtil.BylineDefaultPattern,
                RegExUtil.ReplaceFontsDefaultPattern, RegExUtil.NormalizeDefaultPattern, RegExUtil.VideosDefaultPattern,
                RegExUtil.NextLinkDefaultPattern, RegExUtil.PrevLinkDefaultPattern, RegExUtil.WhitespaceDefaultPattern,
                RegExUtil.HasContentDefaultPattern);
        return new Readability4J("", page, options, regEx, new Preprocessor(regEx), new MetadataParser(regEx),
                new Grabber(options, regEx), new Postprocessor()).parse();
    }

    private static final class Grabber extends ArticleGrabber {
        Grabber(ReadabilityOptions options, RegExUtil regEx) {
            super(options, regEx);
        }

        @Override
        protected List<Element> getNodeAncestors(Element node, int maxDepth) {
            return super.getNodeAncestors(node, maxDepth == PORTED_SCORED_ANCESTORS ? SCORED_ANCESTORS : maxDepth);
        }

        @Override
        protected void cleanConditionally(Element e, String tag, ArticleGrabberOptions options) {
            if (!tag.equals("ul")) {
                super.cleanConditionally(e, tag, options);
                return;
            }
            List<Element> pictureLists = e.getElementsByTag(tag).stream().filter(ArticleExtractor::isPictureList).toList();
            pictureLists.forEach(list -> list.tagName(PICTURE_LIST));
            try {
                super.cleanConditionally(e, tag, options);
            } finally {
                pictureLists.forEach(list -> list.tagName(tag));
            }
        }

        /** readability4j calls this for share elements only; the walk is its own, the test Readability.js's. */
        @Override
        protected void cleanMatchedNodes(Element root, Regex regex) {
            Element end = getNextNode(root, true);
            Element node = getNextNode(root, false);
            while (node != null && node != end) {
                String names = node.className() + " " + node.id();
                if (regex.containsMatchIn(names) && SHARE.matcher(names).find() && node.text().length() < SHARE_MAX_CHARS) {
                    node = removeAndGetNext(node, "share element");
                } else {
                    node = getNextNode(node, false);
                }
            }
        }
    }
}

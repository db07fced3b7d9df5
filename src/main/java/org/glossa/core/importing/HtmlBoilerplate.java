package org.glossa.core.importing;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * When a whole page body is read (no article was found), this removes what is plainly page
 * furniture: navigation, site header and footer, sidebars, forms, and elements whose class or
 * id says they are ads, comments, share buttons or menus.
 */
final class HtmlBoilerplate {
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|breadcrumbs?|sidebar|footer|masthead|advert|ads?|sponsor|"
                    + "promo|share|social|comments?|cookie|newsletter|subscribe|related|popup|modal)([\\s_-]|$)");

    private HtmlBoilerplate() {
    }

    static void removeFrom(Element root) {
        root.select("nav, aside, form, [role=navigation], [role=banner], [role=contentinfo], [role=complementary]")
                .remove();
        for (Element e : root.select("[class], [id]")) {
            if (e.parent() != null && e != root
                    && (FURNITURE.matcher(e.className()).find() || FURNITURE.matcher(e.id()).find())) {
                e.remove();
            }
        }
    }
}

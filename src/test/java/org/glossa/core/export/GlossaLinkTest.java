package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.glossa.core.GlossaException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GlossaLinkTest {
    @Test
    void aLinkToAnAnnotationEncodesTheDocumentUriAndReadsBack() {
        GlossaLink link = GlossaLink.toAnnotation("https://example.org/a b?x=1&y=2", "abc-1");
        assertThat(link.format())
                .isEqualTo("glossa://open?doc=https%3A%2F%2Fexample.org%2Fa%20b%3Fx%3D1%26y%3D2&annotation=abc-1");
        assertThat(GlossaLink.parse(link.format())).isEqualTo(link);
    }

    @Test
    void aLinkToAnOffsetReadsBack() {
        GlossaLink link = GlossaLink.toOffset("urn:sha256:ab12", 42);
        assertThat(link.format()).isEqualTo("glossa://open?doc=urn%3Asha256%3Aab12&at=42");
        assertThat(GlossaLink.parse(link.format())).isEqualTo(link);
    }

    @Test
    void aDocumentIdAloneIsALink() {
        assertThat(GlossaLink.parse("glossa://open?doc=7")).isEqualTo(new GlossaLink("7", null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org", "glossa://open?annotation=x", "glossa://open?doc=1&at=-3",
            "glossa://open?doc=1&at=x", "glossa://open?doc=1&doc=2", "glossa://open?doc=1&at=3&annotation=a",
            "glossa://open?doc=%zz"})
    void anythingElseIsAClearUserError(String bad) {
        assertThatThrownBy(() -> GlossaLink.parse(bad)).isInstanceOf(GlossaException.class);
    }
}

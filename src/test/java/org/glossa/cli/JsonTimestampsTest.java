package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.TextQuote;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonTimestampsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-03-01T09:30:00Z", "2026-03-01T09:30:07.250Z", "2026-03-01T10:30:00+01:00"})
    void annotationTimestampsAlwaysCarrySecondsAndZoneAndReadBackEqual(String when) {
        OffsetDateTime t = OffsetDateTime.parse(when);
        Annotation a = new Annotation("id", 1, 0, 4, new TextQuote("text", "", ""), "yellow", "", List.of(), "me",
                t, t.plusMinutes(1), AnchorStatus.ANCHORED);

        var row = AnnotationsCommand.row(a);

        assertThat((String) row.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d)");
        assertThat(OffsetDateTime.parse((String) row.get("created"))).isEqualTo(a.created());
        assertThat(OffsetDateTime.parse((String) row.get("modified"))).isEqualTo(a.modified());
    }
}

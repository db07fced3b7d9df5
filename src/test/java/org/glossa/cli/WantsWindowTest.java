package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WantsWindowTest {
    @ParameterizedTest(name = "''{0}'' -> window: {1}")
    @CsvSource(delimiter = '|', value = {
        "|true",
        "--library lib.sqlite|true",
        "-l lib.sqlite|true",
        "--library=lib.sqlite|true",
        "-l=lib.sqlite|true",
        "-llib.sqlite|true",
        "list|false",
        "--library lib.sqlite list|false",
        "list --library lib.sqlite|false",
        "text 1|false",
        "--version|false",
        "--help|false",
        "week3.glossa|true",
        "--library lib.sqlite week3.GLOSSA|true",
        "glossa://open?doc=1&annotation=x|true",
        "import week3.glossa|false",
    })
    void onlyGlobalLibraryOptionsOpenTheWindow(String args, boolean window) {
        String[] argv = args == null ? new String[0] : args.split(" ");
        assertThat(GlossaCli.wantsWindow(argv)).isEqualTo(window);
    }
}

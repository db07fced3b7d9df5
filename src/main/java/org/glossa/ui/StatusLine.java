package org.glossa.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The one line at the bottom of the window: what just happened, or what went wrong. */
public final class StatusLine {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(null);

    public void info(String text) {
        message.set(text);
        error.set(false);
        details.set(null);
    }

    /** News whose full text ({@code more}: what an import left out, say) is one click away. */
    public void info(String text, String more) {
        message.set(text);
        error.set(false);
        details.set(more);
    }

    public void error(String text) {
        error(text, null);
    }

    /** An error whose full text ({@code more}, several lines perhaps) is one click away. */
    public void error(String text, String more) {
        message.set(text);
        error.set(true);
        details.set(more);
    }

    /** The full text behind the line's error, or null. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

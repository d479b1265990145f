package org.lsst.butlerbrowser.views.sky;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.lsst.butlerbrowser.model.sky.SkyTarget;

/**
 * The "go to" field of a sky view: type an RA and Dec (degrees or sexagesimal) and optionally a
 * field of view, press Enter, and the view centres there. A position it cannot read leaves the view
 * where it is, marks the field with the {@code :error} pseudo-class and says why in its tooltip
 * and {@link #errorProperty()}.
 */
public final class SkyGotoField extends TextField {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final String HELP = "RA, Dec and an optional field of view, e.g. 150.12 2.21 1.5 or 10:00:28.6 +02:12:21 30'";

    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public SkyGotoField(SkyView view) {
        getStyleClass().add("sky-goto-field");
        setPromptText("RA, Dec[, FoV]");
        setTooltip(new Tooltip(HELP));
        setOnAction(e -> {
            try {
                view.goTo(SkyTarget.parse(getText()));
                error.set(null);
                getTooltip().setText(HELP);
            } catch (IllegalArgumentException x) {
                error.set(x.getMessage());
                getTooltip().setText(x.getMessage());
            }
            pseudoClassStateChanged(ERROR, error.get() != null);
        });
    }

    /** Why the last position typed was not understood; null when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}

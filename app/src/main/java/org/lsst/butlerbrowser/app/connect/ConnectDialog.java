package org.lsst.butlerbrowser.app.connect;

import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The Connect… dialog: a {@link ConnectView} with Test, Connect and Cancel. Test reports in the
 * status line without closing; Connect closes only when the form names a registry, so a wrong file
 * leaves the dialog open with the reason.
 */
public final class ConnectDialog {

    private static final ButtonType TEST = new ButtonType("Test", ButtonBar.ButtonData.LEFT);
    private static final ButtonType CONNECT = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);

    private ConnectDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    public static Optional<ConnectRequest> show(Window owner, ConnectViewModel model) {
        Dialog<ConnectRequest> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Connect to a registry or TAP service");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("connect-dialog");
        dialog.getDialogPane().setContent(new ConnectView(model));
        dialog.getDialogPane().getButtonTypes().addAll(TEST, CONNECT, ButtonType.CANCEL);

        Node test = dialog.getDialogPane().lookupButton(TEST);
        test.setId("connect-test");
        test.disableProperty().bind(model.filledInProperty().not().or(model.testingProperty()));
        test.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // testing never closes the dialog
            model.test();
        });

        Node connect = dialog.getDialogPane().lookupButton(CONNECT);
        connect.setId("connect-ok");
        connect.disableProperty().bind(model.filledInProperty().not());
        ConnectRequest[] chosen = {null};
        connect.addEventFilter(ActionEvent.ACTION, e -> {
            chosen[0] = model.connect().orElse(null);
            if (chosen[0] == null) {
                e.consume(); // the status line says why; the dialog stays for another try
            }
        });
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).setId("connect-cancel");
        dialog.setResultConverter(button -> button == CONNECT ? chosen[0] : null);
        dialog.setOnHidden(e -> model.close());
        return dialog.showAndWait();
    }
}

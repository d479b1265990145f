package org.lsst.butlerbrowser.app;

import java.time.Clock;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.lsst.butlerbrowser.app.session.SkyLink;
import org.lsst.butlerbrowser.app.tap.JobsViewModel;
import org.lsst.butlerbrowser.app.tap.QueryView;
import org.lsst.butlerbrowser.app.tap.QueryViewModel;
import org.lsst.butlerbrowser.app.tap.ResultView;
import org.lsst.butlerbrowser.app.tap.ResultViewModel;
import org.lsst.butlerbrowser.app.tap.SchemaBrowserView;
import org.lsst.butlerbrowser.app.tap.SchemaBrowserViewModel;
import org.lsst.butlerbrowser.app.tap.TapRowPanel;
import org.lsst.butlerbrowser.app.tap.TapSession;
import org.lsst.butlerbrowser.app.tasks.Job;
import org.lsst.butlerbrowser.app.tasks.ProblemText;
import org.lsst.butlerbrowser.app.tasks.TaskRunner;
import org.lsst.butlerbrowser.model.repo.Environment;
import org.lsst.butlerbrowser.model.table.TableRows;
import org.lsst.butlerbrowser.model.tap.Cancellation;
import org.lsst.butlerbrowser.model.tap.TapConnection;

/**
 * One TAP service: its schemas, tables and columns on the left; the ADQL editor over the result
 * (rows, footprints, async jobs) in the middle; the selected row on the right. The service's
 * capabilities and tables are read off the JavaFX thread; until then the tab shows progress.
 */
final class TapTab extends WorkTab {

    private final TaskRunner runner;
    private final WindowLayout layout;
    private final SkyLink sky;
    private final BiConsumer<String, Throwable> onFailure;
    private final BorderPane content = new BorderPane();
    private final Label status = new Label();
    private Job opening = Job.DONE;
    private QueryViewModel query;
    private ResultViewModel result;
    private TapSession session;
    private boolean closed;

    TapTab(String name, TaskRunner runner, WindowLayout layout, SkyLink sky, BiConsumer<String, Throwable> onFailure) {
        super(name);
        this.runner = runner;
        this.layout = layout;
        this.sky = sky;
        this.onFailure = onFailure;
        setContent(content);
    }

    /** Reads the token, the service's capabilities and its tables in the background, then shows the screens. */
    void open(TapConnection connection, Environment env) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        status.setText("Reading what " + connection.title() + " serves…");
        status.setWrapText(true);
        VBox waiting = new VBox(12, busy, status);
        waiting.setId("tap-opening");
        waiting.setAlignment(Pos.CENTER);
        waiting.setPadding(new Insets(24));
        content.setCenter(waiting);
        opening = runner.run("Connecting to " + connection.title(), progress -> {
            Cancellation c = new Cancellation();
            progress.onCancel(c::cancel);
            return TapSession.open(connection, env, sky, c);
        }, session -> {
            if (!closed) {
                showScreens(session);
            }
        }, problem -> {
            busy.setVisible(false);
            status.setText("Could not open " + connection.title() + ": " + ProblemText.sentence(problem));
            onFailure.accept(status.getText(), problem);
        }, () -> {
            busy.setVisible(false);
            status.setText("Cancelled.");
        });
    }

    private void showScreens(TapSession session) {
        this.session = session;
        JobsViewModel jobs = new JobsViewModel(runner, Clock.systemUTC());
        query = new QueryViewModel(session, runner, jobs, onFailure);
        result = new ResultViewModel(session, runner);
        QueryView queryView = new QueryView(query);
        SplitPane middle = new SplitPane(queryView, new ResultView(result, jobs));
        middle.setOrientation(Orientation.VERTICAL);
        middle.setId("tap-middle-split");
        layout.dividers(middle, 0.36);
        SplitPane split = new SplitPane(new SchemaBrowserView(new SchemaBrowserViewModel(session.tables()), queryView::insert),
                middle, new TapRowPanel(result));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setId("tap-split");
        queryView.cancelOnEscape(split);
        layout.dividers(split, 0.24, 0.78);
        content.setCenter(split);
        queryView.editor().area().requestFocus();
    }

    @Override
    TableRows currentTable() {
        return result == null ? null : result.table();
    }

    /**
     * Stops what runs (opening, or a query, whose async job is then aborted and deleted) and lets go
     * of the service and the result (the screens are taken apart by {@link #release()}).
     */
    @Override
    void close() {
        closed = true;
        opening.cancel();
        if (query != null) {
            query.cancel();
        }
        if (session != null) {
            session.close();
        }
    }
}

package org.lsst.butlerbrowser.app.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsst.butlerbrowser.app.DemoRegistry;
import org.lsst.butlerbrowser.app.tasks.DirectTaskRunner;
import org.lsst.butlerbrowser.model.registry.Registry;
import org.lsst.butlerbrowser.model.repo.RepoResolver;
import org.lsst.butlerbrowser.model.table.TableFormat;
import org.lsst.butlerbrowser.model.table.TableRows;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.StarTableFactory;
import uk.ac.starlink.table.Tables;

/** File → Export Table… without a window: the demo registry's calexps written through a direct runner. */
class ExportViewModelTest {

    /** daf_butler's query-datasets calexp --collections HSC/runs/RC2 --find-first, in the fixture. */
    private static final int RC2_CALEXPS = 1132;

    private static Registry registry;

    @TempDir
    Path dir;

    private final List<Notice> notices = new ArrayList<>();

    @BeforeAll
    static void open() {
        registry = Registry.open(RepoResolver.forSystemEnvironment().resolve(DemoRegistry.directory().toString()));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private ExportViewModel model(TableRows current) {
        ExportViewModel model = new ExportViewModel(() -> current, new DirectTaskRunner());
        model.noticeProperty().addListener((obs, was, now) -> {
            if (now != null) {
                notices.add(now);
            }
        });
        return model;
    }

    private static TableRows calexps() {
        return new CalexpRows(registry, "calexp", "HSC/runs/RC2");
    }

    @Test
    void withoutATableTheUserIsToldToSelectOne() {
        ExportViewModel model = model(null);

        assertTrue(model.tableToExport().isEmpty());
        assertTrue(model.tableToExport().isEmpty());

        assertEquals(2, notices.size(), "the message repeats each time");
        assertTrue(notices.get(1).problem());
        assertTrue(notices.get(1).text().startsWith("Select a table first"), notices.get(1).text());
    }

    @Test
    void exportWritesTheFileAndConfirmsWithTheRowCount() throws Exception {
        ExportViewModel model = model(calexps());
        TableRows rows = model.tableToExport().orElseThrow();

        model.export(rows, dir.resolve("calexp.vot"));

        assertEquals(List.of(new Notice(false, "Exported 1,132 rows to calexp.vot")), notices);
        StarTable back = Tables.randomTable(new StarTableFactory().makeStarTable(dir.resolve("calexp.vot").toString(), "votable"));
        assertEquals(RC2_CALEXPS, back.getRowCount());
        assertEquals("run", back.getColumnInfo(1).getName());
        assertEquals(dir, model.folderProperty().get(), "the next export starts here");
    }

    @Test
    void aBareFileNameGetsThePickedFormatsExtension() throws Exception {
        ExportViewModel model = model(calexps());
        model.formatProperty().set(TableFormat.FITS);

        model.export(calexps(), dir.resolve("calexp"));

        assertTrue(Files.isRegularFile(dir.resolve("calexp.fits")));
        assertFalse(Files.exists(dir.resolve("calexp")));
        assertEquals("Exported 1,132 rows to calexp.fits", notices.get(0).text());
    }

    @Test
    void anExtensionTypedByTheUserChoosesTheFormat() throws Exception {
        ExportViewModel model = model(calexps());
        model.formatProperty().set(TableFormat.VOTABLE);

        model.export(calexps(), dir.resolve("calexp.csv"));

        assertEquals("id,run,visit,detector", Files.readAllLines(dir.resolve("calexp.csv")).get(0));
        assertEquals(RC2_CALEXPS + 1, Files.readAllLines(dir.resolve("calexp.csv")).size());
        assertEquals(TableFormat.CSV, model.formatProperty().get(), "remembered for the next export");
    }

    @Test
    void aFailedExportSaysWhyInOneSentence() {
        ExportViewModel model = model(calexps());
        Path file = dir.resolve("gone/calexp.vot");

        model.export(calexps(), file);

        assertEquals(List.of(new Notice(true, "Cannot write " + file + ": the folder " + file.getParent()
                + " does not exist.")), notices);
    }

    @Test
    void theSuggestedFileNameIsTheTableTitleMadeSafe() {
        ExportViewModel model = model(null);
        model.formatProperty().set(TableFormat.ECSV);

        assertEquals("calexp_in_HSC_runs_RC2.ecsv",
                model.suggestedFileName(new CalexpRows(registry, "calexp in HSC/runs/RC2", "HSC/runs/RC2")));
        assertEquals("table.ecsv", model.suggestedFileName(new CalexpRows(registry, " / ", "HSC/runs/RC2")));
    }
}

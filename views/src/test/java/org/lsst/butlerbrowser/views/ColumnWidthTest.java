package org.lsst.butlerbrowser.views;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Column widths from a column's longest texts agree with laying out every text. */
@ExtendWith(ApplicationExtension.class)
class ColumnWidthTest {

    @Start
    void start(Stage stage) {
        // the toolkit, for text layout
    }

    @Test
    void widthIsThatOfTheWidestTextAmongMany() {
        Random random = new Random(7);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            switch (i % 4) {
                case 0 -> texts.add(String.valueOf(random.nextDouble() * Math.pow(10, random.nextInt(6))));
                case 1 -> texts.add("HSC-" + "GRIZY".charAt(random.nextInt(5)));
                case 2 -> texts.add("HSC/runs/RC2/w_2024_" + random.nextInt(52) + "/DM-" + random.nextInt(50_000));
                default -> texts.add(random.nextInt(3) == 0 ? "" : "calexp");
            }
        }
        assertEquals(everyTextLaidOut("collection", texts), new ColumnWidth().of("collection", texts));
    }

    @Test
    void repeatedLongTextsDoNotHideAWiderOne() {
        List<String> texts = new ArrayList<>(Collections.nCopies(50, "iiiiiiiiii"));
        texts.add("WWWWWWWW");
        texts.addAll(Collections.nCopies(50, "llllllll"));
        assertEquals(everyTextLaidOut("x", texts), new ColumnWidth().of("x", texts));
    }

    @Test
    void titleSetsTheWidthOfShortValues() {
        List<String> texts = List.of("1", "22", "3");
        assertEquals(everyTextLaidOut("exposure_time", texts), new ColumnWidth().of("exposure_time", texts));
    }

    @Test
    void widthStaysWithinItsBounds() {
        assertEquals(48, new ColumnWidth().of("", List.of()));
        assertEquals(420, new ColumnWidth().of("s_region", List.of("POLYGON ICRS " + "150.0001 2.0001 ".repeat(20))));
    }

    /** The oracle: every text laid out, the title with room for its sort arrow. */
    private static double everyTextLaidOut(String title, List<String> texts) {
        Text probe = new Text(title);
        double width = probe.getLayoutBounds().getWidth() + 30;
        for (String text : texts) {
            probe.setText(text);
            width = Math.max(width, probe.getLayoutBounds().getWidth() + 20);
        }
        return Math.min(420, Math.max(48, Math.ceil(width)));
    }
}

package org.lsst.butlerbrowser.model.tap;

import java.net.URI;
import org.junit.jupiter.api.Assumptions;

/**
 * The real TAP service the build names in {@code butler.test.tap.url} (the test command starts it):
 * tests using it are skipped without one, and fail when {@code butler.test.require.tap=true}.
 */
final class TestTapService {

    private TestTapService() {
    }

    static TapService fromBuild() {
        String url = System.getProperty("butler.test.tap.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.tap")) {
            throw new IllegalStateException("TAP tests are required but butler.test.tap.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no TAP service (set butler.test.tap.url, see scripts/tap-service.sh)");
        return new TapService(URI.create(url), TapAuth.none(), TapTimeouts.DEFAULT);
    }
}

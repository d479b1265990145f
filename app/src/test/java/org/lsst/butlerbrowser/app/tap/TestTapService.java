package org.lsst.butlerbrowser.app.tap;

import org.junit.jupiter.api.Assumptions;

/**
 * The real TAP service the build names in {@code butler.test.tap.url} (the test command starts it):
 * tests using it are skipped without one, and fail when {@code butler.test.require.tap=true}.
 */
public final class TestTapService {

    private TestTapService() {
    }

    public static String url() {
        String url = System.getProperty("butler.test.tap.url", "");
        if (url.isBlank() && Boolean.getBoolean("butler.test.require.tap")) {
            throw new IllegalStateException("TAP tests are required but butler.test.tap.url is not set");
        }
        Assumptions.assumeFalse(url.isBlank(), "no TAP service (set butler.test.tap.url, see scripts/tap-service.sh)");
        return url;
    }
}

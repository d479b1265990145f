package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.xml.sax.SAXException;

/**
 * One asynchronous TAP query, a UWS 1.1 job, addressed by the URL the service gave when it was
 * created. Every call may be cancelled through its {@link Cancellation}.
 */
public final class UwsJob {

    /** The UWS 1.1 blocking-poll time asked for; services may answer sooner. */
    static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(250);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final TapHttp http;
    private final URI url;
    private final long maxrec;

    UwsJob(TapHttp http, URI url, long maxrec) {
        this.http = http;
        this.url = url;
        this.maxrec = maxrec;
    }

    public URI url() {
        return url;
    }

    /** The job's current state. */
    public UwsJobStatus status(Cancellation cancellation) {
        return fetchStatus(url, http.timeouts().response(), cancellation);
    }

    /** Starts the job (POST PHASE=RUN to its phase resource). */
    public void run(Cancellation cancellation) {
        post("phase", Map.of("PHASE", "RUN"), "the request to start the job", http.timeouts().response(), cancellation);
    }

    /** Asks the service to stop the job (PHASE=ABORT). */
    public void abort(Cancellation cancellation) {
        abort(cancellation, http.timeouts().response());
    }

    void abort(Cancellation cancellation, Duration timeout) {
        post("phase", Map.of("PHASE", "ABORT"), "the request to abort the job", timeout, cancellation);
    }

    /** Deletes the job and its results (HTTP DELETE, or POST ACTION=DELETE where DELETE is refused). */
    public void delete(Cancellation cancellation) {
        delete(cancellation, http.timeouts().response());
    }

    void delete(Cancellation cancellation, Duration timeout) {
        try (TapResponse r = http.delete(url, timeout, cancellation)) {
            if (r.status() == 405 || r.status() == 501) {
                r.close();
                try (TapResponse p = http.post(url, Map.of("ACTION", "DELETE"), timeout, false, cancellation)) {
                    p.requireSuccess("the request to delete the job");
                }
            } else {
                r.requireSuccess("the request to delete the job");
            }
        }
    }

    /**
     * Waits until the job reaches a final phase, reporting each phase. It asks the service to block
     * (UWS 1.1 {@code WAIT}); when a service answers at once anyway, it pauses between polls, 0.25 s at
     * first and up to 5 s, as pyvo does.
     */
    public UwsJobStatus waitUntilFinal(TapProgress progress, Cancellation cancellation) {
        UwsJobStatus status = status(cancellation);
        progress.phase(status.phase());
        Duration pause = FIRST_PAUSE;
        while (!status.phase().isFinal()) {
            cancellation.throwIfCancelled();
            long started = System.nanoTime();
            URI poll = URI.create(url + (url.getRawQuery() == null ? "?" : "&") + "WAIT=" + WAIT.toSeconds()
                    + "&PHASE=" + status.phase().name());
            UwsJobStatus next = fetchStatus(poll, WAIT.plus(http.timeouts().response()), cancellation);
            if (next.phase() != status.phase()) {
                progress.phase(next.phase());
                pause = FIRST_PAUSE;
            } else if (Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(1)) < 0) {
                cancellation.sleep(pause); // the service does not block on WAIT
                pause = pause.multipliedBy(3).dividedBy(2);
                if (pause.compareTo(LONGEST_PAUSE) > 0) {
                    pause = LONGEST_PAUSE;
                }
            }
            status = next;
        }
        return status;
    }

    /** The result of a COMPLETED job, read while it streams (from wherever the service redirects). */
    public TapResult result(UwsJobStatus completed, TapProgress progress, Cancellation cancellation) {
        UwsJobStatus.Result r = completed.primaryResult();
        URI href = r == null ? URI.create(url + "/results/result") : r.href();
        TapResponse response = http.get(href, http.timeouts().query(), true, cancellation)
                .requireSuccess("the request for the job's result");
        return TapResultReader.read(response, maxrec, progress, cancellation);
    }

    /** Why the job failed: its error summary, or the service's error document. */
    public String errorMessage(UwsJobStatus failed, Cancellation cancellation) {
        if (failed.errorMessage() != null) {
            return http.redact(ServiceMessages.oneLine(failed.errorMessage()));
        }
        try (TapResponse r = http.get(URI.create(url + "/error"), http.timeouts().response(), true, cancellation)) {
            if (r.status() < 400) {
                String m = r.redact(ServiceMessages.extract(r.readAtMost(64 * 1024), r.contentType().orElse(null)));
                if (m != null) {
                    return m;
                }
            }
        } catch (IOException e) {
            // fall through to the generic message
        }
        return "the job ended in phase " + failed.phase() + " without an error message";
    }

    private UwsJobStatus fetchStatus(URI uri, Duration timeout, Cancellation cancellation) {
        try (TapResponse r = http.get(uri, timeout, true, cancellation).requireSuccess("the request for the job's status")) {
            try {
                return UwsJobStatus.parse(r.body(), url);
            } catch (IOException | SAXException e) {
                throw r.readFailure(e, cancellation, "the request for the job's status");
            }
        }
    }

    private void post(String resource, Map<String, String> form, String what, Duration timeout, Cancellation cancellation) {
        try (TapResponse r = http.post(URI.create(url + "/" + resource), form, timeout, false, cancellation)) {
            r.requireSuccess(what);
        }
    }

    @Override
    public String toString() {
        return "UWS job " + TapHttp.describe(url);
    }
}

package org.lsst.butlerbrowser.model.tap;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body read as a stream while it arrives, which fails instead of hanging: when no bytes
 * come for the idle timeout, or at once when the caller cancels. The JDK's own
 * {@code BodySubscribers.ofInputStream()} blocks without limit once the headers are in, so a service
 * that stalls mid-table would hang the reader. It also counts the bytes read, for progress.
 */
final class ResponseStream extends InputStream implements HttpResponse.BodySubscriber<InputStream> {

    /** How often a waiting read looks at the cancellation flag. */
    private static final long CHECK_MILLIS = 200;
    private static final List<ByteBuffer> END = Collections.emptyList();

    private final BlockingQueue<List<ByteBuffer>> queue = new LinkedBlockingQueue<>();
    private final long idleMillis;
    private final Cancellation cancellation;
    private volatile Flow.Subscription subscription;
    private volatile Throwable failure;
    private volatile boolean closed;
    private volatile boolean stalled;
    private volatile long bytes;
    private Iterator<ByteBuffer> buffers = Collections.emptyIterator();
    private ByteBuffer current;
    private boolean ended;

    ResponseStream(Duration idle, Cancellation cancellation) {
        this.idleMillis = idle.toMillis();
        this.cancellation = cancellation;
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedStage(this);
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (closed) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        failure = t;
        queue.add(END);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** Bytes handed to the reader so far. */
    long bytesRead() {
        return bytes;
    }

    /** Whether the last failure was the idle timeout. */
    boolean stalled() {
        return stalled;
    }

    Duration idleTimeout() {
        return Duration.ofMillis(idleMillis);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (!advance()) {
            return -1;
        }
        int n = Math.min(len, current.remaining());
        current.get(b, off, n);
        bytes += n;
        return n;
    }

    @Override
    public int available() {
        return current == null ? 0 : current.remaining();
    }

    /** Makes {@link #current} hold unread bytes; false at the end of the body. */
    private boolean advance() throws IOException {
        while (current == null || !current.hasRemaining()) {
            if (ended) {
                return false;
            }
            if (buffers.hasNext()) {
                current = buffers.next();
                continue;
            }
            List<ByteBuffer> next = take();
            if (next == END) {
                ended = true;
                if (failure != null) {
                    throw new IOException("the connection failed while reading the response", failure);
                }
                return false;
            }
            buffers = next.iterator();
            Flow.Subscription s = subscription;
            if (s != null) {
                s.request(1);
            }
        }
        return true;
    }

    private List<ByteBuffer> take() throws IOException {
        long waited = 0;
        try {
            while (true) {
                if (closed) {
                    throw new IOException("the response stream is closed");
                }
                if (cancellation.isCancelled()) {
                    throw new InterruptedIOException("cancelled");
                }
                List<ByteBuffer> next = queue.poll(CHECK_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
                waited += CHECK_MILLIS;
                if (waited >= idleMillis) {
                    stalled = true;
                    throw new InterruptedIOException("no data for " + idleMillis / 1000.0 + " s");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
        queue.clear();
    }
}

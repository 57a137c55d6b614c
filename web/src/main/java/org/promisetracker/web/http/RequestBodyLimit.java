package org.promisetracker.web.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code tracker.http.max-body-size} (default 64KB; an import's upload
 * {@code tracker.http.max-upload-size}, 11MB) with 413, whether
 * the client declares the length or streams the body in chunks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimit extends OncePerRequestFilter {

    /** The import's upload paths, API and page, in any case (the paths themselves are case-sensitive later). */
    private static final Pattern UPLOADS = Pattern.compile("(?i)(/api/v1)?/plans/[^/]+/imports?/?");

    private final long maxBytes;
    private final long maxUploadBytes;
    private final ProblemWriter problems;

    public RequestBodyLimit(
            @Value("${tracker.http.max-body-size:64KB}") DataSize maxBodySize,
            @Value("${tracker.http.max-upload-size:11MB}") DataSize maxUploadSize,
            ProblemWriter problems) {
        this.maxBytes = maxBodySize.toBytes();
        this.maxUploadBytes = maxUploadSize.toBytes();
        this.problems = problems;
    }

    /** An import's upload may be larger; every other body keeps the small limit. */
    private long limitFor(HttpServletRequest request) {
        return UPLOADS.matcher(request.getRequestURI()).matches() ? maxUploadBytes : maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            problems.write(
                    response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, new BodyTooLargeException(limit).getMessage()));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    /** Thrown while reading a body that goes past the limit; {@link ProblemAdvice} answers it with 413. */
    public static final class BodyTooLargeException extends IOException {
        BodyTooLargeException(long maxBytes) {
            super("The request body is larger than the " + maxBytes + " bytes this service accepts.");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;

        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(maxBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}

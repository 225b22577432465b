package org.newsgraph.cli.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One keep-alive HTTP/1.1 connection that asks for a path and reads the whole answer, on a plain blocking
 * socket. The load generator runs on the machine it measures, so it must cost little: fifty JDK
 * {@code HttpClient}s (each with its own selector thread and futures) took more CPU than the server they
 * measured, and reported a quarter of the requests per second that {@code wrk} saw from the same server.
 * Reads a {@code Content-Length} or chunked body; reconnects when the server closes.
 */
final class LoadClient implements AutoCloseable {
    private static final int TIMEOUT_MS = 30_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LoadClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** The status of {@code GET path}; the body is read and dropped. */
    int get(String path) throws IOException {
        if (socket == null) connect();
        try {
            return exchange(path);
        } catch (IOException e) {
            // A keep-alive connection the server closed meanwhile: once more on a new one.
            close();
            connect();
            return exchange(path);
        }
    }

    private void connect() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MS);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        out = socket.getOutputStream();
    }

    private int exchange(String path) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String status = line();
        if (!status.startsWith("HTTP/1.1 ") || status.length() < 12) throw new IOException("not an HTTP answer: " + status);
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            if (colon < 0) continue;
            String name = h.substring(0, colon).trim();
            String value = h.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Content-Length")) length = Long.parseLong(value);
            else if (name.equalsIgnoreCase("Transfer-Encoding")) chunked = value.toLowerCase(java.util.Locale.ROOT).contains("chunked");
            else if (name.equalsIgnoreCase("Connection")) closes = value.equalsIgnoreCase("close");
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";", 2)[0].trim(), 16); size > 0; size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            closes = true; // the body runs to the end of the connection
            while (in.read() >= 0) {
                // drop it
            }
        }
        if (closes) close();
        return code;
    }

    private String line() throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new IOException("the connection closed mid-answer");
            if (c != '\r') b.append((char) c);
        }
        return b.toString();
    }

    private void skip(long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) throw new IOException("the connection closed mid-body");
                k = 1;
            }
            n -= k;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing was all that was left.
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}

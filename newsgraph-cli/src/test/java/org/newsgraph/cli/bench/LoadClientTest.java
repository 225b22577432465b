package org.newsgraph.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator's connection reads every kind of answer whole, so the next one on it is read right. */
class LoadClientTest {
    HttpServer server;
    final Set<Object> connections = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] big = "x".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        server.createContext("/fixed", e -> {
            connections.add(e.getRemoteAddress());
            e.sendResponseHeaders(200, big.length);
            try (OutputStream out = e.getResponseBody()) {
                out.write(big);
            }
        });
        server.createContext("/chunked", e -> {
            connections.add(e.getRemoteAddress());
            e.sendResponseHeaders(200, 0); // no length: chunked
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 50; i++) out.write(("part " + i + "\n").repeat(100).getBytes(StandardCharsets.UTF_8));
            }
        });
        server.createContext("/closing", e -> {
            connections.add(e.getRemoteAddress());
            e.getResponseHeaders().add("Connection", "close");
            e.sendResponseHeaders(503, -1);
            e.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void answersOfEveryShapeAreReadWholeOnOneConnectionAndAClosedOneIsOpenedAgain() throws IOException {
        try (LoadClient client = new LoadClient("127.0.0.1", server.getAddress().getPort())) {
            for (int i = 0; i < 3; i++) {
                assertThat(client.get("/fixed")).isEqualTo(200);
                assertThat(client.get("/chunked")).isEqualTo(200);
            }
            assertThat(connections).as("kept alive").hasSize(1);
            assertThat(client.get("/closing")).isEqualTo(503);
            assertThat(client.get("/fixed")).as("after the server closed it").isEqualTo(200);
            assertThat(connections).hasSize(2);
            assertThat(client.get("/missing")).isEqualTo(404);
        }
    }
}

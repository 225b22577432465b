package org.newsgraph.store.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.newsgraph.store.Table;

/** The stored articles a page at a time, in the order they were stored: {@code seq} is the cursor. */
public final class ArticlePage {
    public static final List<String> COLUMNS = List.of("seq", "id", "published", "headline", "url");

    private ArticlePage() {}

    /** Up to {@code limit} articles stored after {@code afterSeq} (0: from the first). */
    public static Table after(Connection c, long afterSeq, int limit) throws SQLException {
        if (limit < 1) throw new IllegalArgumentException("limit: at least 1, not " + limit);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, id, published, headline, url FROM articles WHERE seq > ? ORDER BY seq LIMIT ?")) {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            try (ResultSet r = ps.executeQuery()) {
                return Table.from(r);
            }
        }
    }

    /** The {@code limit} articles stored last, newest first. */
    public static Table latest(Connection c, int limit) throws SQLException {
        if (limit < 1) throw new IllegalArgumentException("limit: at least 1, not " + limit);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, id, published, headline, url FROM articles ORDER BY seq DESC LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet r = ps.executeQuery()) {
                return Table.from(r);
            }
        }
    }

    /** How many articles the store holds. */
    public static long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles"); ResultSet r = ps.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}

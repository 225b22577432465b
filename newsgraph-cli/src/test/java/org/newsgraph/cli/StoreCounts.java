package org.newsgraph.cli;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.store.Store;

/** What a user would ask a store in tests: row counts and the rows of a query, as text. */
final class StoreCounts {
    private StoreCounts() {}

    static long count(Path db, String table) {
        return Long.parseLong(rows(db, "SELECT count(*) FROM " + table).get(0));
    }

    /** The first column of every row, as text. */
    static List<String> rows(Path db, String sql) {
        return Store.open(db).read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) out.add(r.getString(1));
            }
            return out;
        });
    }
}

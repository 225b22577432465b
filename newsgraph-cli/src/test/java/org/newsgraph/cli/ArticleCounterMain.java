package org.newsgraph.cli;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;

/**
 * A reader in another process, as {@code newsgraph quotes} in a second terminal would be: counts a store's
 * articles {@code args[1]} times, one line per count, and stops at the first failure with its one-line
 * message and exit 1.
 */
public final class ArticleCounterMain {
    private ArticleCounterMain() {}

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        int times = Integer.parseInt(args[1]);
        try {
            for (int i = 0; i < times; i++) {
                long n = Store.open(db).read(c -> {
                    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM articles")) {
                        r.next();
                        return r.getLong(1);
                    }
                });
                System.out.println(n);
                System.out.flush();
            }
        } catch (StoreException e) {
            System.out.println("newsgraph: " + e.getMessage());
            System.exit(1);
        }
        System.exit(0);
    }
}

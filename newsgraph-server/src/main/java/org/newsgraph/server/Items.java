package org.newsgraph.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.store.Table;

/** A list answer, {@code {"items": [...], "next": cursor}}: each row of a store table as an object by column. */
record Items(List<Map<String, Object>> items, String next) {
    static Items of(Table t) {
        return of(t, null);
    }

    static Items of(Table t, String next) {
        List<Map<String, Object>> items = new ArrayList<>(t.size());
        for (List<Object> row : t.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) item.put(t.columns().get(i), row.get(i));
            items.add(item);
        }
        return new Items(items, next);
    }
}

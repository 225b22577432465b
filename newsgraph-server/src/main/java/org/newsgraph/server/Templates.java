package org.newsgraph.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' templates (Mustache, in {@code org/newsgraph/server/templates}): logic-less, and every
 * {@code {{value}}} HTML-escaped; only {@code {{{content}}}} and {@code {{{body}}}}, built by escaping code, are not.
 */
final class Templates {
    private final MustacheFactory factory = new DefaultMustacheFactory("org/newsgraph/server/templates");
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    /** A whole page: {@code name}'s template with {@code data}, inside the site's layout. */
    String page(String name, String title, String query, Map<String, Object> data) {
        String content = render(name, data);
        return render("page", Map.of("title", title, "query", query == null ? "" : query, "content", content));
    }

    private String render(String name, Object data) {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        StringWriter w = new StringWriter();
        m.execute(w, data);
        return w.toString();
    }
}

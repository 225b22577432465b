package org.newsgraph.server;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.util.Map;

/**
 * The pages' templates (Mustache, in {@code org/newsgraph/server/templates}): logic-less, and every
 * {@code {{value}}} HTML-escaped; only {@code {{{content}}}} and {@code {{{body}}}}, built by escaping code, are not.
 */
final class Templates {
    /** The factory compiles each template once and keeps it. */
    private final MustacheFactory factory = new DefaultMustacheFactory("org/newsgraph/server/templates");

    /** A whole page: {@code name}'s template with {@code data}, inside the site's layout. */
    String page(String name, String title, String query, Map<String, Object> data) {
        return layout(title, query, fragment(name, data));
    }

    /** {@code content} (HTML made by {@link #fragment}) inside the site's layout. */
    String layout(String title, String query, String content) {
        return fragment("page", Map.of("title", title, "query", query == null ? "" : query, "content", content));
    }

    /** {@code name}'s template with {@code data}, without the layout. */
    String fragment(String name, Object data) {
        Mustache m = factory.compile(name + ".mustache");
        StringWriter w = new StringWriter();
        m.execute(w, data);
        return w.toString();
    }
}

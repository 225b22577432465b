package org.newsgraph.cli.commands;

import org.newsgraph.text.Words;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.document.Article;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Loaded;
import org.newsgraph.source.Problem;
import org.newsgraph.source.Source;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;

/** Reads the first articles of some inputs into memory, for measuring; problems go to stderr. */
public final class Articles {
    private Articles() {}

    public static List<Article> first(List<String> paths, InputStream stdin, int limit, PrintWriter err) {
        List<Article> out = new ArrayList<>();
        try (Source source = Sources.open(paths, stdin, SourceOptions.DEFAULTS)) {
            while (out.size() < limit && source.hasNext()) {
                Entry e = source.next();
                if (e instanceof Loaded l) out.add(l.article());
                else if (e instanceof Problem p) err.println("newsgraph: " + p.origin() + ": " + p.message());
            }
        }
        err.flush();
        return out;
    }

    public static long words(List<Article> articles) {
        long n = 0;
        for (Article a : articles) n += Words.count(a.text());
        return n;
    }
}

package org.newsgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.newsgraph.source.Entry;
import org.newsgraph.source.Source;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.source.Sources;
import scala.Tuple2;

/**
 * Reads one file of any Hadoop file system with the CLI's own readers ({@link Sources#stream}), so JSONL,
 * WARC, web pages, feeds and text, gzipped or not, give the same articles and the same problems here as
 * on one machine. The file is streamed, never held whole, but for a page's cap.
 */
final class ReadFiles implements FlatMapFunction<Tuple2<String, PortableDataStream>, Record> {
    private static final long serialVersionUID = 1L;

    private final long maxArticleBytes;

    ReadFiles(SourceOptions options) {
        this.maxArticleBytes = options.maxArticleBytes();
    }

    @Override
    public Iterator<Record> call(Tuple2<String, PortableDataStream> file) {
        String uri = file._1();
        InputStream in;
        try {
            in = file._2().open();
        } catch (RuntimeException e) {
            return List.of(Record.problem(uri, "cannot read: " + oneLine(e))).iterator();
        }
        Source source = Sources.stream(in, uri, new SourceOptions(maxArticleBytes));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (source.hasNext()) return true;
                source.close();
                closeQuietly(in);
                return false;
            }

            @Override
            public Record next() {
                Entry e = source.next();
                return Record.of(e);
            }
        };
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost when its close fails.
        }
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        String s = e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
        return s.replaceAll("\\s+", " ").strip();
    }
}

package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.newsgraph.source.SourceOptions;
import org.newsgraph.store.DatePrefix;
import org.newsgraph.store.SearchQuery;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check an option's value while the command line is parsed, so a value out of range is
 * a usage mistake (exit 2, one line naming the option and the range) before any file is read or written.
 * picocli words the line: "Invalid value for option '--threads': give 1 or more, not 0".
 */
public final class OptionValues {
    private OptionValues() {}

    /** A count of at least one: threads, passes, rounds. */
    public static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return inRange(value, 1, Integer.MAX_VALUE);
        }
    }

    /** A count where 0 means none, or all, as the option says. */
    public static final class ZeroOrMore implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return inRange(value, 0, Integer.MAX_VALUE);
        }
    }

    /** The answers of one search: 1 to {@link SearchQuery#MAX_LIMIT}. */
    public static final class SearchLimit implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return inRange(value, 1, SearchQuery.MAX_LIMIT);
        }
    }

    /**
     * The article size limit in MB: 1 to 2,147, because one article is read into one Java array, which
     * holds at most 2 GB ({@link SourceOptions}).
     */
    public static final class ArticleMegabytes implements ITypeConverter<Integer> {
        public static final int MAX = (int) ((Integer.MAX_VALUE - 16L) / SourceOptions.BYTES_PER_MB);

        @Override
        public Integer convert(String value) {
            try {
                return inRange(value, 1, MAX);
            } catch (TypeConversionException e) {
                throw new TypeConversionException(String.format(Locale.ROOT, "give 1 to %,d MB (an article is read into one Java"
                        + " array, which holds at most 2 GB), not %s", MAX, value.strip()));
            }
        }
    }

    /** A date or a prefix of one, a real one ({@link DatePrefix}). */
    public static final class Since implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            DatePrefix.problem(value).ifPresent(problem -> {
                throw new TypeConversionException(problem);
            });
            return value;
        }
    }

    /**
     * A file to write: its directory must exist, and it must not be a directory itself, so a run of minutes
     * does not end unable to write what it found.
     */
    public static final class OutputFile implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path p = Path.of(value);
            if (Files.isDirectory(p)) throw new TypeConversionException(value + " is a directory; give a file to write");
            Path dir = p.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                throw new TypeConversionException("there is no directory " + dir + " to write " + p.getFileName() + " in");
            }
            return p;
        }
    }

    private static int inRange(String value, int min, int max) {
        String v = value.strip();
        if (!v.matches("[+-]?\\d{1,18}")) {
            if (v.matches("[+-]?\\d+")) throw new TypeConversionException("give " + range(min, max) + ", not " + v);
            throw new TypeConversionException("'" + value + "' is not a whole number; give " + range(min, max));
        }
        long n = Long.parseLong(v);
        if (n < min || n > max) throw new TypeConversionException("give " + range(min, max) + ", not " + v);
        return (int) n;
    }

    private static String range(int min, int max) {
        return max == Integer.MAX_VALUE ? String.format(Locale.ROOT, "%d or more", min)
                : String.format(Locale.ROOT, "%,d to %,d", min, max);
    }
}

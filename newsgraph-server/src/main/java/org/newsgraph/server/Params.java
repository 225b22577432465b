package org.newsgraph.server;

import io.javalin.http.Context;

/** Query parameters read the way every route reads them: bounded, and a 400 naming the one that is wrong. */
final class Params {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1_000;
    /** No parameter is longer than this: a query, a name, a date. */
    static final int MAX_LENGTH = 2_000;

    private Params() {}

    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > MAX_LENGTH) throw ApiError.badRequest(name + ": longer than " + MAX_LENGTH + " characters");
        return v.strip();
    }

    /** A path parameter ({@code {id}}, {@code {key}}), bounded like the others. */
    static String path(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (v.length() > MAX_LENGTH) throw ApiError.badRequest(name + ": longer than " + MAX_LENGTH + " characters");
        return v;
    }

    static String required(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) throw ApiError.badRequest(name + ": required");
        return v;
    }

    static int limit(Context ctx) {
        return (int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    static long number(Context ctx, String name, long otherwise, long min, long max) {
        String v = text(ctx, name);
        if (v == null) return otherwise;
        try {
            long n = Long.parseLong(v);
            if (n < min || n > max) throw ApiError.badRequest(name + ": from " + min + " to " + max + ", not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": not a whole number: " + v);
        }
    }
}

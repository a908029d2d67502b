package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * The one JSON reading policy of hazlab, used by every reader in core (workspace tables, policy.json,
 * workspace.json, openFDA files, the review history, incident profiles):
 * <ul>
 *   <li>a key that appears twice in one object is an error (a second {@code "unacceptableFrom"} or
 *       {@code "class"} must not silently replace the first);</li>
 *   <li>content after the top-level value is an error ({@code cat a.json a.json} is not a valid file);</li>
 *   <li>nesting deeper than {@value #MAX_NESTING} levels, a string or key longer than {@value #MAX_STRING}
 *       characters or a number longer than {@value #MAX_NUMBER} digits is an error of the record it is in, with
 *       its location. A file read as one document ({@link #mapper()}, {@link #factory()}) fails with it. Readers
 *       of many records ({@link #recordFactory()} with {@link JsonRecordReader}) reject that record and keep the
 *       rest; there Jackson's own constraints are only a safety cap ({@value #HARD_NESTING} levels,
 *       {@value #HARD_LENGTH} characters), past which a record cannot be skipped and the file is not read on.</li>
 * </ul>
 * Errors carry line and column ({@link JsonSettingsProblem} turns them into problems).
 */
public final class StrictJson {

    /** Deepest nesting accepted (openFDA events nest 4 levels; policies and tables 3). */
    public static final int MAX_NESTING = 64;
    /** Longest string accepted, in characters (MAUDE narratives run to a few tens of thousands). */
    public static final int MAX_STRING = 1_000_000;
    /** Longest number accepted, in digits (Jackson's own default: longer ones cost time to convert). */
    public static final int MAX_NUMBER = 1000;
    /**
     * Deepest nesting a reader of many records can skip (a record deeper than {@link #MAX_NESTING} is rejected
     * alone up to this depth; past it the file is not read on).
     */
    public static final int HARD_NESTING = 10_000;
    /** Longest string, key or number a reader of many records can skip, in characters (as for nesting). */
    public static final int HARD_LENGTH = 20_000_000;

    private static final JsonFactory FACTORY = newFactory();

    private StrictJson() {
    }

    private static JsonFactory newFactory() {
        return new com.fasterxml.jackson.core.JsonFactoryBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(constraints(MAX_NESTING, MAX_STRING, MAX_NUMBER)).build();
    }

    private static StreamReadConstraints constraints(int nesting, int string, int number) {
        return StreamReadConstraints.builder().maxNestingDepth(nesting).maxStringLength(string)
                .maxNameLength(string).maxNumberLength(number).build();
    }

    /** The parser factory for streaming readers of one document (the limits are Jackson's own: it fails whole). */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A mapper builder with the policy (add the reader's own features, e.g. unknown properties fail). */
    public static JsonMapper.Builder mapper() {
        return JsonMapper.builder(newFactory()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The parser factory for readers of many records, to be read through {@link JsonRecordReader}, which checks
     * the policy's limits and duplicate keys record by record (so that the stream stays readable after a bad
     * record: after Jackson's own nesting or key length check throws, reading on fails again). Its own
     * constraints are the safety caps.
     */
    public static JsonFactory recordFactory() {
        return new com.fasterxml.jackson.core.JsonFactoryBuilder()
                .streamReadConstraints(constraints(HARD_NESTING, HARD_LENGTH, HARD_LENGTH)).build();
    }

    /**
     * For streaming readers: after the top-level value, nothing but whitespace may follow.
     *
     * @throws IOException naming the line and column of the trailing content
     */
    public static void requireEnd(JsonParser parser, String label) throws IOException {
        JsonToken next;
        try {
            next = parser.nextToken();
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new IOException(label + ":" + at.getLineNr() + ":" + at.getColumnNr()
                    + ": content after the end of the JSON document", e);
        }
        if (next != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new IOException(label + ":" + at.getLineNr() + ":" + at.getColumnNr()
                    + ": content after the end of the JSON document (a second document pasted after the first?)");
        }
    }
}

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
 *   <li>nesting deeper than {@value #MAX_NESTING} levels or a string longer than {@value #MAX_STRING} characters
 *       is an error of the record it is in, with its location; readers of many records reject that record and
 *       keep the rest.</li>
 * </ul>
 * Errors carry line and column ({@link JsonSettingsProblem} turns them into problems).
 */
public final class StrictJson {

    /** Deepest nesting accepted (openFDA events nest 4 levels; policies and tables 3). */
    public static final int MAX_NESTING = 64;
    /** Longest string accepted, in characters (MAUDE narratives run to a few tens of thousands). */
    public static final int MAX_STRING = 1_000_000;

    private static final JsonFactory FACTORY = newFactory();

    private StrictJson() {
    }

    private static JsonFactory newFactory() {
        return limits(new com.fasterxml.jackson.core.JsonFactoryBuilder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }

    private static JsonFactory limits(com.fasterxml.jackson.core.JsonFactoryBuilder builder) {
        return builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                        .maxStringLength(MAX_STRING).build())
                .build();
    }

    /** The parser factory for streaming readers. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** A mapper builder with the policy (add the reader's own features, e.g. unknown properties fail). */
    public static JsonMapper.Builder mapper() {
        return JsonMapper.builder(newFactory()).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The parser factory for readers of many records that check duplicate keys per record themselves (so that
     * the stream stays readable after a bad record): the policy's limits, without the streaming duplicate check.
     */
    public static JsonFactory recordFactory() {
        return limits(new com.fasterxml.jackson.core.JsonFactoryBuilder());
    }

    /**
     * For readers that take many records from one stream and reject a bad one alone: the same policy, with
     * duplicate keys detected as each record's tree is built, which leaves the stream readable at the next
     * record (the streaming check stops the parser in the middle of the key).
     */
    public static JsonMapper recordMapper() {
        return JsonMapper.builder(limits(new com.fasterxml.jackson.core.JsonFactoryBuilder()))
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
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

package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Reads the records of a JSON stream that holds many (a workspace table's rows, openFDA's events) under the
 * reading policy's limits ({@link StrictJson#MAX_NESTING} levels, {@link StrictJson#MAX_STRING} characters in a
 * string or key, {@link StrictJson#MAX_NUMBER} digits), so that a record over them is rejected alone: the limits
 * are checked here, token by token, and after a {@link RejectedRecord} {@link #skipRest()} moves the parser to
 * the record's end by nesting depth. Jackson itself is not asked to enforce them, because after it throws for a
 * nesting or key length limit its parser cannot be read on (the next tokens fail again): its constraints on such
 * streams ({@link StrictJson#recordFactory()}) are the far higher safety caps, past which the file is not read on.
 */
public final class JsonRecordReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonParser parser;
    private final String label;
    /** The parser's nesting depth outside the current record. */
    private int outside;

    /** Reads {@code parser}'s records (made by {@link StrictJson#recordFactory()}); {@code label} names the file. */
    public JsonRecordReader(JsonParser parser, String label) {
        this.parser = parser;
        this.label = label;
    }

    /**
     * Starts a record at the parser's current token (its first) and checks that token.
     *
     * @throws RejectedRecord when that token is already over a limit (call {@link #skipRest()} and go on)
     */
    public JsonToken begin() throws IOException, RejectedRecord {
        JsonToken token = parser.currentToken();
        int depth = parser.getParsingContext().getNestingDepth();
        outside = token != null && token.isStructStart() ? depth - 1 : depth;
        check(token);
        return token;
    }

    /**
     * The record's next token, checked against the limits.
     *
     * @throws RejectedRecord for a token over a limit (call {@link #skipRest()} and go on)
     * @throws IOException    for invalid JSON, or past the safety caps (named with line and column)
     */
    public JsonToken next() throws IOException, RejectedRecord {
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw beyondCap(e);
        }
        check(token);
        return token;
    }

    /** After a rejection: on to the record's last token, without looking at what is skipped. */
    public void skipRest() throws IOException {
        try {
            while (parser.getParsingContext().getNestingDepth() > outside) {
                if (parser.nextToken() == null) {
                    return;
                }
            }
        } catch (StreamConstraintsException e) {
            throw beyondCap(e);
        }
    }

    /**
     * The record that starts at the parser's current token, as a tree; a key twice in one object rejects it.
     *
     * @throws RejectedRecord when the record breaks the policy (call {@link #skipRest()} and go on)
     */
    public JsonNode readTree() throws IOException, RejectedRecord {
        return value(begin());
    }

    /**
     * Where a whole document first breaks the limits: Jackson's own check of them (in a file read as one document)
     * names no position, so the text is read again here to find it.
     */
    static Optional<RejectedRecord> firstOverLimit(String text) {
        try (JsonParser parser = StrictJson.recordFactory().createParser(text)) {
            if (parser.nextToken() != null) {
                new JsonRecordReader(parser, "").readTree();
            }
            return Optional.empty();
        } catch (RejectedRecord rejected) {
            return Optional.of(rejected);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private JsonNode value(JsonToken token) throws IOException, RejectedRecord {
        if (token == null) {
            throw new IOException(location(parser.currentLocation()) + ": the file ends inside a record");
        }
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (next() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    if (object.has(key)) {
                        throw new RejectedRecord(parser.currentTokenLocation(), "the key \"" + key
                                + "\" appears twice in one object", "each key once per object");
                    }
                    object.set(key, value(next()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken element;
                while ((element = next()) != JsonToken.END_ARRAY) {
                    array.add(value(element));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw new IOException(location(parser.currentTokenLocation()) + ": not a JSON value");
        }
    }

    private void check(JsonToken token) throws IOException, RejectedRecord {
        if (token == null) {
            return;
        }
        switch (token) {
            case START_OBJECT, START_ARRAY -> {
                if (parser.getParsingContext().getNestingDepth() > StrictJson.MAX_NESTING) {
                    throw new RejectedRecord(parser.currentTokenLocation(), "nested deeper than "
                            + count(StrictJson.MAX_NESTING) + " levels",
                            "at most " + count(StrictJson.MAX_NESTING) + " levels of nesting");
                }
            }
            case VALUE_STRING -> limit(StrictJson.MAX_STRING, "a string of ", " characters");
            case FIELD_NAME -> limit(StrictJson.MAX_STRING, "a key of ", " characters");
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> limit(StrictJson.MAX_NUMBER, "a number of ", " digits");
            default -> {
            }
        }
    }

    private void limit(int most, String what, String unit) throws IOException, RejectedRecord {
        int length;
        try {
            length = parser.getTextLength();
        } catch (StreamConstraintsException e) {
            throw beyondCap(e);
        }
        if (length > most) {
            throw new RejectedRecord(parser.currentTokenLocation(), what + count(length) + unit,
                    what + "at most " + count(most) + unit);
        }
    }

    /** Past Jackson's safety caps a record cannot even be skipped: the file is not read on, and says where. */
    private IOException beyondCap(StreamConstraintsException e) {
        return new IOException(location(parser.currentLocation()) + ": " + JsonMessages.plain(e)
                + ", more than hazlab reads at all (a record over the reading limits is rejected alone, but one this"
                + " far over cannot be skipped, so the rest of the file is not read)", e);
    }

    private String location(JsonLocation at) {
        return label + ":" + Math.max(0, at.getLineNr()) + ":" + Math.max(0, at.getColumnNr());
    }

    private static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}

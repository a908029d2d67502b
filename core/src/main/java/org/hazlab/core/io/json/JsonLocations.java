package org.hazlab.core.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.hazlab.core.problem.SourceLocation;

/**
 * Where each value of a small JSON document (a settings file) starts, by JSON pointer ({@code /severity/2/harm}),
 * so that a content error found after binding ("unacceptableFrom names no zone") carries line and column like a
 * syntax error does. A pointer that is not in the document gives its nearest enclosing value's location.
 */
public final class JsonLocations {

    private final String label;
    private final Map<String, SourceLocation> byPointer = new HashMap<>();

    private JsonLocations(String label) {
        this.label = label;
    }

    /** The locations of a document already known to parse (under the strict policy). */
    public static JsonLocations of(String text, String label) {
        JsonLocations locations = new JsonLocations(label);
        try (JsonParser parser = StrictJson.factory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.FIELD_NAME) {
                    pointer = pointer.isEmpty() ? "/" + parser.currentName() : pointer;
                }
                JsonLocation at = parser.currentTokenLocation();
                locations.byPointer.putIfAbsent(pointer,
                        new SourceLocation(label, at.getLineNr(), at.getColumnNr()));
            }
        } catch (IOException e) {
            // a document that does not parse has no content errors to locate; the file location is used
        }
        return locations;
    }

    /** The location of the value at a pointer, or of the nearest enclosing one, or of the file. */
    public SourceLocation at(String pointer) {
        String path = pointer;
        while (!path.isEmpty()) {
            SourceLocation found = byPointer.get(path);
            if (found != null) {
                return found;
            }
            int slash = path.lastIndexOf('/');
            path = slash <= 0 ? "" : path.substring(0, slash);
        }
        return byPointer.getOrDefault("", SourceLocation.of(label, 1));
    }
}

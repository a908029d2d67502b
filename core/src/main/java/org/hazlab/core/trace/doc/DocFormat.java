package org.hazlab.core.trace.doc;

import java.util.function.Supplier;

/** The formats a traceability command prints: text for people, json for machines, md to paste into a document. */
public enum DocFormat {
    text, json, md;

    /** The document in this format; the JSON content is built only when asked for. */
    public String render(Doc doc, Supplier<Object> json) {
        return switch (this) {
            case text -> DocText.render(doc);
            case md -> DocMarkdown.render(doc);
            case json -> DocJson.write(json.get());
        };
    }
}

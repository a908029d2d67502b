package org.hazlab.core.classify;

import java.util.List;
import org.hazlab.core.model.SafetyModel;

/**
 * A way of classifying a software system, so that analysts can compare IEC 62304 with other regimes on the same
 * inputs. A new scheme (for example the rigour levels of IEC 62304 edition 2) is one class implementing this
 * interface and one line in {@code registry.SchemeRegistry.standard()}.
 */
public interface ClassificationScheme {

    /** Short stable id used on the command line and in JSON ("62304", "imdrf"). */
    String id();

    /** Name for people ("IEC 62304:2006+A1:2015"). */
    String displayName();

    /** The categories this scheme assigns, lowest first ("A", "B", "C"). */
    List<String> categories();

    /** The workspace attributes ({@code SystemProfile.attributes()} keys) the scheme reads; empty if none. */
    default List<String> attributes() {
        return List.of();
    }

    /** Classifies every item and the system. Never throws on missing inputs: it reports them as undetermined. */
    ClassificationResult classify(SafetyModel model);
}

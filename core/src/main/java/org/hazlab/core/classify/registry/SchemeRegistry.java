package org.hazlab.core.classify.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hazlab.core.classify.ClassificationScheme;
import org.hazlab.core.classify.iec62304.Iec62304Edition2006Scheme;
import org.hazlab.core.classify.iec62304.Iec62304Scheme;
import org.hazlab.core.classify.schemes.FdaDocumentationLevelScheme;
import org.hazlab.core.classify.schemes.ImdrfScheme;
import org.hazlab.core.classify.schemes.MdrRule11Scheme;

/**
 * The schemes known by id, in a fixed order (the default first). Immutable: {@link #with} returns a new registry,
 * so adding a scheme in a script cannot change what another session sees.
 */
public final class SchemeRegistry {

    /** Id of the default scheme, IEC 62304:2006+A1:2015. */
    public static final String DEFAULT_ID = Iec62304Scheme.ID;

    private static final SchemeRegistry STANDARD = new SchemeRegistry(List.of(
            new Iec62304Scheme(), new Iec62304Edition2006Scheme(), new ImdrfScheme(), new MdrRule11Scheme(),
            new FdaDocumentationLevelScheme()));

    private final Map<String, ClassificationScheme> byId = new LinkedHashMap<>();

    private SchemeRegistry(List<ClassificationScheme> schemes) {
        schemes.forEach(scheme -> {
            if (byId.putIfAbsent(scheme.id(), scheme) != null) {
                throw new IllegalArgumentException("two schemes with id " + scheme.id());
            }
        });
    }

    /** The five built-in schemes: 62304, 62304-2006, imdrf, mdr11, fda. */
    public static SchemeRegistry standard() {
        return STANDARD;
    }

    /** A registry with one more scheme, appended. */
    public SchemeRegistry with(ClassificationScheme scheme) {
        List<ClassificationScheme> all = new ArrayList<>(byId.values());
        all.add(scheme);
        return new SchemeRegistry(all);
    }

    public Optional<ClassificationScheme> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The scheme with this id; the message lists the known ids. */
    public ClassificationScheme require(String id) {
        ClassificationScheme scheme = byId.get(id);
        if (scheme == null) {
            throw new IllegalArgumentException("unknown classification scheme '" + id + "'; known: " + ids());
        }
        return scheme;
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public List<ClassificationScheme> schemes() {
        return List.copyOf(byId.values());
    }
}

package org.hazlab.core.classify.activities;

import java.util.EnumSet;
import java.util.Set;
import org.hazlab.core.classify.SafetyClass;

/**
 * One clause of IEC 62304 and the software safety classes it applies to (Table A.1).
 *
 * @param clause  clause number, e.g. "5.3.5"
 * @param title   the clause's public title
 * @param process the process it belongs to, e.g. "5.3 Software architectural design"
 * @param classes the classes that must perform it
 */
public record Activity(String clause, String title, String process, Set<SafetyClass> classes) {

    public Activity {
        classes = classes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(classes));
    }

    public boolean requiredFor(SafetyClass safetyClass) {
        return classes.contains(safetyClass);
    }

    /** "A B C", "B C" or "C". */
    public String classesWords() {
        return String.join(" ", EnumSet.copyOf(classes).stream().map(Enum::name).toList());
    }
}

package org.hazlab.core.problem;

/** How bad a problem is: errors make a workspace invalid (exit 1), warnings and notes are shown but pass. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

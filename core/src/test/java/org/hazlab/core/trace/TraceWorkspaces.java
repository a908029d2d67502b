package org.hazlab.core.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Small workspaces written by the tests: one top-level item X (class C) with three parts of class A, B and C (A and B segregated, each with its
 * own hazard and no external control), one software control per item, and the traceability tables given.
 */
public final class TraceWorkspaces {

    private TraceWorkspaces() {
    }

    public static Path abc(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, "items.csv", """
                id,name,parent,segregated,segregation_rationale
                X,The software,,no,
                X-A,Item of class A,X,yes,own processor
                X-B,Item of class B,X,yes,own processor
                X-C,Item of class C,X,no,
                """);
        write(folder, "hazards.csv", """
                id,title,items,severity,probability,controls
                HZ-A,a nuisance,X-A,Negligible,Remote,RC-A
                HZ-B,a minor injury,X-B,Minor,Remote,RC-B
                HZ-C,a serious injury,X-C,Critical,Remote,RC-C
                """);
        write(folder, "controls.csv", """
                id,description,kind,implemented_by
                RC-A,check A,software,X-A
                RC-B,check B,software,X-B
                RC-C,check C,software,X-C
                """);
        return folder;
    }

    public static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }
}

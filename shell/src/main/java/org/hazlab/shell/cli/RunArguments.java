package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks the arguments of {@code hazlab run} before anything runs, so that a wrong argument is a usage error
 * (exit 2) naming the argument and what is wrong with it, not a failure blamed on a script line: a script that is
 * missing, a folder, unreadable or not text; {@code --out} naming a file or a folder that cannot be written;
 * {@code --notebook} in such a place; {@code -p} without a name.
 */
final class RunArguments {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private RunArguments() {
    }

    /** The problem with the arguments, as one sentence naming the argument, or null when they are fine. */
    static String problem(Path script, Map<String, String> parameters, Path out, Path notebook) {
        String scriptProblem = script(script);
        if (scriptProblem != null) {
            return "SCRIPT '" + script + "': " + scriptProblem;
        }
        for (String name : parameters.keySet()) {
            if (!NAME.matcher(name).matches()) {
                return "-p '" + name + "=" + parameters.get(name) + "': expected NAME=VALUE where NAME is a variable "
                        + "name (letters, digits, _; not starting with a digit), e.g. -p period=2026-Q3";
            }
        }
        if (out != null) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                return "--out '" + out + "': is a file; --out takes a folder (created if needed)";
            }
            String place = writable(out);
            if (place != null) {
                return "--out '" + out + "': " + place;
            }
        }
        if (notebook != null) {
            if (Files.isDirectory(notebook)) {
                return "--notebook '" + notebook + "': is a folder; give a file name such as reports/run.ipynb";
            }
            Path parent = notebook.toAbsolutePath().getParent();
            String place = parent == null ? null : writable(parent);
            if (place != null) {
                return "--notebook '" + notebook + "': " + place;
            }
        }
        return null;
    }

    private static String script(Path script) {
        if (!Files.exists(script)) {
            return "no such file";
        }
        if (Files.isDirectory(script)) {
            return "is a folder; give a .groovy script, an .ipynb notebook or a saved .md session";
        }
        if (!Files.isReadable(script)) {
            return "cannot be read (no permission)";
        }
        try (InputStream in = Files.newInputStream(script)) {
            byte[] head = in.readNBytes(64 * 1024);
            for (byte b : head) {
                if (b == 0) {
                    return "is not a text file (it has binary content)";
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(script)));
        } catch (CharacterCodingException e) {
            return "is not UTF-8 text; save it as UTF-8";
        } catch (IOException e) {
            return "cannot be read (" + (e.getMessage() == null ? "input/output error" : e.getMessage()) + ")";
        }
        return null;
    }

    /** Why files cannot be written in this folder (or the folders it would create), or null when they can. */
    private static String writable(Path folder) {
        Path existing = folder.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return "no such place";
        }
        if (!Files.isDirectory(existing)) {
            return "'" + existing + "' is a file, so no folder can be made there";
        }
        if (!Files.isWritable(existing)) {
            return "the folder '" + existing + "' is not writable";
        }
        return null;
    }
}

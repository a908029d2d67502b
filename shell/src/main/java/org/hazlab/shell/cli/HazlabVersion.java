package org.hazlab.shell.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/** The version of hazlab as built (filtered into a resource by Maven), and the runtime it runs on. */
public final class HazlabVersion implements CommandLine.IVersionProvider {

    private static final String NUMBER = load();

    public static String number() {
        return NUMBER;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "hazlab " + NUMBER,
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    private static String load() {
        try (InputStream in = HazlabVersion.class.getResourceAsStream("/org/hazlab/shell/hazlab-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.hazlab.dsl.session;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What compiling one cell left behind, kept in a {@link CellCache} entry: the bytecode of every class the cell
 * compiled to (its script class, closures, classes it declares), which of them is the cell's main class, the
 * imports it added for the cells after it, and whether it ended with an assignment (so its value is not shown).
 * With these the session defines the classes and carries on exactly as after compiling the text.
 *
 * <p>The entry's bytes end with their own SHA-256, so a file cut short or changed on disk is told apart from a
 * valid entry and compiled again instead of loaded.
 */
record CompiledCell(String mainClass, boolean endsWithAssignment, List<ImportMemory.Import> imports,
                    List<ClassBytes> classes) {

    private static final int MAGIC = 0x485a4345; // "HZCE"
    private static final int FORMAT = 1;
    private static final int MAX_CLASS_BYTES = 64 << 20;
    private static final int MAX_ENTRIES = 100_000;

    CompiledCell {
        imports = List.copyOf(imports);
        classes = List.copyOf(classes);
    }

    /** One class's name and bytecode. */
    record ClassBytes(String name, byte[] bytes) {
    }

    /** The entry's bytes for the cell whose chained key is {@code key}. */
    byte[] encode(String key) {
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(buffer);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeUTF(key);
            out.writeUTF(mainClass);
            out.writeBoolean(endsWithAssignment);
            out.writeInt(imports.size());
            for (ImportMemory.Import entry : imports) {
                out.writeUTF(entry.kind().name());
                out.writeUTF(entry.alias() == null ? "" : entry.alias());
                out.writeUTF(entry.name());
                out.writeUTF(entry.field() == null ? "" : entry.field());
            }
            out.writeInt(classes.size());
            for (ClassBytes type : classes) {
                out.writeUTF(type.name());
                out.writeInt(type.bytes().length);
                out.write(type.bytes());
            }
            out.flush();
            byte[] body = buffer.toByteArray();
            byte[] whole = Arrays.copyOf(body, body.length + 32);
            System.arraycopy(sha256(body), 0, whole, body.length, 32);
            return whole;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a byte array does not fail
        }
    }

    /**
     * The cell kept in {@code bytes}, or empty when they are not a whole, unchanged entry of this format for
     * {@code key} (cut short, edited, another version's format, another cell's key).
     */
    static Optional<CompiledCell> decode(byte[] bytes, String key) {
        if (bytes.length < 32 + 8) {
            return Optional.empty();
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - 32);
        if (!MessageDigest.isEqual(sha256(body), Arrays.copyOfRange(bytes, body.length, bytes.length))) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String mainClass = in.readUTF();
            boolean endsWithAssignment = in.readBoolean();
            int importCount = count(in.readInt());
            List<ImportMemory.Import> imports = new ArrayList<>(importCount);
            for (int i = 0; i < importCount; i++) {
                ImportMemory.Kind kind = ImportMemory.Kind.valueOf(in.readUTF());
                String alias = in.readUTF();
                String name = in.readUTF();
                String field = in.readUTF();
                imports.add(new ImportMemory.Import(kind, alias.isEmpty() ? null : alias, name,
                        field.isEmpty() ? null : field));
            }
            int classCount = count(in.readInt());
            List<ClassBytes> classes = new ArrayList<>(classCount);
            for (int i = 0; i < classCount; i++) {
                String name = in.readUTF();
                int length = in.readInt();
                if (length < 0 || length > MAX_CLASS_BYTES) {
                    return Optional.empty();
                }
                byte[] code = in.readNBytes(length);
                if (code.length != length) {
                    return Optional.empty();
                }
                classes.add(new ClassBytes(name, code));
            }
            if (in.available() != 0 || classes.stream().noneMatch(c -> c.name().equals(mainClass))) {
                return Optional.empty();
            }
            return Optional.of(new CompiledCell(mainClass, endsWithAssignment, imports, classes));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // checked above, so only a format this version does not know gets here
        }
    }

    private static int count(int value) throws IOException {
        if (value < 0 || value > MAX_ENTRIES) {
            throw new IOException("count out of range: " + value);
        }
        return value;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}

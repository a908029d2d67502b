package org.hazlab.dsl.session;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * The imports every cell sees: the session's default star imports plus every {@code import} a cell declared,
 * so an import typed once in a notebook holds for the rest of the session, as in JShell.
 *
 * <p>Why this owns the imports instead of feeding Groovy's {@code ImportCustomizer}: the customizer writes its
 * imports into each cell's module, and reading the module's imports back then re-remembered the session's own
 * imports, doubling them on every cell (cell 30 never finished compiling). Here the imports are kept once each,
 * keyed by what they import, and a cell's own imports are read before the remembered ones are added. The
 * imports of a cell are kept only once the cell compiled ({@link #commit}); {@link #size()} lets tests check
 * that what carries between cells stays bounded.
 */
final class ImportMemory extends CompilationCustomizer {

    private final Map<String, Import> remembered = new LinkedHashMap<>();
    private final List<Import> pending = new ArrayList<>();

    ImportMemory(Collection<String> defaultStarImports) {
        super(CompilePhase.CONVERSION);
        defaultStarImports.forEach(pkg -> remember(new Import(Kind.STAR, null, pkg, null)));
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = source.getAST();
        if (module == null || !classNode.isScript()) {
            return;
        }
        pending.clear();
        for (ImportNode node : module.getImports()) {
            pending.add(new Import(Kind.SINGLE, node.getAlias(), node.getClassName(), null));
        }
        for (ImportNode node : module.getStarImports()) {
            String name = node.getPackageName();
            pending.add(new Import(Kind.STAR, null, name.endsWith(".") ? name.substring(0, name.length() - 1) : name,
                    null));
        }
        module.getStaticImports().forEach((alias, node) ->
                pending.add(new Import(Kind.STATIC, alias, node.getClassName(), node.getFieldName())));
        module.getStaticStarImports().forEach((alias, node) ->
                pending.add(new Import(Kind.STATIC_STAR, null, node.getClassName(), null)));
        for (Import existing : remembered.values()) {
            if (!pending.contains(existing)) {
                existing.addTo(module);
            }
        }
    }

    /** Keeps the imports of the cell that just compiled (each once). */
    void commit() {
        pending.forEach(this::remember);
        pending.clear();
    }

    /** Keeps the imports a cell compiled earlier added (kept with it in a {@link CellCache}). */
    void commit(List<Import> imports) {
        imports.forEach(this::remember);
    }

    /** The imports of the cell being compiled, kept by {@link #commit()}. */
    List<Import> pending() {
        return List.copyOf(pending);
    }

    /** Forgets the imports of a cell that did not compile. */
    void discard() {
        pending.clear();
    }

    /** How many distinct imports the session carries (the defaults included). */
    int size() {
        return remembered.size();
    }

    private void remember(Import entry) {
        remembered.putIfAbsent(entry.key(), entry);
    }

    enum Kind { SINGLE, STAR, STATIC, STATIC_STAR }

    record Import(Kind kind, String alias, String name, String field) {

        String key() {
            return kind + " " + name + (field == null ? "" : "." + field) + (alias == null ? "" : " as " + alias);
        }

        void addTo(ModuleNode module) {
            switch (kind) {
                case SINGLE -> module.addImport(alias, ClassHelper.make(name));
                case STAR -> module.addStarImport(name + ".");
                case STATIC -> module.addStaticImport(ClassHelper.make(name), field, alias);
                case STATIC_STAR -> module.addStaticStarImport(name, ClassHelper.make(name));
            }
        }
    }
}

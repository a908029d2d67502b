package org.hazlab.dsl.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.ImportNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * Remembers the imports a cell declares so that later cells see them too: an {@code import} typed once in a
 * notebook holds for the rest of the session, as in JShell. The imports of a cell are kept only once the cell
 * compiled ({@link #commit}).
 */
final class ImportMemory extends CompilationCustomizer {

    private final ImportCustomizer target;
    private final List<Consumer<ImportCustomizer>> pending = new ArrayList<>();

    ImportMemory(ImportCustomizer target) {
        super(CompilePhase.CONVERSION);
        this.target = target;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        ModuleNode module = source.getAST();
        if (module == null || !classNode.isScript()) {
            return;
        }
        for (ImportNode node : module.getImports()) {
            String alias = node.getAlias();
            String className = node.getClassName();
            pending.add(imports -> imports.addImport(alias, className));
        }
        for (ImportNode node : module.getStarImports()) {
            String name = node.getPackageName();
            String pkg = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
            pending.add(imports -> imports.addStarImports(pkg));
        }
        module.getStaticImports().forEach((alias, node) -> {
            String className = node.getClassName();
            String field = node.getFieldName();
            pending.add(imports -> imports.addStaticImport(alias, className, field));
        });
        module.getStaticStarImports().forEach((alias, node) -> {
            String className = node.getClassName();
            pending.add(imports -> imports.addStaticStars(className));
        });
    }

    /** Keeps the imports of the cell that just compiled. */
    void commit() {
        pending.forEach(action -> action.accept(target));
        pending.clear();
    }

    /** Forgets the imports of a cell that did not compile. */
    void discard() {
        pending.clear();
    }
}

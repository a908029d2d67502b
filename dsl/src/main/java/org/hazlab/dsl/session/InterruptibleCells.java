package org.hazlab.dsl.session;

import groovy.transform.CompilationUnitAware;
import groovy.transform.ThreadInterrupt;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.ASTTransformationCustomizer;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;

/**
 * Applies {@code @ThreadInterrupt} to every compiled cell, so that {@link Session#interrupt()} stops a loop, but
 * builds Groovy's {@link ASTTransformationCustomizer} for it only when a cell is compiled. Building it at once
 * cost every session about 0.15 s (a Groovy class with its meta-class, and the transformation's classes), which
 * a run whose cells all come from the cell cache never needs.
 */
final class InterruptibleCells extends CompilationCustomizer implements CompilationUnitAware {

    /** The phase Groovy's {@code ThreadInterruptibleASTTransformation} declares (checked by a test). */
    static final CompilePhase PHASE = CompilePhase.CANONICALIZATION;

    private ASTTransformationCustomizer transformation;
    private CompilationUnit unit;

    InterruptibleCells() {
        super(PHASE);
    }

    @Override
    public void setCompilationUnit(CompilationUnit unit) {
        this.unit = unit;
        if (transformation != null) {
            transformation.setCompilationUnit(unit);
        }
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (transformation == null) {
            transformation = new ASTTransformationCustomizer(ThreadInterrupt.class);
            transformation.setCompilationUnit(unit);
        }
        transformation.call(source, context, classNode);
    }
}

package org.hazlab.dsl.session;

import java.util.ArrayList;
import java.util.List;
import org.codehaus.groovy.ast.ClassHelper;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.BinaryExpression;
import org.codehaus.groovy.ast.expr.CastExpression;
import org.codehaus.groovy.ast.expr.ConstantExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.EmptyExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MethodPointerExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.ast.stmt.BlockStatement;
import org.codehaus.groovy.ast.stmt.ExpressionStatement;
import org.codehaus.groovy.ast.stmt.Statement;
import org.codehaus.groovy.classgen.GeneratorContext;
import org.codehaus.groovy.control.CompilePhase;
import org.codehaus.groovy.control.SourceUnit;
import org.codehaus.groovy.control.customizers.CompilationCustomizer;
import org.codehaus.groovy.syntax.Token;
import org.codehaus.groovy.syntax.Types;

/**
 * Makes a top-level {@code def x = ...} (or {@code String x = ...}) of a cell an assignment to the session's
 * binding, so the variable is visible in the next cell, as users of notebooks and JShell expect. Plain Groovy
 * scripts keep such declarations local to one run. Declarations inside blocks, closures and methods stay local;
 * annotated declarations ({@code @BaseScript}, {@code @Field}) are left to their transforms. A typed declaration
 * keeps its conversion as a cast of the value. A method defined in a cell ({@code def f(x) { ... }}) is also put
 * in the binding, as a method pointer, so later cells can call it: Groovy scripts call a closure variable of
 * their binding when they have no method of that name.
 */
final class DeclarationsToBinding extends CompilationCustomizer {

    private boolean endsWithAssignment;

    DeclarationsToBinding() {
        super(CompilePhase.CONVERSION);
    }

    /** Whether the last script compiled ended with a declaration or an assignment (its value is not shown). */
    boolean endsWithAssignment() {
        return endsWithAssignment;
    }

    /** Sets what {@link #endsWithAssignment()} says for a cell that was compiled earlier, not now. */
    void restore(boolean cellEndsWithAssignment) {
        endsWithAssignment = cellEndsWithAssignment;
    }

    @Override
    public void call(SourceUnit source, GeneratorContext context, ClassNode classNode) {
        if (!classNode.isScript()) {
            return;
        }
        endsWithAssignment = false;
        MethodNode run = classNode.getMethod("run", Parameter.EMPTY_ARRAY);
        if (run == null || !(run.getCode() instanceof BlockStatement block)) {
            return;
        }
        List<Statement> statements = block.getStatements();
        List<Statement> pointers = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        for (MethodNode method : classNode.getMethods()) {
            String name = method.getName();
            if (method.getLineNumber() > 0 && method.isPublic() && !method.isStatic() && !name.equals("run")
                    && !name.equals("main") && named.add(name)) {
                MethodPointerExpression pointer = new MethodPointerExpression(VariableExpression.THIS_EXPRESSION,
                        new ConstantExpression(name));
                Token assign = Token.newSymbol(Types.ASSIGN, -1, -1);
                pointers.add(new ExpressionStatement(new BinaryExpression(new VariableExpression(name), assign,
                        pointer)));
            }
        }
        statements.addAll(0, pointers);
        endsWithAssignment = !statements.isEmpty() && statements.get(statements.size() - 1)
                instanceof ExpressionStatement last && last.getExpression() instanceof BinaryExpression binary
                && (binary instanceof DeclarationExpression || binary.getOperation().getType() == Types.ASSIGN);
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i) instanceof ExpressionStatement statement
                    && statement.getExpression() instanceof DeclarationExpression declaration
                    && declaration.getAnnotations().isEmpty()) {
                ExpressionStatement replacement = new ExpressionStatement(assignment(declaration));
                replacement.setSourcePosition(statement);
                replacement.copyStatementLabels(statement);
                statements.set(i, replacement);
            }
        }
    }

    private static Expression assignment(DeclarationExpression declaration) {
        Expression right = declaration.getRightExpression();
        Token assign = Token.newSymbol(Types.ASSIGN, declaration.getLineNumber(), declaration.getColumnNumber());
        Expression left;
        if (declaration.isMultipleAssignmentDeclaration()) {
            List<Expression> names = new ArrayList<>();
            for (Expression e : declaration.getTupleExpression().getExpressions()) {
                VariableExpression variable = (VariableExpression) e;
                names.add(located(new VariableExpression(variable.getName()), variable));
            }
            left = located(new TupleExpression(names), declaration.getLeftExpression());
        } else {
            VariableExpression variable = declaration.getVariableExpression();
            left = located(new VariableExpression(variable.getName()), variable);
            if (right == null || right instanceof EmptyExpression) {
                right = located(new ConstantExpression(null), declaration);
            }
            ClassNode type = variable.getOriginType();
            if (type != null && !ClassHelper.isDynamicTyped(type) && !ClassHelper.OBJECT_TYPE.equals(type)) {
                right = located(new CastExpression(ClassHelper.getWrapper(type), right), right);
            }
        }
        return located(new BinaryExpression(left, assign, right), declaration);
    }

    private static <T extends Expression> T located(T expression, Expression from) {
        expression.setSourcePosition(from);
        return expression;
    }
}

package org.hazlab.dsl.session;

import groovy.lang.Binding;
import groovy.lang.GroovyCodeSource;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.MultipleCompilationErrorsException;
import org.codehaus.groovy.runtime.InvokerHelper;

/**
 * The evaluator shared by the REPL and headless runs: one Groovy binding across cells, each cell compiled on
 * its own (at its line of the user's file, so errors name that line) and run with its output captured. A
 * top-level {@code def} in one cell is visible in the next, imports carry over, and a failing cell leaves the
 * variables as they were. Nothing here knows of terminals.
 *
 * <p>One cell runs at a time; {@link #evaluate} is called from one thread, while {@link #interrupt()} may be
 * called from any other (loops and closures check for interruption).
 */
public final class Session {

    /** Star imports every cell has, so scripts can name tables and model types without imports. */
    public static final List<String> DEFAULT_STAR_IMPORTS = List.of("tech.tablesaw.api", "org.hazlab.core.model",
            "org.hazlab.core.classify", "org.hazlab.core.whatif", "org.hazlab.dsl", "groovy.transform");

    private static final String DEFAULT_BASE = "org.hazlab.dsl.HazlabScript";

    private final SessionOptions options;
    private final String baseClass;
    private final SessionContext context;
    private final CellCache cache;
    private final List<CompiledCell.ClassBytes> compiledNow = new java.util.ArrayList<>();
    private String chainKey;
    private boolean lastFromCache;
    private Binding binding;
    private ImportMemory importMemory;
    private DeclarationsToBinding declarations;
    private CellClassLoader loader;
    private List<Class<?>> cellClasses = List.of();
    private volatile Thread running;
    private int cellsCompiled;
    private int promptCount;

    /** A session whose cells have the hazlab DSL ({@code org.hazlab.dsl.HazlabScript}) as base script. */
    public Session(SessionOptions options) {
        this(options, DEFAULT_BASE, CellCache.NONE);
    }

    /**
     * A session with the hazlab DSL whose compiled cells are kept in {@code cache} and taken from it when the
     * same cells run again ({@code hazlab run} of a script run before).
     */
    public Session(SessionOptions options, CellCache cache) {
        this(options, DEFAULT_BASE, cache);
    }

    /**
     * A session with another base script class (a subclass of {@link SessionScript}).
     *
     * @param baseScriptClass fully qualified name of the base script class
     */
    public Session(SessionOptions options, String baseScriptClass) {
        this(options, baseScriptClass, CellCache.NONE);
    }

    private Session(SessionOptions options, String baseScriptClass, CellCache cache) {
        this.options = options;
        this.baseClass = baseScriptClass;
        this.context = new SessionContext(options);
        this.cache = cache;
        reset();
    }

    /** Per-session state shared with the running cells (e.g. {@link LoadProgress}), created on first use. */
    public <T> T state(Class<T> type, java.util.function.Supplier<T> create) {
        return context.state(type, create);
    }

    public SessionOptions options() {
        return options;
    }

    /**
     * Forgets every variable and import, then sets the options' parameters again: the state of a new session.
     * Must not be called while a cell runs.
     */
    public synchronized void reset() {
        context.clearState();
        binding = new Binding();
        options.parameters().forEach(binding::setVariable);
        importMemory = new ImportMemory(DEFAULT_STAR_IMPORTS);
        CompilerConfiguration config = new CompilerConfiguration();
        config.setScriptBaseClass(baseClass);
        config.setSourceEncoding("UTF-8");
        declarations = new DeclarationsToBinding();
        config.addCompilationCustomizers(importMemory, declarations, new InterruptibleCells());
        config.setBytecodePostprocessor((name, bytecode) -> {
            compiledNow.add(new CompiledCell.ClassBytes(name, bytecode));
            return bytecode;
        });
        loader = new CellClassLoader(Session.class.getClassLoader(), config);
        promptCount = 0;
        chainKey = cache.enabled() ? cache.start(baseClass, DEFAULT_STAR_IMPORTS) : null;
    }

    /**
     * Evaluates text typed at a prompt as the next cell (its lines count from 1). The REPL's entry point.
     */
    public CellResult evaluate(String source) {
        return evaluate(new Cell(promptCount++, Cell.Kind.CODE, source, 1));
    }

    /**
     * Evaluates one cell. Markdown and blank cells do nothing and succeed. Never throws for errors in the
     * cell: they come back in {@link CellResult#error()}, located at the user's line.
     */
    public CellResult evaluate(Cell cell) {
        if (!cell.isCode() || cell.isBlank()) {
            return new CellResult(cell, null, "", "", null, Duration.ZERO, false, false);
        }
        StringWriter out = new StringWriter();
        StringWriter messages = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter messageWriter = new PrintWriter(messages, true);
        context.redirect(outWriter, messageWriter);
        long start = System.nanoTime();
        Object value = null;
        CellError error = null;
        running = Thread.currentThread();
        lastFromCache = false;
        try {
            Script script = compile(cell);
            if (script instanceof SessionScript sessionScript) {
                sessionScript.attach(context);
            }
            script.setBinding(binding);
            value = script.run();
        } catch (MultipleCompilationErrorsException e) {
            error = ErrorLocator.compile(options.scriptName(), e, "\n".repeat(cell.firstLine() - 1) + cell.source());
        } catch (Exception | AssertionError | StackOverflowError | ExceptionInInitializerError e) {
            error = ErrorLocator.runtime(options.scriptName(), e, knownNames());
        } finally {
            running = null;
            Thread.interrupted();
            cellClasses.forEach(InvokerHelper::removeClass);
            cellClasses = List.of();
            outWriter.flush();
            messageWriter.flush();
            context.redirect(new PrintWriter(PrintWriter.nullWriter()), new PrintWriter(PrintWriter.nullWriter()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new CellResult(cell, error == null ? value : null, out.toString(), messages.toString(), error,
                took, declarations.endsWithAssignment(), lastFromCache);
    }

    private Script compile(Cell cell) {
        String padded = padded(cell);
        String className = ScriptLines.CLASS_PREFIX + (++cellsCompiled);
        String key = chainKey == null ? null : CellCache.next(chainKey, className, padded);
        chainKey = key;
        Class<?> type = key == null ? null : cache.find(key).map(this::define).orElse(null);
        lastFromCache = type != null;
        if (type == null) {
            compiledNow.clear();
            try {
                type = loader.parseClass(new GroovyCodeSource(padded, className + ".groovy",
                        GroovyShell.DEFAULT_CODE_BASE), false);
            } catch (MultipleCompilationErrorsException e) {
                importMemory.discard();
                throw e;
            }
            if (key != null) {
                cache.store(key, new CompiledCell(type.getName(), declarations.endsWithAssignment(),
                        importMemory.pending(), compiledNow));
            }
            compiledNow.clear();
            importMemory.commit();
        }
        cellClasses = loader.forgetCell(className);
        return InvokerHelper.createScript(type, binding);
    }

    private static String padded(Cell cell) {
        return "\n".repeat(cell.firstLine() - 1) + cell.source();
    }

    /**
     * Defines the classes of a cell compiled in an earlier run and restores what its compilation left behind;
     * null (compile it) if they cannot be defined, e.g. an entry written for classes this run already has.
     */
    private Class<?> define(CompiledCell compiled) {
        Map<String, Class<?>> defined;
        try {
            defined = new CachedCellLoader(loader, compiled.classes()).defineAll();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
        defined.values().forEach(loader::remember);
        importMemory.commit(compiled.imports());
        declarations.restore(compiled.endsWithAssignment());
        return defined.get(compiled.mainClass());
    }

    /**
     * Whether {@code cell}, evaluated next, would be taken from the session's {@link CellCache} instead of
     * compiled (so a caller can skip warming the compiler up); false without a cache.
     */
    public boolean compiledEarlier(Cell cell) {
        return chainKey != null && cell.isCode() && !cell.isBlank()
                && cache.has(CellCache.next(chainKey, ScriptLines.CLASS_PREFIX + (cellsCompiled + 1), padded(cell)));
    }

    private java.util.Set<String> knownNames() {
        java.util.Set<String> names = new java.util.TreeSet<>(variables().keySet());
        names.addAll(words());
        return names;
    }

    /** Asks the running cell, if any, to stop; it ends with an {@code INTERRUPTED} error. Any thread. */
    public void interrupt() {
        Thread thread = running;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Whether a cell is running now. */
    public boolean isRunning() {
        return running != null;
    }

    /** The variables of the binding by name (a sorted copy), e.g. for a REPL's completion or a variables view. */
    public Map<String, Object> variables() {
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = binding.getVariables();
        return Collections.unmodifiableMap(new TreeMap<>(variables));
    }

    /** The width values are shown in ({@code show}), the front end's terminal width; 0 for none. */
    public void displayWidth(int columns) {
        context.displayWidth(columns);
    }

    /** Sets a variable of the binding, as a parameter would be. */
    public void set(String name, Object value) {
        binding.setVariable(name, value);
    }

    /**
     * The words the cells' base script adds to Groovy (its public methods and properties, e.g. {@code whatIf},
     * {@code today}), sorted: for a REPL's completion and help.
     */
    public List<String> words() {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        try {
            Class<?> base = Class.forName(baseClass, false, Session.class.getClassLoader());
            for (java.lang.reflect.Method method : base.getMethods()) {
                if (method.getDeclaringClass() != Script.class && method.getDeclaringClass() != Object.class
                        && SessionScript.class.isAssignableFrom(method.getDeclaringClass())
                        && java.lang.reflect.Modifier.isPublic(method.getModifiers())) {
                    String name = method.getName();
                    words.add(name.startsWith("get") && name.length() > 3 && method.getParameterCount() == 0
                            ? Character.toLowerCase(name.charAt(3)) + name.substring(4) : name);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("base script class not found: " + baseClass, e);
        }
        return List.copyOf(words);
    }

    /** How many distinct imports carry over to the next cell (the defaults included); for tests of growth. */
    int carriedImports() {
        return importMemory.size();
    }

    /** How many classes the session's class loader keeps by name (the classes cells declared). */
    int loadedClasses() {
        return loader.getLoadedClasses().length;
    }

    /** A variable's value, or null when it is not set. */
    public Object get(String name) {
        return binding.hasVariable(name) ? binding.getVariable(name) : null;
    }
}

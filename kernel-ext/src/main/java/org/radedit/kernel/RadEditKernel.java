package org.radedit.kernel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jdk.jshell.JShell;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager.ResultFlag;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishError;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.reply.KernelInfoReply;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;
import org.radedit.kernel.analysis.CodeCompleter;
import org.radedit.kernel.display.PngImages;
import org.radedit.kernel.analysis.CodeInspector;
import org.radedit.kernel.analysis.CompletenessChecker;
import org.radedit.kernel.analysis.CompletenessChecker.Verdict;
import org.radedit.kernel.exec.CellError;
import org.radedit.kernel.exec.CellSource;
import org.radedit.kernel.exec.CellEvaluator;
import org.radedit.kernel.exec.CellEvaluator.CellValue;
import org.radedit.kernel.exec.CellWorker;
import org.radedit.kernel.exec.InProcessControlProvider;
import org.radedit.kernel.exec.InProcessExecutionControl;
import org.radedit.kernel.exec.NotebookLoaderDelegate;
import org.radedit.kernel.exec.SnippetOrigins;
import org.radedit.kernel.magic.ClasspathMagics;
import org.radedit.kernel.magic.LoadMagic;
import org.radedit.kernel.magic.Magics;
import org.radedit.kernel.magic.MavenMagic;
import org.radedit.kernel.magic.MavenResolver;
import org.radedit.kernel.magic.NotebookClasspath;
import org.radedit.kernel.magic.ShellListingMagics;

/**
 * The RadEdit Jupyter kernel: Java on JShell, following IJava's design, on the JJava base library.
 * Snippets run in this JVM (so results are real objects the renderers can show) on one worker
 * thread (so Kernel → Interrupt can stop them); the project's classes are importable from the first
 * cell. Protocol handling comes from the base library except where it falls short: execute (real
 * exception names, history), and the replies that lack {@code status}.
 */
public final class RadEditKernel extends BaseKernel {

    /**
     * Imported into every session: JShell's own defaults, the DSL's packages, the phantom world's
     * entry points and the notebook functions, so that a notebook's first cell needs no imports. The
     * phantom types are imported one by one: {@code org.radedit.phantom.*} would make {@code Path}
     * ambiguous with {@code java.nio.file.Path}.
     */
    static final List<String> DEFAULT_IMPORTS = List.of(
            "java.io.*", "java.math.*", "java.net.*", "java.nio.file.*", "java.util.*",
            "java.util.concurrent.*", "java.util.function.*", "java.util.prefs.*", "java.util.regex.*",
            "java.util.stream.*",
            "org.radedit.data.*", "org.radedit.datasets.*", "org.radedit.image.*", "org.radedit.engine.*",
            "org.radedit.suite.*", "org.radedit.discovery.*", "org.radedit.bundle.*", "org.radedit.render.Panels",
            "org.radedit.phantom.Finding", "org.radedit.phantom.PhantomWorld", "org.radedit.phantom.PhantomSample",
            "org.radedit.phantom.CohortSpec", "org.radedit.models.PhantomModels", "org.radedit.models.tasks.PhantomTasks",
            "org.radedit.studies.*", "ai.djl.ndarray.NDManager",
            "static org.radedit.kernel.Notebook.*");

    private static final Duration STOP_GRACE = Duration.ofSeconds(3);

    private final NotebookIO notebookIO;
    private final JShell shell;
    private final CellWorker worker;
    private final NotebookLoaderDelegate loader;
    private final CellEvaluator evaluator;
    private final Magics magics = new Magics();
    private final SessionHistory history;
    private final CodeCompleter completer;
    private final CodeInspector inspector;
    private final CompletenessChecker completeness;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final List<Map<String, Object>> pagerPayloads = new ArrayList<>();
    private volatile ShellReplyEnvironment currentOutput;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notebook-output");
        t.setDaemon(true);
        return t;
    });

    private RadEditKernel(NotebookIO io, SessionHistory history, CellWorker worker, NotebookLoaderDelegate loader,
            InProcessExecutionControl control) {
        super("radedit", "0.1.0", languageInfo(),
                List.of(new HelpLink("Java 17 API", "https://docs.oracle.com/en/java/javase/17/docs/api/")),
                history, io, new CommManager(), new Renderer(), null, new MagicsRegistry(), true,
                new StringStyler.Builder().build());
        this.notebookIO = io;
        this.history = history;
        this.worker = worker;
        this.loader = loader;
        this.shell = JShell.builder().executionEngine(new InProcessControlProvider(control), Map.of()).build();
        shell.addToClasspath(System.getProperty("java.class.path"));
        this.evaluator = new CellEvaluator(shell, control, worker, new SnippetOrigins(), magics::run);
        NotebookClasspath classpath = new NotebookClasspath(shell, this::installExtensionsFrom);
        new ClasspathMagics(classpath).registerInto(magics);
        magics.line("maven", new MavenMagic(MavenResolver.fromEnvironment(), classpath));
        magics.line("load", new LoadMagic(evaluator));
        new ShellListingMagics(shell).registerInto(magics);
        magics.line("doc", this::docMagic);
        this.completer = new CodeCompleter(shell.sourceCodeAnalysis(), magics::lineNames);
        this.inspector = new CodeInspector(shell.sourceCodeAnalysis());
        this.completeness = new CompletenessChecker(shell.sourceCodeAnalysis());
    }

    public static RadEditKernel create() {
        CellWorker worker = new CellWorker(STOP_GRACE);
        NotebookLoaderDelegate loader = new NotebookLoaderDelegate(RadEditKernel.class.getClassLoader());
        worker.setContextLoader(loader.classLoader());
        InProcessExecutionControl control = new InProcessExecutionControl(loader, worker);
        return new RadEditKernel(new NotebookIO(), new SessionHistory(), worker, loader, control);
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
    }

    /**
     * Loads extensions and evaluates the default imports (this also warms up the compiler). Execute
     * requests wait for it; kernel_info does not, so the frontend sees the kernel at once.
     */
    public void initialize() {
        try {
            onStartup();
            for (String imported : DEFAULT_IMPORTS) {
                shell.eval("import " + imported + ";");
            }
        } finally {
            ready.countDown();
        }
        Thread warmUp = new Thread(PngImages::warmUp, "png-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** {@code %doc Math.abs}: the signatures and Javadoc of a name, in the pager. */
    private Object docMagic(CellSource.MagicCall call, int executionCount) {
        if (call.args().size() != 1) {
            throw new IllegalArgumentException("usage: %doc NAME (for example %doc Math.abs)");
        }
        String name = call.args().get(0);
        String doc = inspector.inspect(name, name.length());
        page(doc == null ? "no documentation found for " + name : doc);
        return null;
    }

    /** Runs typical first cells (code, an error, a rendered image) without a frontend. */
    void rehearse() throws CellError {
        evaluator.evalCell("int rehearsal = 6 * 7;\nString.valueOf(rehearsal)", 0);
        CellValue grid = evaluator.evalCell(
                "grid(List.of(new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_BYTE_GRAY)))", 0);
        renderer.render(grid.value());
        try {
            evaluator.evalCell("throw new IllegalStateException(\"rehearsal\");", 0);
        } catch (CellError expected) {
            // the error path is part of the rehearsal
        }
        completer.complete("Math.ab", 7);
    }

    @Override
    protected ClassLoader getClassLoader() {
        return loader.classLoader();
    }

    /** Installs the JJava extensions that newly added jars declare; a broken one is reported, not fatal. */
    private void installExtensionsFrom(List<Path> added) {
        for (Path entry : added) {
            try {
                for (String className : ExtensionServices.declaredIn(entry)) {
                    Object extension = Class.forName(className, true, loader.classLoader())
                            .getDeclaredConstructor().newInstance();
                    installExtension((Extension) extension);
                }
            } catch (Exception | LinkageError e) {
                System.err.println("radedit: cannot install the display extension of " + entry + ": " + e);
            }
        }
    }

    // ---- execution ---------------------------------------------------------------------------------

    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        awaitReady();
        commManager.setMessageContext(message);
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        boolean store = request.shouldStoreHistory() && !silent;
        int count = store ? executionCount.getAndIncrement() : executionCount.get();
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        replaceOutputStreams(env);
        ShellReplyEnvironment output = new PublishingEnvironment(env, sender);
        notebookIO.attach(output, request.isStdinEnabled());
        currentOutput = output;
        pagerPayloads.clear();
        env.defer(() -> {
            currentOutput = null;
            notebookIO.detach(output);
        });
        try {
            CellValue value = evaluator.evalCell(request.getCode(), count);
            notebookIO.flush();
            String text = null;
            if (value.present()) {
                DisplayData data = value.value() == null ? new DisplayData("null") : renderer.render(value.value());
                text = String.valueOf(data.getData(MIMEType.TEXT_PLAIN));
                if (!silent) {
                    env.publish(new PublishExecuteResult(count, data));
                }
            }
            if (store) {
                history.add(count, request.getCode(), text);
            }
            if (pagerPayloads.isEmpty()) {
                env.defer().reply(new ExecuteReply(count, Map.of()));
            } else {
                env.defer();
                StatusReplies.ok(env, ExecuteReply.MESSAGE_TYPE, Map.of("execution_count", count,
                        "user_expressions", Map.of(), "payload", List.copyOf(pagerPayloads)));
            }
        } catch (CellError e) {
            notebookIO.flush();
            if (store) {
                history.add(count, request.getCode(), null);
            }
            env.publish(new PublishError(e.name(), e.value(), e.traceback()));
            ErrorReply error = new ErrorReply(e.name(), e.value(), e.traceback());
            error.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
        } catch (RuntimeException | Error e) {
            // Kernel trouble rather than user code (that comes as CellError): report it, keep the kernel.
            notebookIO.flush();
            List<String> trace = new ArrayList<>(formatError(e));
            env.publish(new PublishError(e.getClass().getName(), String.valueOf(e.getMessage()), trace));
            ErrorReply error = new ErrorReply(e.getClass().getName(), String.valueOf(e.getMessage()), trace);
            error.setExecutionCount(count);
            env.defer().replyError(ExecuteReply.MESSAGE_TYPE.error(), error);
        }
    }

    private void awaitReady() {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The RadEdit kernel running this notebook; fails clearly inside another kernel. */
    public static RadEditKernel running() {
        if (BaseKernel.notebookKernel() instanceof RadEditKernel kernel) {
            return kernel;
        }
        throw new IllegalStateException("this needs the RadEdit kernel, not " + BaseKernel.notebookKernel().getBanner());
    }

    /** Clears the cell's output now, or ({@code wait}) just before its next output arrives. */
    public void clearOutput(boolean wait) {
        ShellReplyEnvironment output = currentOutput;
        if (output != null) {
            output.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
        }
    }

    /** Shows {@code text} in the frontend's pager (a help panel), as IPython's {@code ?} does. */
    public void page(String text) {
        pagerPayloads.add(Map.of("source", "page", "data", Map.of("text/plain", text), "start", 0));
    }

    @Override
    public Object evalRaw(String source) {
        throw new UnsupportedOperationException("eval(...) inside a cell is not supported by the RadEdit kernel");
    }

    @Override
    public void interrupt() {
        worker.interrupt();
    }

    // ---- code analysis -----------------------------------------------------------------------------

    @Override
    public ReplacementOptions complete(String code, int at) {
        awaitReady();
        CodeCompleter.Completion completion = completer.complete(code, at);
        return new ReplacementOptions(completion.matches(), completion.start(), completion.end());
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        awaitReady();
        String doc = inspector.inspect(code, at);
        return doc == null ? null : new DisplayData(doc);
    }

    @Override
    public String isComplete(String code) {
        awaitReady();
        Verdict verdict = completeness.check(code);
        return switch (verdict.status()) {
            case COMPLETE -> IS_COMPLETE_YES;
            case INVALID -> IS_COMPLETE_BAD;
            case INCOMPLETE -> verdict.indent();
        };
    }

    // ---- replies the base library sends without "status" ---------------------------------------------

    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, this::handleCommInfoRequest);
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        StatusReplies.ok(env, MessageType.KERNEL_INFO_REPLY, new KernelInfoReply(Header.PROTOCOL_VERISON, name,
                version, getLanguageInfo(), getBanner(), getHelpLinks()));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        HistoryRequest request = message.getContent();
        Set<ResultFlag> flags = EnumSet.noneOf(ResultFlag.class);
        if (request.includeOutput()) {
            flags.add(ResultFlag.INCLUDE_OUTPUT);
        }
        List<HistoryEntry> entries = switch (request.getAccessType()) {
            case TAIL -> history.lookupTail(((HistoryRequest.Tail) request).getMaxReturnLength(), flags);
            case RANGE -> {
                HistoryRequest.Range range = (HistoryRequest.Range) request;
                yield history.lookupRange(range.getSessionIndex(), range.getStart(), range.getStop(), flags);
            }
            case SEARCH -> {
                HistoryRequest.Search search = (HistoryRequest.Search) request;
                if (search.filterUnique()) {
                    flags.add(ResultFlag.UNIQUE);
                }
                yield history.search(search.getPattern(), search.getMaxReturnLength(), flags);
            }
        };
        StatusReplies.ok(env, MessageType.HISTORY_REPLY, Map.of("history", entries));
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        interrupt();
        StatusReplies.ok(env, MessageType.INTERRUPT_REPLY, Map.of());
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        boolean restart = message.getContent().isRestart();
        env.setBusyDeferIdle();
        env.defer();
        StatusReplies.ok(env, MessageType.SHUTDOWN_REPLY, Map.of("restart", restart));
        onShutdown(restart);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    private void handleCommInfoRequest(ShellReplyEnvironment env, Message<CommInfoRequest> message) {
        env.setBusyDeferIdle();
        Map<String, Object> comms = new LinkedHashMap<>();
        String target = message.getContent().getTargetName();
        commManager.forEach(comm -> {
            if (target == null || target.equals(comm.getTargetName())) {
                comms.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
            }
        });
        StatusReplies.ok(env, MessageType.COMM_INFO_REPLY, Map.of("comms", comms));
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        worker.interrupt();
        ChildProcesses.endAll(Duration.ofSeconds(2));
        super.onShutdown(isRestarting);
        shell.close();
        worker.close();
    }
}

package org.radedit.kernel;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;

/**
 * The reply environment notebook code writes through (print, display, progress bars). Every send goes
 * through one sender thread that is never interrupted: ZeroMQ's Java sockets use NIO channels, which
 * an interrupt closes for good, and notebook code runs on a thread that Kernel → Interrupt interrupts.
 * The caller waits (uninterruptibly) until its message is sent, so output keeps its order.
 */
final class PublishingEnvironment extends ShellReplyEnvironment {

    private final ShellReplyEnvironment env;
    private final ExecutorService sender;

    PublishingEnvironment(ShellReplyEnvironment env, ExecutorService sender) {
        super((ShellChannel) env.getShell(), null, env.getIopub(), env.getContext());
        this.env = env;
        this.sender = sender;
    }

    @Override
    public void publish(Message<?> message) {
        CompletableFuture.runAsync(() -> env.publish(message), sender).join();
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        return CompletableFuture.supplyAsync(() -> env.readFromStdIn(prompt, isPassword), sender).join();
    }
}

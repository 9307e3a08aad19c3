package org.radedit.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;

/**
 * Replies with {@code "status": "ok"}. The base library leaves the field out of kernel_info, history,
 * interrupt, shutdown and comm_info replies, which the messaging spec requires (and
 * {@code jupyter_kernel_test} checks); the kernel sends those replies through here instead.
 */
final class StatusReplies {

    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
            .create();

    private StatusReplies() {
    }

    /** Sends {@code content} (a base-library reply object, or any JSON-able value) plus status ok. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void ok(ShellReplyEnvironment env, MessageType<?> type, Object content) {
        JsonObject json = GSON.toJsonTree(content).getAsJsonObject();
        json.addProperty("status", "ok");
        env.reply(new Message(env.getContext(), type, json));
    }
}

"""A RadEdit kernel driven over the Jupyter protocol (jupyter_client), for the protocol tests and figures."""
import os
import time
from dataclasses import dataclass, field

from jupyter_client.manager import start_new_kernel

KERNEL_NAME = os.environ.get("RADEDIT_KERNEL_NAME", "radedit")
TIMEOUT = 120


@dataclass
class Outcome:
    """What one execute request produced, message by message."""
    reply: dict
    messages: list = field(default_factory=list)  # (msg_type, content) in arrival order

    @property
    def status(self):
        return self.reply["status"]

    def of(self, msg_type):
        return [c for t, c in self.messages if t == msg_type]

    def stream(self, name):
        return "".join(c["text"] for c in self.of("stream") if c["name"] == name)

    @property
    def result(self):
        results = self.of("execute_result")
        return results[0]["data"] if results else None

    @property
    def error(self):
        errors = self.of("error")
        return errors[0] if errors else None


class KernelSession:
    """Starts a kernel; run(code) executes a cell and collects its outputs until the kernel is idle."""

    def __init__(self):
        self.started = time.monotonic()
        self.km, self.kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=TIMEOUT)

    def run(self, code, timeout=TIMEOUT, interrupt_after=None, on_message=None):
        msg_id = self.kc.execute(code)
        if interrupt_after is not None:
            time.sleep(interrupt_after)
            self.km.interrupt_kernel()
        messages = []
        while True:
            msg = self.kc.get_iopub_msg(timeout=timeout)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "status" and msg["content"]["execution_state"] == "idle":
                break
            if kind in ("stream", "execute_result", "display_data", "update_display_data", "error", "clear_output"):
                messages.append((kind, msg["content"]))
                if on_message:
                    on_message(kind, msg["content"])
        while True:  # skip replies to earlier requests (a late kernel_info_reply)
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return Outcome(reply["content"], messages)

    def request(self, send, timeout=30):
        """Sends a shell request (complete, inspect, is_complete, history) and returns the reply content."""
        msg_id = send()
        while True:
            reply = self.kc.get_shell_msg(timeout=timeout)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply["content"]

    def restart(self):
        self.km.restart_kernel(now=True)
        self.kc.stop_channels()
        self.kc = self.km.client()
        self.kc.start_channels()
        self.kc.wait_for_ready(timeout=TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

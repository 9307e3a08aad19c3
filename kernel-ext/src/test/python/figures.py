"""Prints the kernel's figures: start to first result, and time to display a 16-image grid."""
import statistics
import time

from kernel_session import KernelSession

IMAGES = """
var images = new ArrayList<java.awt.image.BufferedImage>();
var random = new Random(7);
for (int n = 0; n < 16; n++) {
  var image = new java.awt.image.BufferedImage(128, 128, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
  for (int y = 0; y < 128; y++)
    for (int x = 0; x < 128; x++)
      image.getRaster().setSample(x, y, 0, (int) (120 + 60 * Math.sin(x / 9.0 + n) * Math.cos(y / 13.0) + random.nextGaussian() * 12) & 0xff);
  images.add(image);
}
"""


def first_result_seconds():
    session = KernelSession()
    try:
        out = session.run("1 + 1")
        assert out.result == {"text/plain": "2"}, out.result
        return time.monotonic() - session.started
    finally:
        session.close()


def grid_display_seconds(session):
    sent = time.monotonic()
    arrived = []
    out = session.run("display(grid(images));",
                      on_message=lambda kind, content: arrived.append(time.monotonic()) if kind == "display_data" else None)
    assert out.status == "ok" and len(out.of("display_data")) == 1, out.messages
    assert out.of("display_data")[0]["data"]["text/html"].count("<img") == 16
    return arrived[0] - sent, len(out.of("display_data")[0]["data"]["text/html"])


def main():
    starts = [first_result_seconds() for _ in range(3)]
    print("kernel start to first result: " + ", ".join(f"{s:.2f} s" for s in starts)
          + f" (median {statistics.median(starts):.2f} s, goal <= 3 s)")
    session = KernelSession()
    try:
        session.run(IMAGES)
        runs = [grid_display_seconds(session) for _ in range(6)]
    finally:
        session.close()
    times = [t for t, _ in runs]
    print("16-image grid (128x128 PNGs in one HTML output, %d KB): first %.0f ms, then median %.0f ms (goal <= 300 ms)"
          % (runs[0][1] // 1024, times[0] * 1000, statistics.median(times[1:]) * 1000))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Runs a command under a real pseudo-terminal, as a person at a terminal would.

Waits for the first prompt (reporting how long that took), types each --type line followed by Enter, waiting
after each for the next prompt, then prints the whole transcript on stdout and the timing on stderr:
    prompt_seconds=0.812
    first_cell_seconds=2.103   (launch until the first typed cell's result and the next prompt)
Used by the shell's end-to-end test (ReplPtyIT) and to measure the prompt time (docs/benchmarks.md).

    pty_session.py [--prompt TEXT] [--type LINE]... [--timeout S] -- COMMAND [ARG]...
"""
import argparse
import fcntl
import os
import pty
import select
import struct
import sys
import termios
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--prompt", default="]>")
    parser.add_argument("--type", action="append", default=[])
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()

    start = time.monotonic()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(args.command[0], args.command)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    out = bytearray()
    prompt = args.prompt.encode()

    def read_until(predicate, timeout):
        deadline = time.monotonic() + timeout
        while not predicate() and time.monotonic() < deadline:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(fd, 65536)
                except OSError:
                    return False
                if not chunk:
                    return False
                out.extend(chunk)
        return predicate()

    if not read_until(lambda: prompt in out, args.timeout):
        sys.stdout.write(out.decode("utf-8", "replace"))
        sys.stderr.write("no prompt within %.0f s\n" % args.timeout)
        os.kill(pid, 9)
        sys.exit(2)
    prompt_seconds = time.monotonic() - start
    first_cell_seconds = None
    for line in args.type:
        seen = out.count(prompt)
        os.write(fd, line.encode() + b"\r")
        read_until(lambda: out.count(prompt) > seen, args.timeout)
        if first_cell_seconds is None:
            first_cell_seconds = time.monotonic() - start
    read_until(lambda: False, 1.0)
    _, status = os.waitpid(pid, os.WNOHANG) if True else (0, 0)
    sys.stdout.write(out.decode("utf-8", "replace"))
    sys.stderr.write("prompt_seconds=%.3f\n" % prompt_seconds)
    if first_cell_seconds is not None:
        sys.stderr.write("first_cell_seconds=%.3f\n" % first_cell_seconds)


if __name__ == "__main__":
    main()

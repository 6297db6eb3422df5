#!/usr/bin/env python3
"""Stream dataset rows through neglint and read its findings (standard library only).

A Hugging Face `datasets` split, a pandas DataFrame's records, or any iterable
of dicts is written as JSON Lines to `neglint - --format jsonl` on a pipe, and
neglint's JSONL output is read back: one dict per finding, then one
{"type": "file", ...} dict with the totals (see docs/output.md).

    from datasets import load_dataset
    from neglint_stream import lint_records

    split = load_dataset("your-org/your-dataset", split="train")
    report = lint_records(split, filename="train.jsonl")
    for finding in report.findings:
        print(finding["record"], finding["ruleId"], finding["message"])

As a command: python3 neglint_stream.py data/train.jsonl [more neglint flags]

The neglint command is `npx --yes neglint` unless the NEGLINT environment
variable names another (e.g. NEGLINT="node /path/to/neglint/bin/neglint.js").
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence


class NeglintError(RuntimeError):
    """neglint could not run: a usage, configuration or I/O error (exit status 2)."""


@dataclass
class Report:
    findings: list[dict[str, Any]] = field(default_factory=list)
    files: list[dict[str, Any]] = field(default_factory=list)
    exit_code: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f["severity"] == "error")


def neglint_command() -> list[str]:
    return shlex.split(os.environ.get("NEGLINT", "npx --yes neglint"))


def lint_records(
    records: Iterable[Mapping[str, Any]],
    filename: str = "train.jsonl",
    args: Sequence[str] = (),
    command: Sequence[str] | None = None,
) -> Report:
    """Lints `records` (dicts, as a datasets split yields them) as the JSON Lines file `filename`.

    Rows are written on a thread while neglint reads them, so Python never
    holds the split as one string. `args` are more neglint flags, e.g.
    ["--rule", "fiction-frame=off", "--redact"].
    """
    argv = [*(command or neglint_command()), "-", "--stdin-filename", filename, "--format", "jsonl", "--no-progress", *args]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    failure: list[BaseException] = []

    def feed() -> None:
        try:
            for record in records:
                # ensure_ascii=False keeps the text as it is; neglint reads UTF-8.
                proc.stdin.write(json.dumps(dict(record), ensure_ascii=False).encode("utf-8") + b"\n")
        except BrokenPipeError:
            pass  # neglint stopped reading (it failed); its stderr says why
        except BaseException as error:  # a row that is not JSON-serialisable
            failure.append(error)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    errors: list[bytes] = []
    writer = threading.Thread(target=feed, daemon=True)
    reader = threading.Thread(target=lambda: errors.append(proc.stderr.read()), daemon=True)
    writer.start()
    reader.start()
    report = Report()
    for line in proc.stdout:
        if not line.strip():
            continue
        item = json.loads(line)
        (report.files if item.get("type") == "file" else report.findings).append(item)
    writer.join()
    reader.join()
    report.exit_code = proc.wait()
    if failure:
        raise failure[0]
    if report.exit_code not in (0, 1):
        message = b"".join(errors).decode("utf-8", "replace").strip()
        raise NeglintError(message or f"neglint exited with status {report.exit_code}")
    return report


def read_jsonl(path: str) -> Iterable[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def main(argv: Sequence[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0 if argv else 2
    path, *args = argv
    report = lint_records(read_jsonl(path), filename=os.path.basename(path), args=args)
    for finding in report.findings:
        where = f"record {finding['record']}" if finding["record"] is not None else f"line {finding['line']}"
        print(f"{where}: {finding['severity']} {finding['ruleId']}: {finding['message']}")
        if "text" in finding:
            print(f"    claim: {finding['text']}")
    for file in report.files:
        print(f"{file['records']} records, {len(report.findings)} findings ({report.errors} errors) in {path}")
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

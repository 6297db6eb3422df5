"""Lint a dataset with neglint on a Dask cluster, then merge the shards.

Each Dask task runs one `neglint --shard I/N --format jsonl` in a subprocess
(neglint is a command-line tool: no Python bindings, nothing to serialise but
paths), writing its findings to a shard file; the driver then runs
`neglint --merge` over the shard files. The merged report is the report a
single run over the same files gives, whatever ran where.

    python3 lint_with_dask.py data/ --shards 8 --format sarif --output neglint.sarif
    python3 lint_with_dask.py data/ --scheduler tcp://scheduler:8786   # an existing cluster

Without --scheduler it starts a LocalCluster of --workers processes. On a
real cluster, the paths must be readable from every worker (a shared file
system or a mounted bucket) and neglint installed on each (npm install -g
neglint, or pass --neglint "npx --yes neglint").

Exit code: neglint's, from the merge (0 clean, 1 findings at or above
--fail-on, 2 an error, including a shard that failed).
"""

import argparse
import os
import shlex
import subprocess
import sys
import tempfile

from dask.distributed import Client, LocalCluster


def lint_shard(neglint, paths, index, count, shard_by, out_dir):
    """One shard, in a subprocess on a Dask worker; returns its output file."""
    out = os.path.join(out_dir, f"shard-{index:05d}-of-{count:05d}.jsonl")
    command = [*neglint, *paths, "--shard", f"{index}/{count}", "--shard-by", shard_by,
               "--format", "jsonl", "--output", out, "--fail-on", "never"]
    # One thread per shard: Dask already runs one task per worker slot.
    command += ["--concurrency", "1"]
    run = subprocess.run(command, capture_output=True, text=True)
    if run.returncode != 0:
        raise RuntimeError(f"shard {index}/{count} failed ({run.returncode}): {run.stderr.strip()}")
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", help="files, directories or globs, as neglint takes them")
    parser.add_argument("--shards", type=int, default=None, help="number of shards (default: 2 per worker)")
    parser.add_argument("--shard-by", choices=["file", "record"], default="file",
                        help="split by position in the file list (default) or by record index inside each file")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster processes (without --scheduler)")
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler")
    parser.add_argument("--neglint", default="neglint", help='the neglint command (default "neglint")')
    parser.add_argument("--format", default="stylish", help="report format of the merged report")
    parser.add_argument("--output", help="write the merged report to this file")
    parser.add_argument("--fail-on", default="error")
    parser.add_argument("--shard-dir", help="keep the shard files here (default: a temporary directory)")
    args = parser.parse_args(argv)

    neglint = shlex.split(args.neglint)
    # Workers may run elsewhere: hand them absolute paths.
    paths = [p if p.startswith("-") else os.path.abspath(p) for p in args.paths]
    cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                                        dashboard_address=None)
    with Client(args.scheduler or cluster) as client:
        workers = len(client.scheduler_info()["workers"]) or 1
        count = args.shards or 2 * workers
        with tempfile.TemporaryDirectory(dir=args.shard_dir) as tmp:
            out_dir = args.shard_dir or tmp
            futures = [client.submit(lint_shard, neglint, paths, i, count, args.shard_by, out_dir, pure=False)
                       for i in range(1, count + 1)]
            shards = client.gather(futures)
            merge = [*neglint, "--merge", *shards, "--format", args.format, "--fail-on", args.fail_on]
            if args.output:
                merge += ["--output", args.output]
            code = subprocess.run(merge).returncode
    if cluster is not None:
        cluster.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

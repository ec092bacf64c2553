"""Command line: ``python -m mnist_tasks {run,grid,depth,report} ...`` (``--help`` on each).

  run     one configuration; its per-epoch JSON lines go to <out>/<run_id>.jsonl
  grid    the runs of one or more presets (default: Table 3's grid), resumable and parallel
  depth   the depth sweep of Figure 6 (the grid command's "depth" preset)
  report  Tables 1 and 4 (mean, std, paired tests) and Figures 4-6 from the results folders
"""
import argparse
import dataclasses
import json
import sys
import typing

from mnist_tasks.train import RunConfig

DEFAULTS = RunConfig()


def _add_config_flags(parser, skip=()):
    hints = typing.get_type_hints(RunConfig)
    for field in dataclasses.fields(RunConfig):
        if field.name in skip:
            continue
        flag = "--" + field.name.replace("_", "-")
        hint = hints[field.name]
        if hint is bool:
            parser.add_argument(flag, action="store_true", default=None,
                                help=f"(default: {field.default})")
        else:
            kind = typing.get_args(hint)[0] if typing.get_origin(hint) is typing.Union else hint
            parser.add_argument(flag, type=kind, default=None, help=f"(default: {field.default})")


def _overrides(args, skip=()):
    return {f.name: getattr(args, f.name) for f in dataclasses.fields(RunConfig)
            if f.name not in skip and getattr(args, f.name, None) is not None}


def _add_grid_flags(parser):
    parser.add_argument("--out", default="results/mnist/runs", help="results folder (default: %(default)s)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPU count)")
    parser.add_argument("--max-group", type=int, default=16,
                        help="most configurations trained together as one batched model")
    parser.add_argument("--limit", type=int, default=None, help="only the first N configurations")
    parser.add_argument("--dry-run", action="store_true", help="list the configurations and stop")
    parser.add_argument("--quiet", action="store_true", help="no progress bars")


def _run_presets(args, presets, extra=None):
    from mnist_tasks.grid import preset_configs, run_grid
    from mnist_tasks.train import is_finished
    common = _overrides(args, skip=("seed",))
    common.update(extra or {})
    configs = preset_configs(presets, seeds=tuple(args.seeds), **common)[:args.limit]
    if args.dry_run:
        for config in configs:
            print(("done " if is_finished(args.out, config) else "todo ") + config.run_id())
        return
    summary = run_grid(configs, args.out, jobs=args.jobs, max_group=args.max_group,
                       progress=not args.quiet)
    print(json.dumps(summary))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m mnist_tasks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)

    # No abbreviations: --depth must not silently stand for --depths.
    run = commands.add_parser("run", help="train one configuration", allow_abbrev=False)
    _add_config_flags(run)
    run.add_argument("--out", default="results/mnist/runs")
    run.add_argument("--mnist", default=None, help="mnist.pkl.gz or a folder of IDX files")
    run.add_argument("--quiet", action="store_true")

    grid = commands.add_parser("grid", help="run presets' configurations (resumable, parallel)",
                               allow_abbrev=False)
    grid.add_argument("--preset", nargs="+", default=["table3"],
                      help="table1 figure5 table4 depth table3 (default: table3)")
    _add_grid_flags(grid)
    _add_config_flags(grid, skip=("seed",))

    depth = commands.add_parser("depth", help="Figure 6's depth sweep", allow_abbrev=False)
    depth.add_argument("--depths", type=int, nargs="+", default=list(range(1, 11)))
    _add_grid_flags(depth)
    _add_config_flags(depth, skip=("seed", "depth"))

    report = commands.add_parser("report", help="tables and figures from results")
    report.add_argument("--runs", nargs="+", default=["results/mnist/runs"])
    report.add_argument("--out", default="results/mnist")
    report.add_argument("--epoch", type=int, default=None,
                        help="epoch whose test precision is reported (default: each run's last)")

    args = parser.parse_args(argv)
    if args.command == "run":
        from mnist_tasks.data import load_mnist
        from mnist_tasks.train import fit
        config = RunConfig(**_overrides(args))
        records = fit(config, load_mnist(args.mnist), out_dir=args.out,
                      checkpoint_dir=f"{args.out}/checkpoints", progress=not args.quiet)
        print(json.dumps({"run_id": config.run_id(), "test": records[-1]["test"]}))
    elif args.command == "grid":
        _run_presets(args, args.preset)
    elif args.command == "depth":
        _run_presets(args, ["depth"], {"depths": tuple(args.depths)})
    else:
        from mnist_tasks.report import write_report
        print(json.dumps(write_report(args.runs, args.out, epoch=args.epoch), indent=1))


if __name__ == "__main__":
    sys.exit(main())

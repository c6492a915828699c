"""Command line: python -m pipelines ingest|build|check|demo.

    python -m pipelines ingest PATH... [--db FILE] [--json]
    python -m pipelines build [--db FILE]
    python -m pipelines check [--db FILE]
    python -m pipelines demo [--db FILE] [--scale sabang] [--seed N] [--out DIR]
    python -m pipelines backup DIR [--db FILE]
    python -m pipelines restore DIR/<timestamp> [--db FILE]

Exit codes: 0 every file loaded or duplicate (and the checks passed), 1 a file was
rejected or a check failed, 2 usage error. Progress goes to stderr; with --json stdout
holds exactly one JSON object.
"""

from __future__ import annotations

import argparse
import errno
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pipelines import warehouse
from pipelines.reference import ReferenceError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STATUS_ID = {"loaded": "dimuat", "duplicate": "duplikat", "rejected": "ditolak"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pipelines",
        description="Pipeline Kinerja Sabang: muat ekspor, bangun model, periksa data.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ingest = sub.add_parser("ingest", help="muat berkas ekspor (CSV/XLSX atau folder)")
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--json", action="store_true", help="ringkasan JSON ke stdout")
    sub.add_parser("build", help="bangun ulang model dari tabel raw dan data referensi")
    sub.add_parser("check", help="jalankan pemeriksaan data pada gudang data")
    demo = sub.add_parser("demo", help="buat data simulasi lalu muat")
    demo.add_argument("--scale", default="sabang")
    demo.add_argument("--seed", type=int, default=None)
    demo.add_argument("--out", type=Path, default=None, help="folder ekspor simulasi")
    demo.add_argument("--json", action="store_true", help="ringkasan JSON ke stdout")
    backup_cmd = sub.add_parser(
        "backup", help="cadangkan gudang data, jurnal impor dan penyimpanan aplikasi"
    )
    backup_cmd.add_argument("dest", type=Path, metavar="DIR")
    restore_cmd = sub.add_parser("restore", help="pulihkan dari folder cadangan")
    restore_cmd.add_argument("folder", type=Path, metavar="DIR")
    for command in sub.choices.values():
        command.add_argument(
            "--db",
            type=Path,
            default=None,
            help="berkas DuckDB (bawaan: $KINERJA_DB atau data/warehouse.duckdb)",
        )
    return parser


def _db(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else warehouse.default_db_path()


def _print_table(summary: dict) -> None:
    """A short human table of the files (Indonesian)."""
    files = summary.get("files", [])
    width = max([len(f["file"]) for f in files] + [5])
    print(
        f"{'Berkas':<{width}}  {'Jenis':<20} {'Status':<9} {'Dibaca':>9} "
        f"{'Valid':>9} {'Baru':>9} {'Karantina':>9}"
    )
    for f in files:
        print(
            f"{f['file']:<{width}}  {(f['kind'] or '-'):<20} "
            f"{STATUS_ID.get(f['status'], f['status']):<9} {f['rows_read']:>9} "
            f"{f['rows_loaded']:>9} {f['rows_new']:>9} {f['rows_quarantined']:>9}"
        )
        for error in f["errors"][:5]:
            print(f"    - {error}")
    for failure in summary.get("checks", []):
        print(f"Pemeriksaan gagal: {failure}")
    print(f"Gudang data: {summary.get('db')}")


def _exit_code(summary: dict) -> int:
    rejected = any(f["status"] == "rejected" for f in summary.get("files", []))
    return EXIT_FAILED if rejected or summary.get("checks") else EXIT_OK


def _report(summary: dict, as_json: bool) -> int:
    if as_json:
        print(json.dumps(summary, ensure_ascii=False, default=str))
    else:
        _print_table(summary)
    return _exit_code(summary)


def _cmd_ingest(args: argparse.Namespace) -> int:
    missing = [str(p) for p in args.paths if not p.exists()]
    if missing:
        print(f"Berkas atau folder tidak ada: {', '.join(missing)}", file=sys.stderr)
        return EXIT_USAGE
    try:
        summary = warehouse.ingest(args.paths, _db(args), progress=True)
    except warehouse.BuildFailed as exc:
        print(exc.message, file=sys.stderr)
        summary = exc.summary
    return _report(summary, args.json)


def _cmd_build(args: argparse.Namespace) -> int:
    try:
        summary = warehouse.rebuild(_db(args))
    except warehouse.BuildFailed as exc:
        print(exc.message, file=sys.stderr)
        for failure in exc.summary["checks"]:
            print(f"  - {failure}", file=sys.stderr)
        return EXIT_FAILED
    print(
        f"Model dibangun ulang; semua pemeriksaan lolos. Gudang data: {summary['db']}"
    )
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    db = _db(args)
    if not db.exists():
        print(f"Gudang data tidak ditemukan: {db}", file=sys.stderr)
        return EXIT_USAGE
    summary = warehouse.check(db)
    for failure in summary["checks"]:
        print(f"GAGAL: {failure}")
    if not summary["checks"]:
        print("Semua pemeriksaan data lolos.")
    return EXIT_FAILED if summary["checks"] else EXIT_OK


def _cmd_demo(args: argparse.Namespace) -> int:
    from pipelines.demo import run_demo  # written by the demo helper; imported lazily

    kwargs = {} if args.seed is None else {"seed": args.seed}
    try:
        summary = run_demo(_db(args), args.scale, out_dir=args.out, **kwargs)
    except warehouse.BuildFailed as exc:
        print(exc.message, file=sys.stderr)
        summary = exc.summary
    except ReferenceError:
        raise
    except (KeyError, ValueError) as exc:  # an unknown scale, a bad seed
        print(f"Argumen demo tidak sah: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _report(summary, args.json)


def _cmd_backup(args: argparse.Namespace) -> int:
    from pipelines import backup

    try:
        folder = backup.create(args.dest, _db(args))
    except (backup.BackupError, backup.store.StoreError) as exc:
        print(f"Cadangan gagal: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Cadangan ditulis: {folder}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from pipelines import backup

    try:
        manifest = backup.restore(args.folder, _db(args))
    except (backup.BackupError, backup.store.StoreError) as exc:
        print(f"Pemulihan dibatalkan, tidak ada yang diubah: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"Dipulihkan dari cadangan {manifest['created_at']}: {_db(args)}")
    return EXIT_OK


COMMANDS = {
    "ingest": _cmd_ingest,
    "build": _cmd_build,
    "check": _cmd_check,
    "demo": _cmd_demo,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
}


def _os_error_message(exc: OSError) -> str:
    """An unwritable path, a full disk: say which file and what to check."""
    where = exc.filename or "?"
    if exc.errno == errno.ENOSPC:
        return (
            f"Disk penuh saat menulis {where}. Kosongkan ruang disk lalu ulangi; "
            "gudang data yang ada tidak diubah."
        )
    return (
        f"Tidak dapat menulis atau membaca {where}: {exc.strerror or exc}. Periksa "
        "jalur --db / KINERJA_DB dan izin tulis folder; gudang data yang ada tidak "
        "diubah."
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)  # exits with 2 on a usage error
    try:
        return COMMANDS[args.command](args)
    except ReferenceError as exc:
        print(f"Data referensi tidak sah: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:
        print(_os_error_message(exc), file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())

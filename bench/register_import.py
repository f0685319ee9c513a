#!/usr/bin/env python3
"""Register import benchmark for Simonev ASN: how long does an office's first import of its
employees take, as one CSV file of N rows?

Builds a file of --employees employees with valid NIPs (new ones each run) of one agency, as a
personnel system exports them (semicolons, Indonesian headers), then times three POSTs to
programs-service's /api/v1/employees/import: a dry run, the import, and the same file again
(every row unchanged). Starts nothing itself: run ./run.sh first (or point --url at a running
programs-service), then:  python3 bench/register_import.py [--employees 5000]
Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import datetime
import http.client
import json
import os
import random
import sys
import time
import urllib.parse

from freshness import mint_token  # the admin token of scripts/token.sh, as the freshness benchmark gets it


def employees_file(count: int, agency: str, rng: random.Random) -> bytes:
    """A personnel export of `count` employees whose NIPs this run alone uses (appointment month and
    birth dates drawn at random, then a sequence 001-999 per birth date)."""
    appointed = f"{rng.randint(1990, 2020)}{rng.randint(1, 12):02d}"
    first_birth = datetime.date(1960, 1, 1) + datetime.timedelta(days=rng.randint(0, 3000))
    lines = ["nip;nama;jenis_kelamin;kode_instansi;jabatan;status_kepegawaian"]
    for i in range(count):
        birth = (first_birth + datetime.timedelta(days=i // 999)).strftime("%Y%m%d")
        gender = "1" if i % 2 == 0 else "2"
        nip = f"{birth}{appointed}{gender}{i % 999 + 1:03d}"
        lines.append(f"{nip};Pegawai {i};{'L' if gender == '1' else 'P'};{agency};Pelaksana;"
                     f"{'PNS' if i % 5 else 'PPPK'}")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def post(url: urllib.parse.SplitResult, token: str, path: str, body: bytes, content_type: str,
         timeout: float) -> tuple[int, dict, float]:
    """Returns (status, JSON answer, seconds from sending to the whole answer read)."""
    connection = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=timeout)
    try:
        started = time.monotonic()
        connection.request("POST", path, body=body, headers={
            "Authorization": f"Bearer {token}", "Content-Type": content_type, "Accept": "application/json"})
        response = connection.getresponse()
        data = response.read()
        elapsed = time.monotonic() - started
    finally:
        connection.close()
    try:
        answer = json.loads(data) if data else {}
    except ValueError:
        answer = {"raw": data[:300].decode("utf-8", "replace")}
    return response.status, answer, elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--employees", type=int, default=5000, help="rows in the file (default 5000)")
    parser.add_argument("--region", default="31.01", help="region of the benchmark's agency (default 31.01)")
    parser.add_argument("--url", default=f"http://127.0.0.1:{os.environ.get('SIMONEV_PROGRAMS_PORT', '8081')}",
                        help="programs-service (default http://127.0.0.1:$SIMONEV_PROGRAMS_PORT or :8081)")
    parser.add_argument("--token", help="an admin bearer token (default: scripts/token.sh admin)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for one answer (default 300)")
    parser.add_argument("--seed", type=int, help="seed of the NIPs drawn (default: random, new employees each run)")
    args = parser.parse_args()

    url = urllib.parse.urlsplit(args.url)
    token = args.token or mint_token()
    agency = f"BENCH-IMPORT-{args.region}"
    try:
        status, answer, _ = post(url, token, "/api/v1/agencies", json.dumps(
            {"code": agency, "name": "Benchmark agency", "regionCode": args.region}).encode(),
            "application/json", args.timeout)
    except OSError as e:
        print(f"programs-service does not answer at {args.url}: {e}", file=sys.stderr)
        return 2
    if status not in (201, 409):
        print(f"Registering agency {agency} answered {status}: {answer}", file=sys.stderr)
        return 2

    file = employees_file(args.employees, agency, random.Random(args.seed))
    print(f"{args.employees} employees of {agency}, {len(file):,} bytes, to {args.url}")
    failed = False
    for label, dry_run, expected in (("dry run", "true", "created"), ("import", "false", "created"),
                                     ("again, unchanged", "false", "unchanged")):
        status, answer, seconds = post(url, token, f"/api/v1/employees/import?dryRun={dry_run}", file, "text/csv",
                                       args.timeout)
        if status != 200 or answer.get(expected) != args.employees:
            failed = True
            print(f"{label:>17}: answered {status} {json.dumps(answer)[:500]}")
            continue
        print(f"{label:>17}: {seconds * 1000:8.0f} ms  {args.employees / seconds:8.0f} rows/s  "
              f"created {answer['created']}, updated {answer['updated']}, unchanged {answer['unchanged']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

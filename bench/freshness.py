#!/usr/bin/env python3
"""Freshness benchmark for Simonev ASN: how long after a write is accepted does the
reporting service's region summary include it?

Posts --writes writes at a steady --rate per second through the producers' APIs (programs,
SKM responses, realisations, in rotation) and polls the reporting service's region summary,
stamping each write with the time from sending its POST until a poll response includes it.

An SKM response is sent as a citizen sends one: to the public survey endpoint
(/api/v1/public/surveys/{code}/responses), without a token. At start, once, the benchmark sets
up and opens an SKM campaign of its unit covering today (or reuses an open one a run left). The
public endpoints are rate-limited per client address and every write here comes from one, so a
run needs that limit raised: PUBLIC_RATE_LIMIT_NOTE below says how (--help and a run refused for
its rate print it too).

Start the system with the raised limit (./stop.sh first if it runs), then:
    python3 bench/freshness.py [--writes 1000] [--rate 50] [--csv out.csv]
Standard library only (Python 3.11+).
"""

from __future__ import annotations

import argparse
import csv
import http.client
import json
import math
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

# How to lift the limits of surveys-service's public endpoints for a run: the environment
# variables are those of simonev.rate-limit.limits.client-address.requests and .public-link.requests.
PUBLIC_RATE_LIMIT_NOTE = ("the public survey endpoints limit requests per client address and per campaign: start "
                          "the system with SIMONEV_RATE_LIMIT_LIMITS_CLIENT_ADDRESS_REQUESTS=100000 "
                          "SIMONEV_RATE_LIMIT_LIMITS_PUBLIC_LINK_REQUESTS=100000 ./run.sh (./stop.sh first) so that "
                          "the limits are well above --rate")
REPO = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PORTS = {
    "programs": int(os.environ.get("SIMONEV_PROGRAMS_PORT", "8081")),
    "surveys": int(os.environ.get("SIMONEV_SURVEYS_PORT", "8082")),
    "performance": int(os.environ.get("SIMONEV_PERFORMANCE_PORT", "8083")),
    "reporting": int(os.environ.get("SIMONEV_REPORTING_PORT", "8084")),
}
WIB = timezone(timedelta(hours=7))  # the office's date, by which a campaign takes answers
KINDS = ("program", "skm-response", "realisation")
ENDPOINTS = {  # kind -> (service, path); an SKM response's path holds the campaign's public code
    "program": ("programs", "/api/v1/programs"),
    "skm-response": ("surveys", "/api/v1/public/surveys/{code}/responses"),
    "realisation": ("performance", "/api/v1/indicators/{id}/realisations"),
}
PUBLIC_KINDS = {"skm-response"}  # sent without a token, as a citizen sends them


@dataclass
class Write:
    seq: int            # position in the send schedule, 0-based
    kind: str
    key: str            # program code, service unit code or indicator code
    body: bytes
    scheduled: float    # monotonic time the schedule gives it
    sent: float | None = None       # monotonic time just before the POST was sent
    answered: float | None = None   # monotonic time the POST's response was read
    status: int | None = None       # HTTP status, or None when the POST raised
    error: str = ""
    visible: float | None = None    # receive time of the first poll that included it
    draft: bytes = b""  # a program's plan, drafted before the run; the timed write schedules it
    path: str = ""      # where the timed write goes, when not the kind's endpoint

    @property
    def failed(self) -> bool:
        return self.answered is not None and self.status not in (200, 201)

    def freshness_ms(self) -> float | None:
        if self.visible is None or self.sent is None:
            return None
        return (self.visible - self.sent) * 1000

    def latency_ms(self) -> float | None:
        if self.answered is None or self.sent is None:
            return None
        return (self.answered - self.sent) * 1000


class Client:
    """One keep-alive connection per service, per thread; reconnects after an error. Without a
    token it calls as a citizen does."""

    def __init__(self, token: str | None, timeout: float):
        self.headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if token is not None:
            self.headers["Authorization"] = f"Bearer {token}"
        self.timeout = timeout
        self.connections: dict[int, http.client.HTTPConnection] = {}

    def request(self, method: str, port: int, path: str, body: bytes | None = None,
                before_send=None) -> tuple[int, bytes, float]:
        """Returns (status, body, monotonic receive time); calls before_send() just before sending."""
        connection = self.connections.get(port)
        if connection is None:
            connection = http.client.HTTPConnection(HOST, port, timeout=self.timeout)
            self.connections[port] = connection
        try:
            if before_send:
                before_send()
            connection.request(method, path, body=body, headers=self.headers)
            response = connection.getresponse()
            data = response.read()
            received = time.monotonic()
            if response.will_close:
                connection.close()
                del self.connections[port]
            return response.status, data, received
        except BaseException:
            connection.close()
            self.connections.pop(port, None)
            raise


def mint_token() -> str:
    result = subprocess.run([str(REPO / "scripts" / "token.sh"), "admin"], cwd=REPO,
                            capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"scripts/token.sh admin failed: {result.stderr.strip()}")
    return result.stdout.strip()


def bench_agency(region: str) -> str:
    return f"BENCH-{region}"


def bench_unit(region: str) -> str:
    return f"BENCH-UNIT-{region}"


def register_bench_units(client: "Client", region: str) -> None:
    """Registers the benchmark's agency and service unit (once), and waits until the producers know them."""
    for path, body in (("/api/v1/agencies", {"code": bench_agency(region), "name": "Benchmark agency",
                                              "regionCode": region}),
                       ("/api/v1/service-units", {"code": bench_unit(region), "name": "Benchmark unit",
                                                  "agencyCode": bench_agency(region)})):
        status, data, _ = client.request("POST", PORTS["programs"], path, json.dumps(body).encode())
        if status not in (201, 409):
            raise RuntimeError(f"POST {path} answered {status}: {data[:300]!r}")
    checks = (("performance", "/api/v1/indicators", {"code": "BENCH-WARM-UP", "name": "Benchmark warm-up",
                                                     "agencyCode": bench_agency(region), "unit": "DAYS",
                                                     "direction": "LOWER_IS_BETTER", "periodType": "QUARTER",
                                                     "aggregation": "AVERAGE"}),)
    for service, path, body in checks:
        deadline = time.monotonic() + 60
        while True:
            status, data, _ = client.request("POST", PORTS[service], path, json.dumps(body).encode())
            if status in (201, 409):
                break
            if status != 422 or time.monotonic() > deadline:
                raise RuntimeError(f"POST {path} answered {status}: {data[:300]!r}")
            time.sleep(0.5)


def open_bench_campaign(client: "Client", region: str) -> str:
    """The public code of an open SKM campaign of the benchmark's unit that covers today and
    tomorrow (WIB): one an earlier run left open, or one set up and opened now, once surveys-service
    knows the unit."""
    today = datetime.now(WIB).date()
    unit = bench_unit(region)
    path = f"/api/v1/campaigns?serviceUnit={unit}&status=OPEN&size=200"
    status, data, _ = client.request("GET", PORTS["surveys"], path)
    if status != 200:
        raise RuntimeError(f"GET {path} answered {status}: {data[:300]!r}")
    for campaign in json.loads(data)["items"]:
        if campaign["startDate"] <= today.isoformat() < campaign["endDate"]:
            return campaign["publicCode"]
    body = json.dumps({"serviceUnitCode": unit, "title": "Freshness benchmark", "startDate": today.isoformat(),
                       "endDate": (today + timedelta(days=30)).isoformat()}).encode()
    deadline = time.monotonic() + 60
    while True:
        status, data, _ = client.request("POST", PORTS["surveys"], "/api/v1/campaigns", body)
        if status == 201:
            break
        if status != 422 or time.monotonic() > deadline:
            raise RuntimeError(f"POST /api/v1/campaigns answered {status}: {data[:300]!r}")
        time.sleep(0.5)
    path = f"/api/v1/campaigns/{json.loads(data)['id']}/open"
    status, data, _ = client.request("POST", PORTS["surveys"], path)
    if status != 200:
        raise RuntimeError(f"POST {path} answered {status}: {data[:300]!r}")
    return json.loads(data)["publicCode"]


def make_writes(count: int, region: str, run_id: str) -> list[Write]:
    writes = []
    unit = bench_unit(region)
    for seq in range(count):
        kind = KINDS[seq % len(KINDS)]
        key = f"BENCH-{run_id}-{seq:06d}"
        draft = b""
        if kind == "program":
            draft = json.dumps({"code": key, "title": f"Freshness benchmark program {seq}", "regionCode": region,
                                "format": "TRAINING", "competencyType": "TEKNIS",
                                "organisingAgencyCode": bench_agency(region), "startDate": "2026-03-02",
                                "endDate": "2026-03-06", "sessions": [{"date": "2026-03-02", "jp": 8}],
                                "capacity": 30, "passingScore": 70, "plannedBudget": 1000000}).encode()
            body = {"status": "SCHEDULED"}
        elif kind == "skm-response":
            key = unit
            body = {"answers": {f"U{i}": 4 for i in range(1, 10)}}
        else:
            draft = json.dumps({"code": key, "name": f"Freshness benchmark indicator {seq}",
                                "agencyCode": bench_agency(region), "unit": "DAYS", "direction": "LOWER_IS_BETTER",
                                "periodType": "QUARTER", "aggregation": "AVERAGE"}).encode()
            body = {"period": "2026-Q2", "value": 6.5}
        writes.append(Write(seq, kind, key, json.dumps(body).encode(), scheduled=0.0, draft=draft))
    return writes


def draft_programs(client: "Client", writes: list[Write]) -> None:
    """Drafts the benchmark's programs and defines its indicators (with their 2026-Q2 target) before the run:
    the timed write is the one that schedules each program, or records each realisation."""
    for write in writes:
        if write.draft and write.kind == "program":
            status, data, _ = client.request("POST", PORTS["programs"], "/api/v1/programs", write.draft)
            if status != 201:
                raise RuntimeError(f"POST /api/v1/programs answered {status}: {data[:300]!r}")
            write.path = f"/api/v1/programs/{json.loads(data)['id']}/status-changes"
        elif write.draft:
            status, data, _ = client.request("POST", PORTS["performance"], "/api/v1/indicators", write.draft)
            if status != 201:
                raise RuntimeError(f"POST /api/v1/indicators answered {status}: {data[:300]!r}")
            indicator = json.loads(data)["id"]
            status, data, _ = client.request("PUT", PORTS["performance"],
                                             f"/api/v1/indicators/{indicator}/targets/2026-Q2",
                                             json.dumps({"value": 7}).encode())
            if status != 200:
                raise RuntimeError(f"PUT /api/v1/indicators/{indicator}/targets/2026-Q2 answered {status}: "
                                   f"{data[:300]!r}")
            write.path = ENDPOINTS["realisation"][1].format(id=indicator)


def summary_path(region: str) -> str:
    return f"/api/v1/reports/regions/{region}/summary"


def read_summary(client: Client, region: str) -> tuple[dict, float]:
    status, data, received = client.request("GET", PORTS["reporting"], summary_path(region))
    if status != 200:
        raise RuntimeError(f"GET {summary_path(region)} answered {status}: {data[:300]!r}")
    return json.loads(data), received


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile; nan for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


class Bench:
    def __init__(self, args, token: str, writes: list[Write]):
        self.args = args
        self.token = token
        self.writes = writes
        self.by_kind = {kind: [w for w in writes if w.kind == kind] for kind in KINDS}
        self.lock = threading.Lock()
        self.next_seq = 0
        self.stop_polling = threading.Event()
        self.polls = 0
        self.poll_errors = 0
        self.poll_durations: list[float] = []
        self.last_poll_error = ""

    # ---- sending -------------------------------------------------------------------------
    def sender(self) -> None:
        client = Client(self.token, timeout=self.args.post_timeout)
        citizen = Client(None, timeout=self.args.post_timeout)
        while True:
            with self.lock:
                if self.next_seq >= len(self.writes):
                    return
                write = self.writes[self.next_seq]
                self.next_seq += 1
            delay = write.scheduled - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            service, path = ENDPOINTS[write.kind]
            path = write.path or path

            def stamp_sent(w=write):
                with self.lock:
                    w.sent = time.monotonic()

            try:
                caller = citizen if write.kind in PUBLIC_KINDS else client
                status, data, received = caller.request("POST", PORTS[service], path, write.body, stamp_sent)
                with self.lock:
                    write.status, write.answered = status, received
                    if write.failed:
                        write.error = data[:200].decode(errors="replace")
            except Exception as e:  # a failed or timed-out POST counts as an error
                with self.lock:
                    write.answered = time.monotonic()
                    write.error = f"{type(e).__name__}: {e}"
                    if write.sent is None:
                        write.sent = write.answered

    # ---- polling -------------------------------------------------------------------------
    def poller(self, baseline: dict) -> None:
        client = Client(self.token, timeout=10)
        interval = self.args.poll_interval / 1000
        base_programs = baseline["programs"]
        base_responses = baseline["surveyResponses"]
        next_start = time.monotonic()
        while not self.stop_polling.is_set():
            started = time.monotonic()
            try:
                summary, received = read_summary(client, self.args.region)
            except Exception as e:
                self.poll_errors += 1
                self.last_poll_error = f"{type(e).__name__}: {e}"
            else:
                self.polls += 1
                self.poll_durations.append((received - started) * 1000)
                indicators = {i.get("indicatorCode") for i in summary.get("indicators") or []}
                with self.lock:
                    self.resolve_counted("program", summary["programs"] - base_programs, received)
                    self.resolve_counted("skm-response", summary["surveyResponses"] - base_responses, received)
                    for write in self.by_kind["realisation"]:
                        if write.visible is None and write.sent is not None and write.key in indicators:
                            write.visible = received
            next_start = max(next_start + interval, time.monotonic())
            self.stop_polling.wait(max(0.0, next_start - time.monotonic()))

    def resolve_counted(self, kind: str, visible_count: int, received: float) -> None:
        """The summary counts visible_count of this run's writes of the kind: those are the first
        visible_count sent, not failed writes of the kind in schedule order."""
        counted = 0
        for write in self.by_kind[kind]:
            if counted >= visible_count:
                return
            if write.sent is None or write.failed:
                continue
            counted += 1
            if write.visible is None:
                write.visible = received

    def pending(self) -> int:
        with self.lock:
            return sum(1 for w in self.writes if not w.failed and w.visible is None)

    # ---- the run -------------------------------------------------------------------------
    def run(self) -> None:
        register_bench_units(Client(self.token, timeout=10), self.args.region)
        code = open_bench_campaign(Client(self.token, timeout=10), self.args.region)
        for write in self.by_kind["skm-response"]:
            write.path = ENDPOINTS["skm-response"][1].format(code=code)
        draft_programs(Client(self.token, timeout=10), self.writes)
        baseline, _ = read_summary(Client(self.token, timeout=10), self.args.region)
        print(f"Region {self.args.region} ({baseline.get('regionName')}) before: programs={baseline['programs']} "
              f"surveyResponses={baseline['surveyResponses']} indicators={len(baseline.get('indicators') or [])}")
        print(f"Sending {len(self.writes)} writes at {self.args.rate:g}/s "
              f"(~{len(self.writes) / self.args.rate:.0f} s), polling every {self.args.poll_interval:g} ms")
        poll_thread = threading.Thread(target=self.poller, args=(baseline,), daemon=True)
        poll_thread.start()

        start = time.monotonic() + 0.2
        for write in self.writes:
            write.scheduled = start + write.seq / self.args.rate
        senders = [threading.Thread(target=self.sender, daemon=True) for _ in range(self.args.senders)]
        for thread in senders:
            thread.start()
        last_report = time.monotonic()
        while any(t.is_alive() for t in senders):
            time.sleep(0.2)
            if time.monotonic() - last_report >= 5:
                last_report = time.monotonic()
                with self.lock:
                    sent = sum(1 for w in self.writes if w.sent is not None)
                print(f"  ... {sent} sent, {self.pending()} not yet visible", flush=True)
        self.sending_done = time.monotonic()

        deadline = self.sending_done + self.args.timeout
        while self.pending() and time.monotonic() < deadline:
            time.sleep(0.05)
        self.stop_polling.set()
        poll_thread.join(timeout=15)

    # ---- the report ----------------------------------------------------------------------
    def report(self) -> int:
        with self.lock:
            writes = list(self.writes)
        sent = [w for w in writes if w.sent is not None]
        errors = [w for w in writes if w.failed]
        invisible = [w for w in writes if not w.failed and w.visible is None]
        send_times = sorted(w.sent for w in sent)
        span = send_times[-1] - send_times[0] if len(send_times) > 1 else 0.0
        rate = (len(send_times) - 1) / span if span > 0 else math.nan
        lag = max((w.sent - w.scheduled for w in sent), default=0.0) * 1000
        latencies = [w.latency_ms() for w in sent if w.latency_ms() is not None and not w.failed]
        fresh = [w.freshness_ms() for w in writes if w.freshness_ms() is not None]

        def ms(v: float) -> str:
            return "n/a" if math.isnan(v) else f"{v:.0f} ms"

        print()
        print("Freshness benchmark")
        print(f"  writes sent       {len(sent)} of {len(writes)} "
              f"({', '.join(f'{len(v)} {k}' for k, v in self.by_kind.items())})")
        print(f"  errors            {len(errors)}")
        print(f"  achieved rate     {rate:.1f}/s (target {self.args.rate:g}/s; worst start lag {lag:.0f} ms)")
        print(f"  POST latency      p50 {ms(percentile(latencies, 50))}, p99 {ms(percentile(latencies, 99))}")
        print(f"  freshness         p50 {ms(percentile(fresh, 50))}, p90 {ms(percentile(fresh, 90))}, "
              f"p99 {ms(percentile(fresh, 99))}, max {ms(max(fresh, default=math.nan))}  ({len(fresh)} writes)")
        for kind in KINDS:
            values = [w.freshness_ms() for w in self.by_kind[kind] if w.freshness_ms() is not None]
            print(f"    {kind:<15} p50 {ms(percentile(values, 50))}, p99 {ms(percentile(values, 99))}, "
                  f"max {ms(max(values, default=math.nan))}")
        print(f"  never visible     {len(invisible)} (within {self.args.timeout:g} s after the last write)")
        print(f"  summary polls     {self.polls}, GET p50 {ms(percentile(self.poll_durations, 50))}, "
              f"p99 {ms(percentile(self.poll_durations, 99))}, errors {self.poll_errors}"
              + (f" (last: {self.last_poll_error})" if self.poll_errors else ""))
        for w in errors[:5]:
            print(f"  error: #{w.seq} {w.kind} {w.key}: status {w.status}: {w.error}")
        if len(errors) > 5:
            print(f"  ... and {len(errors) - 5} more errors")
        if any(w.status == 429 for w in errors):
            print(f"  refused for its rate: {PUBLIC_RATE_LIMIT_NOTE}")

        if self.args.csv:
            with open(self.args.csv, "w", newline="") as f:
                out = csv.writer(f)
                out.writerow(["seq", "kind", "key", "scheduled_ms", "sent_ms", "status", "post_latency_ms",
                              "freshness_ms", "error"])
                origin = writes[0].scheduled if writes else 0.0

                def rel(t: float | None) -> str:
                    return "" if t is None else f"{(t - origin) * 1000:.3f}"

                def num(v: float | None) -> str:
                    return "" if v is None else f"{v:.3f}"

                for w in writes:
                    out.writerow([w.seq, w.kind, w.key, rel(w.scheduled), rel(w.sent),
                                  "" if w.status is None else w.status, num(w.latency_ms()),
                                  num(w.freshness_ms()), w.error])
            print(f"  raw numbers in    {self.args.csv}")
        return 1 if errors or invisible or len(sent) < len(writes) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=f"Note: {PUBLIC_RATE_LIMIT_NOTE}.",
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--writes", type=int, default=1000, help="number of writes")
    parser.add_argument("--rate", type=float, default=50, help="writes per second")
    parser.add_argument("--region", default="31.01", help="region code (must be in the seeded register)")
    parser.add_argument("--poll-interval", type=float, default=20, help="ms between summary polls")
    parser.add_argument("--timeout", type=float, default=30,
                        help="seconds to wait after the last write for the rest to become visible")
    parser.add_argument("--senders", type=int, default=32, help="sender threads sharing the schedule")
    parser.add_argument("--post-timeout", type=float, default=10, help="seconds before a POST counts as failed")
    parser.add_argument("--csv", metavar="PATH", help="write one row per write to this CSV file")
    args = parser.parse_args()
    if args.writes < 1 or args.rate <= 0 or args.senders < 1 or args.poll_interval <= 0:
        parser.error("--writes, --rate, --senders and --poll-interval must be positive")

    token = mint_token()
    run_id = f"{int(time.time()):x}".upper()
    bench = Bench(args, token, make_writes(args.writes, args.region, run_id))
    try:
        bench.run()
    except (OSError, RuntimeError, KeyError, json.JSONDecodeError) as e:
        print(f"Benchmark could not run: {type(e).__name__}: {e} (is the system up? ./run.sh)", file=sys.stderr)
        return 2
    return bench.report()


if __name__ == "__main__":
    sys.exit(main())

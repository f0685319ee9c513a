#!/usr/bin/env python3
"""Evaluation benchmark for Simonev ASN: how fast does reporting-service answer a program's evaluation and a
region's program list at national scale, beside the same figures summed by plain GROUP BY over the raw rows?

Creates the database simonev_bench on the local PostgreSQL (dropped first), starts reporting-service from this
checkout against it (built if needed; its Kafka channel off, on a port of its own) so that Flyway makes the
schema, then seeds with set-based SQL, in one run: the raw rows (schema raw: 500,000 participants in 20,000
programs over 510 regions, their expenses and reaction answers, 1,000,000 realisations of 20,000 indicators,
10,000,000 SKM responses of 5,100 units) and the read models derived from them by INSERT ... SELECT ... GROUP BY,
as the projections would have written them. It then times GET /api/v1/programs/{id}/evaluation and
GET /api/v1/reports/regions/{code}/programs with an admin token, and the same figures computed by plain SQL over
the raw rows through one persistent psql session (\\timing), and prints p50, p99, max and the speed-ups.
The service it started is always stopped; the database is kept (--keep reuses it) unless --drop.

    python3 bench/evaluation.py            # full scale: the seeding takes minutes
    python3 bench/evaluation.py --keep     # reuse a database an earlier run seeded at the same scale
Standard library only (Python 3.11+); needs psql, java, openssl and, to build, mvn.
It exits 0 with the figures whether or not the target is met, and 2 if it could not run.
"""

from __future__ import annotations

import argparse
import http.client
import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from freshness import percentile  # the nearest-rank percentile the other benchmarks report

REPO = Path(__file__).resolve().parent.parent
JAR = REPO / "reporting-service" / "target" / "quarkus-app" / "quarkus-run.jar"
BUILD_INPUTS = ("pom.xml", "platform/pom.xml", "platform/src", "inbox/pom.xml", "inbox/src",
                "reporting-service/pom.xml",
                "reporting-service/src")
TARGET_P99_MS = 50
TARGET_SPEED_UP = 100
# 34 provinces (Kemendagri codes), each with 14 kabupaten/kota PP.01 .. PP.14: 510 regions.
PROVINCES = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "21", "31", "32", "33", "34", "35", "36", "51",
             "52", "53", "61", "62", "63", "64", "65", "71", "72", "73", "74", "75", "76", "81", "82", "91", "94")
KAB_KOTA_PER_PROVINCE = 14
FORMATS = ("TRAINING", "WORKSHOP", "SEMINAR", "COURSE", "MENTORING", "COACHING", "INTERNSHIP", "E_LEARNING",
           "BENCHMARKING", "SELF_STUDY")
COMPETENCY_TYPES = ("TEKNIS", "MANAJERIAL", "SOSIAL_KULTURAL")
WITHDRAWAL_REASONS = ("SAKIT", "TUGAS_DINAS", "MUTASI", "LAINNYA")
# The period type of a unit's IKM windows by default (ProgramResultsService.DEFAULT_WINDOWS).
IKM_WINDOW_TYPE = "QUARTER"


class CannotRun(Exception):
    """The benchmark could not run: exit 2 with this message."""


def sql_list(values) -> str:
    return "array[" + ", ".join(f"'{value}'" for value in values) + "]"


class Database:
    """psql against the local server (scripts/postgres.sh's variables), one process per call."""

    def __init__(self, name: str):
        self.name = name
        self.host = os.environ.get("SIMONEV_DB_HOST", "127.0.0.1")
        self.port = os.environ.get("SIMONEV_DB_PORT", "5432")
        self.user = os.environ.get("SIMONEV_DB_USER", "postgres")

    def command(self, database: str | None = None) -> list[str]:
        return ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-p", self.port,
                "-U", self.user, "-d", database or self.name]

    def run(self, sql: str, database: str | None = None) -> str:
        result = subprocess.run(self.command(database), input=sql, capture_output=True, text=True)
        if result.returncode != 0:
            raise CannotRun(f"psql failed: {result.stderr.strip()[:2000]}")
        return result.stdout.strip()

    def jdbc_url(self) -> str:
        return f"jdbc:postgresql://{self.host}:{self.port}/{self.name}"

    def exists(self) -> bool:
        return self.run(f"select 1 from pg_database where datname = '{self.name}'", "postgres") == "1"

    def recreate(self) -> None:
        self.run(f"drop database if exists {self.name} with (force);\ncreate database {self.name};", "postgres")

    def drop(self) -> None:
        self.run(f"drop database if exists {self.name} with (force);", "postgres")


class PlainSession:
    """One persistent psql process reading the plain queries from stdin with \\timing on, their rows read in
    full and thrown away (\\o /dev/null): a query's time is psql's, from sending it to having its whole answer,
    planning included, over the same local TCP connection the service uses."""

    MARK = "@@bench-done"

    def __init__(self, database: Database):
        self.process = subprocess.Popen(database.command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True, bufsize=1)
        self.process.stdin.write("\\timing on\n\\o /dev/null\n")

    def time_ms(self, query: str) -> float:
        self.process.stdin.write(query.rstrip().rstrip(";") + ";\n\\echo " + self.MARK + "\n")
        self.process.stdin.flush()
        elapsed = None
        for line in self.process.stdout:
            if line.startswith("Time: "):
                elapsed = float(line.split()[1])
            elif line.strip() == self.MARK:
                return elapsed
        raise CannotRun(f"the plain query failed: {self.process.stderr.read().strip()[:2000]}")

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait(timeout=30)


def build_if_needed() -> None:
    """Builds reporting-service (offline, no tests) when its jar is missing or older than its sources."""
    if JAR.exists():
        built = JAR.stat().st_mtime
        newer = any(path.is_file() and path.stat().st_mtime > built
                    for root in BUILD_INPUTS for path in ([REPO / root] if (REPO / root).is_file()
                                                          else (REPO / root).rglob("*")))
        if not newer:
            return
    print("Building reporting-service (mvn -q -o clean package -pl reporting-service -am -DskipTests)", flush=True)
    result = subprocess.run(["mvn", "-q", "-o", "clean", "package", "-pl", "reporting-service", "-am", "-DskipTests"],
                            cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0 or not JAR.exists():
        raise CannotRun("the build failed:\n" + (result.stdout + result.stderr)[-3000:])


def make_keys(directory: Path) -> Path:
    """A key pair of this run only: the service verifies with its public half, scripts/token.sh signs with the
    private one (SIMONEV_DEV_PRIVATE_KEY), so that no key of ./run.sh is needed or touched."""
    private = directory / "private.pem"
    for command in (["openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out",
                     str(private)],
                    ["openssl", "rsa", "-in", str(private), "-pubout", "-out", str(directory / "public.pem")]):
        if subprocess.run(command, capture_output=True).returncode != 0:
            raise CannotRun("openssl could not make a key pair")
    return private


def admin_token(private_key: Path) -> str:
    result = subprocess.run([str(REPO / "scripts" / "token.sh"), "admin"], cwd=REPO, capture_output=True, text=True,
                            env={**os.environ, "SIMONEV_DEV_PRIVATE_KEY": str(private_key)})
    if result.returncode != 0:
        raise CannotRun(f"scripts/token.sh admin failed: {result.stderr.strip()}")
    return result.stdout.strip()


class Service:
    """reporting-service from this checkout against the benchmark's database, without a broker: its Kafka
    channel is disabled, so nothing but the benchmark's seeding changes the read models."""

    def __init__(self, database: Database, port: int, keys: Path, log: Path):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=2).connect()
        except OSError:
            pass
        else:
            raise CannotRun(f"something already listens on port {port}: choose another with --port")
        self.port = port
        self.log = log
        environment = {**os.environ,
                       "SIMONEV_REPORTING_PORT": str(port),
                       "QUARKUS_DATASOURCE_JDBC_URL": database.jdbc_url(),
                       "MP_MESSAGING_INCOMING_EVENTS_ENABLED": "false",
                       # Only the Kafka health check would look for a broker: point it at none rather than at
                       # a broker another checkout runs.
                       "KAFKA_BOOTSTRAP_SERVERS": "127.0.0.1:1",
                       "SIMONEV_JWT_PUBLIC_KEY_LOCATION": str(keys / "public.pem")}
        with open(log, "w") as output:
            self.process = subprocess.Popen(["java", "-Xmx256m", "-jar", str(JAR)], cwd=REPO, env=environment,
                                            stdout=output, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_ready(self, timeout: float = 180) -> None:
        """Until the service answers an evaluation (404 for an unknown program: Flyway has run, the API is up)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise CannotRun(f"reporting-service stopped at start; its log: {self.log}\n" + self.tail())
            try:
                connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=5)
                connection.request("GET", "/q/health/live")
                if connection.getresponse().status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.5)
        raise CannotRun(f"reporting-service did not start in {timeout:.0f} s; its log: {self.log}\n" + self.tail())

    def tail(self) -> str:
        return "".join(self.log.read_text(errors="replace").splitlines(keepends=True)[-30:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def seed_steps(args) -> list[tuple[str, str]]:
    """(label, SQL) in order: the raw rows, then the read models derived from them. Each statement is one
    INSERT ... SELECT over generate_series or over the raw rows; random() is seeded per step."""
    regions = len(PROVINCES) * (KAB_KOTA_PER_PROVINCE + 1)
    agencies_per_region = max(1, round(args.units / regions))
    agencies = regions * agencies_per_region
    indicators = max(1, args.realisations // args.periods)
    g, p = args.programs, args.participants

    def agency(index: str) -> str:
        return f"'AG-' || lpad(({index})::text, 5, '0')"

    def unit(index: str) -> str:
        return f"'UL-' || lpad(({index})::text, 5, '0')"

    raw = [
        ("raw schema", f"""
            drop schema if exists raw cascade;
            create schema raw;
            create table raw.seeded (parameters text not null, seconds numeric not null, at timestamptz not null);
            create table raw.region (n integer primary key, code text not null unique, name text not null,
                parent_code text);
            create table raw.agency (code text primary key, name text not null, region_code text not null);
            create table raw.service_unit (code text primary key, name text not null, agency_code text not null,
                region_code text not null);
            create table raw.program (id uuid primary key, seq integer not null unique, code text not null,
                title text not null, region_code text not null, organising_agency_code text not null,
                format text not null, competency_type text not null, start_date date not null,
                end_date date not null, jp integer not null, status text not null, planned_at timestamptz not null,
                status_at timestamptz not null, benefit_amount bigint, benefit_method text,
                benefit_estimated_by text, benefit_estimated_at timestamptz, reaction_links integer not null);
            create table raw.participant (program_id uuid not null, nip text not null, agency_code text not null,
                pre_test numeric, post_test numeric, scores_at timestamptz, withdrawal_reason text,
                completed boolean, shortfalls text[] not null, jp_credited integer not null,
                primary key (program_id, nip));
            create table raw.expense (program_id uuid not null, amount bigint not null,
                recorded_at timestamptz not null);
            create table raw.reaction_answer (program_id uuid not null, respondent integer not null,
                section text not null, trainer_name text, item_code text not null, answer smallint not null,
                answered_at timestamptz not null);
            create table raw.program_outcome (program_id uuid not null, position integer not null,
                agency_code text, indicator_code text, service_unit_code text, expected_change text,
                primary key (program_id, position));
            create table raw.indicator (agency_code text not null, indicator_code text not null,
                region_code text not null, period_type text not null, name text not null,
                direction text not null, primary key (agency_code, indicator_code));
            create table raw.realisation (agency_code text not null, indicator_code text not null,
                period text not null, capaian numeric not null, occurred_at timestamptz not null);
            create table raw.skm_response (service_unit_code text not null, response_date date not null,
                index_points integer not null, index_denominator integer not null);
            -- The start of the period of a type containing a day, and its code as performance-service writes it.
            create function raw.period_start(period_type text, day date) returns date language sql immutable as $$
                select case period_type when 'MONTH' then date_trunc('month', day)::date
                    when 'QUARTER' then date_trunc('quarter', day)::date
                    when 'SEMESTER' then make_date(extract(year from day)::int,
                                                   case when extract(month from day) < 7 then 1 else 7 end, 1)
                    else date_trunc('year', day)::date end $$;
            create function raw.period_code(period_type text, first_day date) returns text language sql immutable
            as $$
                select case period_type when 'MONTH' then to_char(first_day, 'YYYY-MM')
                    when 'QUARTER' then to_char(first_day, 'YYYY') || '-Q' || extract(quarter from first_day)
                    when 'SEMESTER' then to_char(first_day, 'YYYY') || '-S'
                        || case when extract(month from first_day) < 7 then 1 else 2 end
                    else to_char(first_day, 'YYYY') end $$;
            -- Windows (rule windows:n-periods-v1): the n periods before the one containing the program's start,
            -- the n after the one containing its end, each with its code, first and last day.
            create function raw.window_periods(period_type text, program_start date, program_end date,
                                               n integer default 2)
            returns table (side text, period text, first_day date, last_day date) language sql immutable as $$
                with span as (select make_interval(months => case period_type when 'MONTH' then 1
                                  when 'QUARTER' then 3 when 'SEMESTER' then 6 else 12 end) as months),
                starts as (
                    select 'before' as side, (raw.period_start(period_type, program_start) - k * months)::date as day
                    from span, generate_series(1, n) k
                    union all
                    select 'after', (raw.period_start(period_type, program_end) + k * months)::date
                    from span, generate_series(1, n) k)
                select side, raw.period_code(period_type, day), day, (day + months - interval '1 day')::date
                from starts, span $$;"""),
        ("raw.region", f"""
            insert into raw.region (n, code, name, parent_code)
            select row_number() over (order by code) - 1, code, name, parent_code from (
                select province as code, 'Provinsi ' || province as name, null as parent_code
                from unnest({sql_list(PROVINCES)}) province
                union all
                select province || '.' || lpad(k::text, 2, '0'), 'Kabupaten/Kota ' || province || '.'
                    || lpad(k::text, 2, '0'), province
                from unnest({sql_list(PROVINCES)}) province, generate_series(1, {KAB_KOTA_PER_PROVINCE}) k) r"""),
        ("raw.agency, raw.service_unit", f"""
            -- Agency a lies in region a mod {regions}; each agency has one service unit of the same number.
            insert into raw.agency (code, name, region_code)
            select {agency('a')}, 'Instansi ' || a, r.code
            from generate_series(0, {agencies - 1}) a join raw.region r on r.n = a % {regions};
            insert into raw.service_unit (code, name, agency_code, region_code)
            select {unit('a')}, 'Unit layanan ' || a, {agency('a')}, r.code
            from generate_series(0, {agencies - 1}) a join raw.region r on r.n = a % {regions}"""),
        ("raw.program", f"""
            select setseed(0.1);
            insert into raw.program
            select md5('program-' || x.g)::uuid, x.g, 'PRG-' || lpad(x.g::text, 6, '0'), 'Pelatihan ' || x.g, r.code,
                {agency(f'r.n + {regions} * (x.g % {agencies_per_region})')},
                ({sql_list(FORMATS)})[1 + x.g % {len(FORMATS)}],
                ({sql_list(COMPETENCY_TYPES)})[1 + x.g % {len(COMPETENCY_TYPES)}],
                x.start_date, x.start_date + x.g % 10, 8 + (x.g % 9) * 8,
                case when x.g % 33 = 0 then 'CANCELLED' else 'COMPLETED' end,
                x.start_date - 30, x.start_date + x.g % 10 + 1,
                case when x.g % 5 = 0 then (20 + floor(random() * 80))::bigint * 1000000 end,
                case when x.g % 5 = 0 then 'Penghematan waktu layanan' end,
                case when x.g % 5 = 0 then 'Biro Perencanaan' end,
                case when x.g % 5 = 0 then (x.start_date + 120)::timestamptz end,
                {p // g}
            from (select g, date '2022-01-01' + (g * 7919) % 1277 as start_date
                  from generate_series(0, {g - 1}) g) x
            join raw.region r on r.n = x.g % {regions}"""),
        ("raw.participant", f"""
            select setseed(0.2);
            -- Participant j takes part in program j mod {g}, from one of 3 of the program region's agencies: the
            -- region's other agencies are the comparison group of level 4.
            insert into raw.participant
            select p.id, (199000000000000000 + x.j)::text,
                {agency(f'p.seq % {regions} + {regions} * ((p.seq + (x.j / {g}) % 3) % {agencies_per_region})')},
                x.pre, x.post, case when x.pre is not null or x.post is not null then p.end_date + time '15:00' end,
                case when x.w < 0.04 then ({sql_list(WITHDRAWAL_REASONS)})[1 + floor(x.w * 100)::int] end,
                case when x.w >= 0.04 then x.c >= 0.15 end,
                case when x.w >= 0.04 and x.c < 0.15 then
                    case when x.c < 0.05 then '{{ATTENDANCE}}'::text[] when x.c < 0.10 then '{{POST_TEST}}'
                         else '{{ATTENDANCE,POST_TEST}}' end
                    else '{{}}' end,
                case when x.w >= 0.04 and x.c >= 0.15 then p.jp else 0 end
            from (select j, w, c,
                         case when b >= 0.03 then case when a > 0.995 then 100 else round(20 + a * 60, 1) end end pre,
                         case when b >= 0.03 and b < 0.08 then null
                              else least(100, round(case when b < 0.03 then 50 + d * 50
                                                         else least(100, 20 + a * 60) + d * 40 - 5 end, 1)) end post
                  from (select j, random()::numeric a, random() b, random() c, random()::numeric d, random() w
                        from generate_series(0, {p - 1}) j) r) x
            join raw.program p on p.seq = x.j % {g}"""),
        ("raw.expense", f"""
            select setseed(0.3);
            insert into raw.expense
            select p.id, (1 + floor(random() * 49))::bigint * 1000000, p.end_date + e
            from raw.program p, generate_series(1, 3) e"""),
        ("raw.reaction_answer", f"""
            select setseed(0.4);
            -- {args.respondents} respondents per program: the delivery's items D1-D4 and one trainer's T1-T2.
            insert into raw.reaction_answer
            select p.id, respondent, s.section, s.trainer_name, s.item_code, (1 + floor(random() * 5))::smallint,
                p.end_date + 1 + respondent * interval '1 hour'
            from raw.program p cross join generate_series(1, {args.respondents}) respondent
            cross join lateral (values ('DELIVERY', null, 'D1'), ('DELIVERY', null, 'D2'), ('DELIVERY', null, 'D3'),
                ('DELIVERY', null, 'D4'), (md5('trainer-' || p.seq)::uuid::text, 'Widyaiswara ' || p.seq, 'T1'),
                (md5('trainer-' || p.seq)::uuid::text, 'Widyaiswara ' || p.seq, 'T2'))
                s(section, trainer_name, item_code)"""),
        ("raw.indicator", f"""
            -- Indicator i belongs to agency i mod {agencies}; even ones are quarterly, odd ones monthly.
            insert into raw.indicator
            select {agency(f'i % {agencies}')}, 'IKU-' || lpad(i::text, 6, '0'), r.code,
                case when i % 2 = 0 then 'QUARTER' else 'MONTH' end, 'Indikator ' || i, 'HIGHER_IS_BETTER'
            from generate_series(0, {indicators - 1}) i join raw.region r on r.n = (i % {agencies}) % {regions}"""),
        ("raw.realisation", f"""
            select setseed(0.5);
            -- {args.periods} periods each, up to December 2025: quarters from 2013-Q3, months from 2021-11.
            insert into raw.realisation
            select i.agency_code, i.indicator_code, raw.period_code(i.period_type, d.first_day),
                round((70 + random() * 50)::numeric, 4), d.first_day + interval '4 months'
            from raw.indicator i cross join generate_series(0, {args.periods - 1}) k
            cross join lateral (select case i.period_type
                when 'QUARTER' then (date '2026-01-01' - ({args.periods} - k) * interval '3 months')::date
                else (date '2026-01-01' - ({args.periods} - k) * interval '1 month')::date end as first_day) d"""),
        ("raw.program_outcome", f"""
            -- A quarter of the programs expect a change in an indicator of their first participating agency; half
            -- of those in the IKM of that agency's unit too.
            insert into raw.program_outcome
            select p.id, 1, i.agency_code, i.indicator_code, null, 'INCREASE'
            from raw.program p
            join raw.indicator i on i.indicator_code = 'IKU-' || lpad((p.seq % {regions} + {regions}
                * (p.seq % {agencies_per_region}))::text, 6, '0')
            where p.seq % 4 = 0
            union all
            select p.id, 2, null, null, {unit(f'p.seq % {regions} + {regions} * (p.seq % {agencies_per_region})')},
                'INCREASE'
            from raw.program p where p.seq % 8 = 0"""),
        ("raw.skm_response", f"""
            select setseed(0.6);
            -- In the order they came: every unit's responses spread over 2021-2025, 18-36 points over 9 items.
            insert into raw.skm_response
            select {unit(f's % {agencies}')}, date '2021-01-01' + floor(random() * 1826)::int,
                18 + floor(random() * 19)::int, 9
            from generate_series(0, {args.skm_responses - 1}) s"""),
        ("raw indexes", """
            -- What the producers' own tables would be read by: a program's rows, a realisation by its key,
            -- a unit's responses by survey date, a region's programs by start date.
            create index on raw.program (region_code text_pattern_ops, start_date);
            create index on raw.expense (program_id);
            create index on raw.reaction_answer (program_id, section);
            create index on raw.agency (region_code text_pattern_ops);
            create index on raw.service_unit (agency_code);
            create index on raw.indicator (agency_code, period_type);
            alter table raw.realisation add primary key (agency_code, indicator_code, period);
            create index on raw.skm_response (service_unit_code, response_date)"""),
    ]
    read_models = [
        ("region, agency, service_unit", """
            insert into region (code, name, parent_code) select code, name, parent_code from raw.region;
            insert into agency (code, name, region_code, active) select code, name, region_code, true
            from raw.agency;
            insert into service_unit (code, name, agency_code, region_code, yearly_service_users, active)
            select code, name, agency_code, region_code, 2000, true from raw.service_unit"""),
        ("program_evaluation", """
            -- LearningTally's sums over every participant's scores (withdrawn too, as the projection keeps them),
            -- Participant.Counts, the expenses' sum, the plan, the latest status and the benefit estimate.
            insert into program_evaluation (program_id, code, title, region_code, organising_agency_code, format,
                competency_type, start_date, end_date, jp, plan_at, status, status_at, paired, pre_only, post_only,
                pre_sum, post_sum, difference_square_sum, gain_sum, high, medium, low, enrolled, taking_part,
                withdrawn, completed, not_completed, jp_credited, cost, benefit_amount, benefit_method,
                benefit_estimated_by, benefit_estimated_at, learning_as_of, worth_as_of, reaction_links,
                reaction_as_of, outcomes, outcomes_at, results_stale)
            select p.id, p.code, p.title, p.region_code, p.organising_agency_code, p.format, p.competency_type,
                p.start_date, p.end_date, p.jp, p.planned_at, p.status, p.status_at,
                coalesce(l.paired, 0), coalesce(l.pre_only, 0), coalesce(l.post_only, 0), coalesce(l.pre_sum, 0),
                coalesce(l.post_sum, 0), coalesce(l.difference_square_sum, 0), coalesce(l.gain_sum, 0),
                coalesce(l.high, 0), coalesce(l.medium, 0), coalesce(l.low, 0), coalesce(l.enrolled, 0),
                coalesce(l.taking_part, 0), coalesce(l.withdrawn, 0), coalesce(l.completed, 0),
                coalesce(l.not_completed, 0), coalesce(l.jp_credited, 0), coalesce(e.cost, 0), p.benefit_amount,
                p.benefit_method, p.benefit_estimated_by, p.benefit_estimated_at, l.as_of,
                greatest(l.as_of, e.as_of, p.benefit_estimated_at), p.reaction_links, a.as_of,
                coalesce(o.outcomes, 0), p.planned_at, false
            from raw.program p
            left join (
                select program_id,
                    count(*) filter (where pre_test is not null and post_test is not null) paired,
                    count(*) filter (where pre_test is not null and post_test is null) pre_only,
                    count(*) filter (where pre_test is null and post_test is not null) post_only,
                    sum(pre_test) filter (where post_test is not null) pre_sum,
                    sum(post_test) filter (where pre_test is not null) post_sum,
                    sum((post_test - pre_test) * (post_test - pre_test)) difference_square_sum,
                    sum((post_test - pre_test) / (100 - pre_test)) filter (where pre_test < 100) gain_sum,
                    count(*) filter (where pre_test < 100 and post_test - pre_test > 0.7 * (100 - pre_test)) high,
                    count(*) filter (where pre_test < 100 and post_test - pre_test >= 0.3 * (100 - pre_test)
                                     and post_test - pre_test <= 0.7 * (100 - pre_test)) medium,
                    count(*) filter (where pre_test < 100 and post_test - pre_test < 0.3 * (100 - pre_test)) low,
                    count(*) enrolled,
                    count(*) filter (where withdrawal_reason is null) taking_part,
                    count(*) filter (where withdrawal_reason is not null) withdrawn,
                    count(*) filter (where withdrawal_reason is null and completed) completed,
                    count(*) filter (where withdrawal_reason is null and not completed) not_completed,
                    coalesce(sum(jp_credited) filter (where withdrawal_reason is null and completed), 0) jp_credited,
                    max(scores_at) as_of
                from raw.participant group by program_id) l on l.program_id = p.id
            left join (select program_id, sum(amount) cost, max(recorded_at) as_of from raw.expense
                       group by program_id) e on e.program_id = p.id
            left join (select program_id, max(answered_at) as_of from raw.reaction_answer
                       group by program_id) a on a.program_id = p.id
            left join (select program_id, count(*) outcomes from raw.program_outcome
                       group by program_id) o on o.program_id = p.id"""),
        ("program_evaluation_participant", """
            insert into program_evaluation_participant (program_id, nip, enrolled, pre_test, post_test, scores_at,
                withdrawal_reason, completed, shortfalls, jp_credited, agency_code)
            select program_id, nip, true, pre_test, post_test, scores_at, withdrawal_reason, completed, shortfalls,
                jp_credited, agency_code
            from raw.participant"""),
        ("program_evaluation_reason", """
            insert into program_evaluation_reason (program_id, kind, reason, participants)
            select program_id, 'WITHDRAWAL', withdrawal_reason, count(*) from raw.participant
            where withdrawal_reason is not null group by program_id, withdrawal_reason
            union all
            select program_id, 'SHORTFALL', shortfall, count(*) from raw.participant, unnest(shortfalls) shortfall
            where withdrawal_reason is null and completed = false group by program_id, shortfall"""),
        ("program_reaction_section, _item", """
            insert into program_reaction_section (program_id, section, trainer_name, named_at, respondents)
            select program_id, section, max(trainer_name), max(answered_at), count(distinct respondent)
            from raw.reaction_answer group by program_id, section;
            insert into program_reaction_item (program_id, section, item_code, answered, answer_sum, top_two)
            select program_id, section, item_code, count(*), sum(answer), count(*) filter (where answer >= 4)
            from raw.reaction_answer group by program_id, section, item_code"""),
        ("program_outcome", """
            insert into program_outcome (program_id, position, agency_code, indicator_code, service_unit_code,
                expected_change)
            select program_id, position, agency_code, indicator_code, service_unit_code, expected_change
            from raw.program_outcome"""),
        ("indicator, indicator_period", """
            insert into indicator (agency_code, indicator_code, region_code, period_type, name, unit, direction,
                defined_at)
            select agency_code, indicator_code, region_code, period_type, name, 'PERSEN', direction,
                timestamptz '2013-01-01' from raw.indicator;
            -- The latest realisation of each indicator and period (here there is one of each), in the order the
            -- events came: period after period, so that an indicator's rows lie apart as in production.
            insert into indicator_period (agency_code, indicator_code, period, capaian, occurred_at)
            select * from (
                select distinct on (agency_code, indicator_code, period) agency_code, indicator_code, period,
                    capaian, occurred_at
                from raw.realisation order by agency_code, indicator_code, period, occurred_at desc) latest
            order by occurred_at, agency_code, indicator_code"""),
        ("unit_skm_month", """
            -- A unit's month gets its row with the month's first response: month after month.
            insert into unit_skm_month (service_unit_code, month, index_denominator, responses, points_sum, as_of)
            select service_unit_code, date_trunc('month', response_date)::date, index_denominator, count(*),
                sum(index_points), max(response_date)::timestamptz
            from raw.skm_response group by 1, 2, 3
            order by 2, 1"""),
        ("vacuum analyze", "vacuum analyze"),
        # Last, once every row level 4 reads is in: the programs with outcomes are left stale, as the projections
        # leave them, for the service's ProgramResultsRefresher to compute their level-4 headline.
        ("results_stale", "update program_evaluation set results_stale = true where outcomes > 0"),
    ]
    return raw + read_models


def seed(database: Database, args, parameters: str) -> float:
    print("Seeding (set-based SQL; the raw SKM responses take the longest):", flush=True)
    started = time.monotonic()
    for label, statement in seed_steps(args):
        step = time.monotonic()
        database.run("set synchronous_commit = off;\n" + statement + ";")
        print(f"  {label:<36} {time.monotonic() - step:7.1f} s", flush=True)
    seconds = time.monotonic() - started
    database.run(f"insert into raw.seeded values ('{parameters}', {seconds:.1f}, now());")
    return seconds


def wait_for_headlines(database: Database, timeout: float) -> float:
    """Waits until the service's ProgramResultsRefresher has computed the level-4 headline of every program the
    seeding left stale (50 a second at most), so that it does not run beside the timed requests."""
    started = time.monotonic()
    while database.run("select count(*) from program_evaluation where results_stale") != "0":
        if time.monotonic() - started > timeout:
            raise CannotRun(f"the service still had stale level-4 headlines after {timeout:.0f} s")
        time.sleep(2)
    return time.monotonic() - started


# Level 4 of one program over the raw rows ({program_id}; CTEs p, the program, and pa, its participants, come
# first): the windows of each outcome, the treated indicator's or unit's value in each, and its comparison group's
# (every indicator of the same period type, or every unit, of the region's agencies without a participant, each
# weighing the same), as ProgramResultsService compares them.
RESULTS_CTES = """,
        others as (select a.code from raw.agency a, p
                   where (a.region_code = p.region_code or a.region_code like p.region_code || '.%')
                     and a.code not in (select agency_code from pa)),
        o as (select * from raw.program_outcome where program_id = '{program_id}'),
        indicator_windows as (
            select o.position, i.agency_code, i.indicator_code, i.period_type, w.side, w.period
            from o join raw.indicator i using (agency_code, indicator_code), p,
                raw.window_periods(i.period_type, p.start_date, p.end_date) w),
        treated_indicator as (
            select w.position, w.side, avg(r.capaian) as value, count(*) as periods
            from indicator_windows w join raw.realisation r using (agency_code, indicator_code, period)
            group by 1, 2),
        comparison_indicator as (
            select position, side, avg(mean) as value, count(*) as indicators from (
                select w.position, w.side, c.agency_code, c.indicator_code, avg(r.capaian) as mean
                from indicator_windows w
                join raw.indicator c on c.period_type = w.period_type and c.agency_code in (select code from others)
                    and c.agency_code <> w.agency_code
                join raw.realisation r on r.agency_code = c.agency_code and r.indicator_code = c.indicator_code
                    and r.period = w.period
                group by 1, 2, 3, 4) per_indicator
            group by 1, 2),
        unit_windows as (
            select o.position, o.service_unit_code, w.side, min(w.first_day) as first_day, max(w.last_day) as last_day
            from o, p, raw.window_periods('{ikm_window_type}', p.start_date, p.end_date) w
            where o.service_unit_code is not null group by 1, 2, 3),
        treated_ikm as (
            select w.position, w.side, 25 * sum(r.index_points::numeric / r.index_denominator) / count(*) as value,
                count(*) as responses
            from unit_windows w join raw.skm_response r on r.service_unit_code = w.service_unit_code
                and r.response_date between w.first_day and w.last_day
            group by 1, 2),
        comparison_ikm as (
            select position, side, avg(ikm) as value, count(*) as units from (
                select w.position, w.side, u.code,
                    25 * sum(r.index_points::numeric / r.index_denominator) / count(*) as ikm
                from unit_windows w
                join raw.service_unit u on u.agency_code in (select code from others)
                    and u.code <> w.service_unit_code
                join raw.skm_response r on r.service_unit_code = u.code
                    and r.response_date between w.first_day and w.last_day
                group by 1, 2, 3) per_unit
            group by 1, 2)"""


def results_ctes(program_id: str) -> str:
    return RESULTS_CTES.format(program_id=program_id, ikm_window_type=IKM_WINDOW_TYPE)


RESULTS_FIELDS = """,
            'treatedIndicators', (select json_agg(t) from treated_indicator t),
            'comparisonIndicators', (select json_agg(c) from comparison_indicator c),
            'treatedIkm', (select json_agg(t) from treated_ikm t),
            'comparisonIkm', (select json_agg(c) from comparison_ikm c)"""


def plain_evaluation(program_id: str, with_results: bool) -> str:
    """A program's levels 1, 2 and 5 (and 4) summed over its raw rows in one statement, as JSON."""
    results = results_ctes(program_id) if with_results else ""
    results_fields = RESULTS_FIELDS if with_results else ""
    return f"""
        with p as (select * from raw.program where id = '{program_id}'),
        pa as (select * from raw.participant where program_id = '{program_id}'),
        learning as (
            select count(*) filter (where pre_test is not null and post_test is not null) as paired,
                count(*) filter (where pre_test is not null and post_test is null) as pre_only,
                count(*) filter (where pre_test is null and post_test is not null) as post_only,
                avg(pre_test) filter (where post_test is not null) as mean_pre,
                avg(post_test) filter (where pre_test is not null) as mean_post,
                avg(post_test - pre_test) as mean_difference, stddev_samp(post_test - pre_test) as sd_difference,
                avg((post_test - pre_test) / (100 - pre_test)) filter (where pre_test < 100) as mean_gain,
                count(*) filter (where pre_test < 100 and post_test - pre_test > 0.7 * (100 - pre_test)) as high,
                count(*) filter (where pre_test < 100 and post_test - pre_test >= 0.3 * (100 - pre_test)
                                 and post_test - pre_test <= 0.7 * (100 - pre_test)) as medium,
                count(*) filter (where pre_test < 100 and post_test - pre_test < 0.3 * (100 - pre_test)) as low,
                count(*) as enrolled, count(*) filter (where withdrawal_reason is null) as taking_part,
                count(*) filter (where withdrawal_reason is not null) as withdrawn,
                count(*) filter (where withdrawal_reason is null and completed) as completed,
                count(*) filter (where withdrawal_reason is null and not completed) as not_completed,
                coalesce(sum(jp_credited) filter (where withdrawal_reason is null and completed), 0) as jp_credited
            from pa),
        withdrawals as (select withdrawal_reason as reason, count(*) as n from pa
                        where withdrawal_reason is not null group by 1),
        shortfalls as (select shortfall as reason, count(*) as n from pa, unnest(shortfalls) shortfall
                       where withdrawal_reason is null and completed = false group by 1),
        items as (select section, item_code, count(*) as answered, avg(answer) as mean,
                      count(*) filter (where answer >= 4) as top_two
                  from raw.reaction_answer where program_id = '{program_id}' group by 1, 2),
        sections as (select section, max(trainer_name) as trainer, count(distinct respondent) as respondents
                     from raw.reaction_answer where program_id = '{program_id}' group by 1){results}
        select json_build_object('program', row_to_json(p), 'learning', (select row_to_json(l) from learning l),
            'withdrawals', (select json_object_agg(reason, n) from withdrawals),
            'shortfalls', (select json_object_agg(reason, n) from shortfalls),
            'cost', (select sum(amount) from raw.expense where program_id = '{program_id}'),
            'sections', (select json_agg(s) from sections s),
            'items', (select json_agg(i) from items i){results_fields})
        from p"""


def plain_results(program_id: str) -> str:
    """A program's level 4 alone over its raw rows, as JSON."""
    return f"""
        with p as (select * from raw.program where id = '{program_id}'),
        pa as (select agency_code from raw.participant where program_id = '{program_id}')""" \
        + results_ctes(program_id) + f"""
        select json_build_object('programId', p.id{RESULTS_FIELDS}) from p"""


def plain_region_list(region: str) -> str:
    """A region's first page (by start date, latest first, 20 programs) with each one's headline figures and the
    total, grouped over the raw participants and reaction answers."""
    return f"""
        with page as (
            select p.id, p.code, p.title, p.region_code, p.organising_agency_code, p.format, p.competency_type,
                p.start_date, p.end_date, p.status,
                count(pa.nip) filter (where pa.withdrawal_reason is null) as taking_part,
                count(pa.nip) filter (where pa.withdrawal_reason is null and pa.completed) as completed,
                count(pa.nip) filter (where pa.withdrawal_reason is null and not pa.completed) as not_completed,
                avg((pa.post_test - pa.pre_test) / (100 - pa.pre_test)) filter (where pa.pre_test < 100) as mean_gain
            from raw.program p left join raw.participant pa on pa.program_id = p.id
            where p.region_code = '{region}' or p.region_code like '{region}.%'
            group by p.id order by p.start_date desc, p.id limit 20),
        delivery as (
            select program_id, item_code, count(*) as answered, avg(answer) as mean,
                count(*) filter (where answer >= 4) as top_two, count(distinct respondent) as respondents
            from raw.reaction_answer where program_id in (select id from page) and section = 'DELIVERY'
            group by 1, 2)
        select json_build_object('items', (select json_agg(page) from page),
            'delivery', (select json_agg(d) from delivery d), 'total', (select count(*) from raw.program
                                                  where region_code = '{region}' or region_code like '{region}.%'))"""


class Api:
    """One keep-alive connection to the service, as one client calling again and again."""

    def __init__(self, port: int, token: str):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.headers = {"Authorization": f"Bearer {token}", "Accept": "application/json"}

    def get_ms(self, path: str) -> tuple[int, bytes, float]:
        started = time.perf_counter()
        self.connection.request("GET", path, headers=self.headers)
        response = self.connection.getresponse()
        body = response.read()
        return response.status, body, (time.perf_counter() - started) * 1000


def timed(label: str, paths: list[str], warm_up: int, call) -> list[float]:
    """Times each call after `warm_up` untimed ones (drawn from the same paths)."""
    for path in paths[:warm_up]:
        call(path)
    print(f"  {label}: {len(paths) - warm_up} timed after {warm_up} warm-up", flush=True)
    return [call(path) for path in paths[warm_up:]]


def endpoint_caller(api: Api, errors: list[str]):
    def call(path: str) -> float:
        status, body, ms = api.get_ms(path)
        if status != 200:
            errors.append(f"GET {path}: {status} {body[:300]!r}")
        return ms
    return call


def figures(values: list[float]) -> tuple[float, float, float]:
    return percentile(values, 50), percentile(values, 99), max(values, default=math.nan)


def report(rows: list[tuple[str, str, list[float]]], comparisons: list[tuple[str, list[float], list[float]]]) -> None:
    print(f"\n{'':<49} {'n':>5} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for label, what, values in rows:
        p50, p99, top = figures(values)
        print(f"{label:<14}{what:<35} {len(values):>5} {p50:8.2f} {p99:8.2f} {top:8.2f}")
    print(f"\n{'endpoint':<34} {'p50 ms':>7} {'p99 ms':>7} {'plain p50':>10} {'plain p99':>10} "
          f"{'speed-up p50':>13} {'p99':>6}  target (p99 < {TARGET_P99_MS} ms, >= {TARGET_SPEED_UP}x)")
    for label, endpoint, plain in comparisons:
        p50, p99, _ = figures(endpoint)
        plain50, plain99, _ = figures(plain)
        up50, up99 = plain50 / p50, plain99 / p99
        met = p99 < TARGET_P99_MS and min(up50, up99) >= TARGET_SPEED_UP
        misses = [reason for reason, missed in ((f"p99 {p99:.1f} ms", p99 >= TARGET_P99_MS),
                                                (f"{min(up50, up99):.1f}x", min(up50, up99) < TARGET_SPEED_UP))
                  if missed]
        print(f"{label:<34} {p50:7.2f} {p99:7.2f} {plain50:10.2f} {plain99:10.2f} {up50:12.1f}x {up99:5.1f}x  "
              f"{'met' if met else 'missed: ' + ', '.join(misses)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    parser.add_argument("--participants", type=int, default=500_000, help="raw participants")
    parser.add_argument("--programs", type=int, default=20_000, help="programs, over 510 regions")
    parser.add_argument("--realisations", type=int, default=1_000_000, help="raw realisations")
    parser.add_argument("--periods", type=int, default=50, help="periods per indicator (realisations / periods "
                                                                 "indicators)")
    parser.add_argument("--skm-responses", type=int, default=10_000_000, help="raw SKM responses")
    parser.add_argument("--units", type=int, default=5_000, help="service units, one per agency (rounded to a "
                                                                 "whole number per region)")
    parser.add_argument("--respondents", type=int, default=6, help="reaction respondents per program")
    parser.add_argument("--requests", type=int, default=1000, help="timed GETs per endpoint")
    parser.add_argument("--plain-requests", type=int, default=200, help="timed plain queries per kind")
    parser.add_argument("--warm-up", type=int, default=200, help="untimed GETs per endpoint first (a tenth of "
                                                                  "it for the plain queries)")
    parser.add_argument("--with-outcomes", type=float, default=0.5,
                        help="share of the programs evaluated that expect outcomes (level 4)")
    parser.add_argument("--port", type=int, default=18094,
                        help="port of the reporting-service started here (one no running system uses)")
    parser.add_argument("--database", default="simonev_bench", help="database created for the run")
    parser.add_argument("--refresh-timeout", type=float, default=1800,
                        help="seconds to wait for the level-4 headlines of the seeded programs")
    parser.add_argument("--keep", action="store_true", help="reuse the database when an earlier run seeded it at "
                                                            "the same scale")
    parser.add_argument("--drop", action="store_true", help="drop the database at the end")
    parser.add_argument("--seed", type=int, default=1, help="seed of the programs and regions drawn")
    args = parser.parse_args()

    started = time.monotonic()
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, lambda *_: sys.exit(130))
    for tool in ("psql", "java", "openssl"):
        if shutil.which(tool) is None:
            print(f"{tool} is not on the PATH", file=sys.stderr)
            return 2
    database = Database(args.database)
    work = Path(tempfile.mkdtemp(prefix="simonev-bench-evaluation-"))
    service = plain = None
    try:
        build_if_needed()
        private_key = make_keys(work)
        parameters = json.dumps({key: getattr(args, key) for key in (
            "participants", "programs", "realisations", "periods", "skm_responses", "units", "respondents")})
        seeded = (args.keep and database.exists()
                  and database.run("select to_regclass('raw.seeded') is not null") == "t"
                  and database.run("select parameters from raw.seeded order by at desc limit 1") == parameters)
        if not seeded:
            database.recreate()
        service = Service(database, args.port, work, work / "reporting-service.log")
        service.wait_ready()
        print(f"reporting-service on :{args.port} against {args.database} (log {service.log})", flush=True)
        seconds = seed(database, args, parameters) if not seeded else float(
            database.run("select seconds from raw.seeded order by at desc limit 1"))
        print(f"Seeding: {seconds:.0f} s{' (an earlier run, reused with --keep)' if seeded else ''}")
        refreshed = wait_for_headlines(database, args.refresh_timeout)
        print(f"Level-4 headlines computed by the service's ProgramResultsRefresher: {refreshed:.0f} s", flush=True)
        print(database.run("""
            select format('%s programs (%s with outcomes), %s participants, %s realisations, %s SKM responses; '
                          'database %s',
                (select count(*) from raw.program), (select count(*) from program_evaluation where outcomes > 0),
                (select count(*) from raw.participant), (select count(*) from raw.realisation),
                (select count(*) from raw.skm_response), pg_size_pretty(pg_database_size(current_database())))"""))

        rng = random.Random(args.seed)
        programs = [line.split("|") for line in database.run(
            "select program_id, outcomes > 0 from program_evaluation order by program_id").splitlines()]
        with_outcomes = [program for program, flag in programs if flag == "t"]
        without = [program for program, flag in programs if flag == "f"]
        total = args.warm_up + args.requests
        chosen = [rng.choice(with_outcomes) if rng.random() < args.with_outcomes else rng.choice(without)
                  for _ in range(total)]
        regions = database.run("select code from raw.region order by code").splitlines()
        region_codes = [rng.choice(regions) for _ in range(total)]

        api = Api(args.port, admin_token(private_key))
        errors: list[str] = []
        call = endpoint_caller(api, errors)
        status, body, _ = api.get_ms(f"/api/v1/programs/{chosen[0]}/evaluation")
        if status != 200:
            raise CannotRun(f"the first evaluation answered {status}: {body[:500]!r}\n" + service.tail())
        levels = [key for key, value in json.loads(body).items() if isinstance(value, dict)]
        print(f"The evaluation answers with: {', '.join(levels)}")
        answers_results = any(key.startswith("result") for key in levels)

        print("Timing (one keep-alive HTTP connection; plain SQL through one persistent psql session); load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
        evaluation = timed("GET evaluation", [f"/api/v1/programs/{p}/evaluation" for p in chosen], args.warm_up,
                           call)
        region_list = timed("GET region programs", [f"/api/v1/reports/regions/{r}/programs" for r in region_codes],
                            args.warm_up, call)
        plain = PlainSession(database)
        plain_warm_up = max(1, args.warm_up // 10)
        plain_programs = chosen[:plain_warm_up + args.plain_requests]
        plain_learning = timed("plain levels 1, 2, 5", plain_programs, plain_warm_up,
                               lambda p: plain.time_ms(plain_evaluation(p, False)))
        plain_all_levels = timed("plain levels 1, 2, 5 and 4", plain_programs, plain_warm_up,
                              lambda p: plain.time_ms(plain_evaluation(p, True)))
        plain_regions = region_codes[:plain_warm_up + args.plain_requests]
        plain_list = timed("plain region list", plain_regions, plain_warm_up,
                           lambda r: plain.time_ms(plain_region_list(r)))

        def list_with_results(region: str) -> float:
            """The list, then level 4 of each of its page's programs with outcomes, each found untimed first."""
            page = database.run(f"""
                select id from (select id, start_date from raw.program
                                where region_code = '{region}' or region_code like '{region}.%'
                                order by start_date desc, id limit 20) page
                where exists (select 1 from raw.program_outcome o where o.program_id = page.id)""").split()
            return plain.time_ms(plain_region_list(region)) + sum(plain.time_ms(plain_results(p)) for p in page)

        plain_list_results = timed("plain region list and level 4 of its page", plain_regions, plain_warm_up,
                                   list_with_results)

        provinces = set(PROVINCES)
        has_outcomes = set(with_outcomes)
        report([("evaluation", "GET .../programs/{id}/evaluation", evaluation),
                ("", "  of programs with outcomes",
                 [ms for ms, p in zip(evaluation, chosen[args.warm_up:]) if p in has_outcomes]),
                ("", "  of programs without",
                 [ms for ms, p in zip(evaluation, chosen[args.warm_up:]) if p not in has_outcomes]),
                ("", "plain SQL, levels 1, 2, 5", plain_learning),
                ("", "plain SQL, levels 1, 2, 5 and 4", plain_all_levels),
                ("region list", "GET .../regions/{code}/programs", region_list),
                ("", "  of provinces", [ms for ms, r in zip(region_list, region_codes[args.warm_up:])
                                        if r in provinces]),
                ("", "  of kabupaten/kota", [ms for ms, r in zip(region_list, region_codes[args.warm_up:])
                                             if r not in provinces]),
                ("", "plain SQL, levels 1, 2", plain_list),
                ("", "plain SQL, and level 4 of the page", plain_list_results)],
               [("evaluation vs plain 1, 2, 5", evaluation, plain_learning),
                ("evaluation vs plain 1, 2, 5, 4" + ("" if answers_results else " *"), evaluation, plain_all_levels),
                ("region list vs plain 1, 2", region_list, plain_list),
                ("region list vs plain 1, 2, 4", region_list, plain_list_results)])
        if not answers_results:
            print("* the service's evaluation has no level 4 yet: this row compares it with more work than it does")
        print(f"{args.with_outcomes:.0%} of the programs evaluated expect outcomes; regions drawn among "
              f"{len(regions)} (provinces and kabupaten/kota); errors: {len(errors)}")
        for error in errors[:5]:
            print(f"  {error}")
        print(f"Load average at the end: {os.getloadavg()[0]:.1f}; total time: {time.monotonic() - started:.0f} s")
        return 0
    except CannotRun as e:
        print(f"Could not run: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"Could not run: {e}", file=sys.stderr)
        return 2
    finally:
        if plain is not None:
            plain.close()
        if service is not None:
            service.stop()
        if args.drop:
            database.drop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

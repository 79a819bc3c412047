"""The CI set-ups a newsroom copies (examples/editorial-repo) work as written: every
quotecheck command of the GitHub workflow and the GitLab job is run here, in a copy of the
example repository, and what each produces is what the next step or the CI system reads."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "editorial-repo"


def _github_steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load((EXAMPLE / ".github" / "workflows" / "quotecheck.yml").read_text())
    steps: list[dict[str, Any]] = workflow["jobs"]["quotecheck"]["steps"]
    return steps


def _gitlab_script() -> list[str]:
    job = yaml.safe_load((EXAMPLE / ".gitlab-ci.yml").read_text())["quotecheck"]
    script: list[str] = job["script"]
    return script


def _quotecheck_part(command: str) -> list[str]:
    """The quotecheck command of a shell line (before a pipe), $CHANGED left out (a push)."""
    first = command.split("|")[0]
    words = [w for w in shlex.split(first) if w != "$CHANGED"]
    assert words[0] == "quotecheck", command
    return words[1:]


def _run(repo: Path, args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("QUOTECHECK_")}
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-m", "quotecheck", *args],
        cwd=repo,
        env=environ,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="module")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("ci") / "editorial-repo"
    shutil.copytree(EXAMPLE, root)
    return root


@pytest.mark.slow
def test_github_workflow_commands(repo: Path) -> None:
    runs = [s["run"] for s in _github_steps() if str(s.get("run", "")).startswith("quotecheck")]
    assert len(runs) == 2, runs
    summary = repo / "summary.md"
    check, review = runs
    done = _run(
        repo,
        _quotecheck_part(check),
        GITHUB_STEP_SUMMARY=str(summary),
        QUOTECHECK_CACHE_SECRET="test-secret",
    )
    assert done.returncode == 1, done.stderr  # the example has error-level findings
    assert "::error file=articles/" in done.stdout  # annotations
    assert "quotecheck" in summary.read_text(encoding="utf-8")  # the job summary
    sarif = json.loads((repo / "quotecheck.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"]
    # The review step: rdjson with suggestions for reviewdog, never failing the job itself.
    assert "reviewdog -f=rdjson" in review
    done = _run(repo, _quotecheck_part(review), QUOTECHECK_CACHE_SECRET="test-secret")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    suggested = [d for d in result["diagnostics"] if d.get("suggestions")]
    assert suggested, "no suggested change for the pull-request review"
    # The cache the workflow keeps between runs was filled (and the second run used it).
    assert (repo / ".quotecheck_cache").is_dir()


@pytest.mark.slow
def test_gitlab_job_commands(repo: Path) -> None:
    lines = [line for line in _gitlab_script() if line.startswith("quotecheck")]
    assert len(lines) == 1, lines
    done = _run(repo, _quotecheck_part(lines[0]))
    assert done.returncode == 1, done.stderr
    assert ": QC111 [warning] number-changed:" in done.stdout  # no real-news evidence yet
    quality = json.loads((repo / "gl-code-quality.json").read_text(encoding="utf-8"))
    assert quality and {"description", "check_name", "fingerprint", "location"} <= set(quality[0])
    junit = ET.fromstring((repo / "quotecheck-junit.xml").read_bytes())
    assert junit.tag == "testsuites" and int(junit.get("failures", "0")) > 0

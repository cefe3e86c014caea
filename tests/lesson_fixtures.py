"""Lessons for tests: a few relevant ones and hundreds of realistic distractors (deterministic)."""

from __future__ import annotations

import random

from secondnature.lessons.model import Lesson

RELEVANT = [
    ("Run the suite with make test", "Run the test suite with `make test`; plain pytest skips the database "
     "fixtures and fails with fixture 'db' not found.", "running or debugging tests", "pitfall"),
    ("Reset the test database", "When tests fail on migrations, reset the test database with "
     "`make db-reset` before rerunning them.", "tests fail on database migrations", "procedure"),
    ("Flaky payment test", "The payment integration test is flaky under parallel runs; rerun it alone with "
     "-k payment before assuming a regression.", "a payment test fails", "fact"),
]

# Three lessons for one agent, for distillation: (text, when it applies).
DISTILL_LESSONS = [
    ("In this repository the test suite runs with `zz test --fast`; plain pytest breaks the database fixtures.",
     "running the tests"),
    ("Deployments go through `zz ship --env staging` first; production deploys need a second reviewer.",
     "deploying the service"),
    ("The API uses snake_case field names everywhere; camelCase fields are rejected by the validator.",
     "adding API fields"),
]

TOPICS = {
    "docker": ["image", "container", "volume", "compose", "layer", "registry", "entrypoint"],
    "git": ["rebase", "branch", "merge", "commit", "stash", "remote", "tag"],
    "css": ["flexbox", "grid", "selector", "margin", "theme", "stylesheet", "viewport"],
    "kubernetes": ["pod", "deployment", "ingress", "helm", "namespace", "configmap", "replica"],
    "sql": ["index", "query", "join", "transaction", "schema", "vacuum", "postgres"],
    "frontend": ["react", "component", "hook", "bundle", "webpack", "vite", "router"],
    "api": ["endpoint", "pagination", "rate", "header", "versioning", "openapi", "graphql"],
    "logging": ["logger", "level", "rotation", "structured", "trace", "span", "metrics"],
    "security": ["cors", "csrf", "cookie", "session", "oauth", "scope", "rotation"],
    "release": ["changelog", "semver", "tag", "artifact", "publish", "wheel", "npm"],
}
VERBS = ["Prefer", "Avoid", "Always check", "Document", "Keep", "Use", "Review", "Pin", "Split", "Cache"]


def distractors(n: int, scope: str, seed: int = 7) -> list[Lesson]:
    rng = random.Random(seed)
    out = []
    topics = list(TOPICS)
    for i in range(n):
        topic = topics[i % len(topics)]
        a, b, c = rng.sample(TOPICS[topic], 3)
        verb = rng.choice(VERBS)
        text = f"{verb} the {a} {b} settings in the {topic} config; changing {c} without it breaks the {a}."
        out.append(Lesson(title=f"{topic}: {a} and {b}", text=text, when=f"working on {topic} {c}",
                          scope=scope, kind=rng.choice(["pitfall", "procedure", "preference", "fact"]),
                          evidence=[f"s{rng.randrange(1000)}"]))
    return out


def relevant(scope: str) -> list[Lesson]:
    return [Lesson(title=t, text=x, when=w, scope=scope, kind=k, evidence=["s-rel"]) for t, x, w, k in RELEVANT]

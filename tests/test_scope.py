"""Scope is computed one way everywhere: a repository's normalized root, or agent and user."""

from __future__ import annotations

import os
import subprocess

from secondnature.hooks.core.scope import agent_scope, git_root, project_scope, scope_label

from conftest import git_repo


def test_subdirectories_share_the_repository_scope(tmp_path):
    repo = git_repo(tmp_path / "repo")
    (repo / "src" / "pkg").mkdir(parents=True)
    assert project_scope(str(repo / "src" / "pkg")) == project_scope(str(repo)) == f"project:{repo.resolve()}"


def test_scope_is_normalized(tmp_path):
    repo = git_repo(tmp_path / "repo")
    link = tmp_path / "link"
    os.symlink(repo, link)
    assert git_root(str(link)) == git_root(str(repo) + "/") == git_root(str(repo / "." / "")) == str(repo.resolve())


def test_linked_worktree_shares_the_main_repository_scope(tmp_path):
    repo = git_repo(tmp_path / "repo")
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "--allow-empty", "-m", "init"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "worktree", "add", "-q", str(tmp_path / "wt")], check=True, env=env)
    assert project_scope(str(tmp_path / "wt")) == project_scope(str(repo))


def test_directory_outside_git_is_its_own_scope(tmp_path):
    plain = tmp_path / "plain" / "sub"
    plain.mkdir(parents=True)
    assert git_root(str(plain)) == str(plain.resolve())


def test_agent_scope():
    assert agent_scope("support") == "agent:support"
    assert agent_scope("support", "u42") == "agent:support/user:u42"
    assert agent_scope("support", "") == "agent:support"
    assert scope_label("project:/home/me/shop-api") == "shop-api"
    assert scope_label("agent:support/user:u42") == "support (user u42)" and scope_label("global") == "global"

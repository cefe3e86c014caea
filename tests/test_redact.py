"""The redaction corpus: every secret kind we promise, and the text around it kept."""

from __future__ import annotations

import pytest

from secondnature.hooks.core.redact import MAX_FIELD_CHARS, clean, clean_text, redact

from secret_corpus import BENIGN, corpus

SECRETS = [
    ("aws access key", "key id AKIAIOSFODNN7EXAMPLE in config", "AKIAIOSFODNN7EXAMPLE"),
    ("aws secret", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG"),
    ("github classic", "push with ghp_" + "a1B2" * 9 + " now", "ghp_a1B2"),
    ("github fine-grained", "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", "github_pat_11ABC"),
    ("gitlab", "glpat-abcdefghij0123456789", "glpat-abcdefghij"),
    ("openai", "OPENAI key sk-proj-Abc123Def456Ghi789Jkl012Mno345", "sk-proj-Abc123"),
    ("openai legacy", "sk-" + "x" * 48, "sk-xxxxxxxx"),
    ("anthropic", "use sk-ant-api03-" + "Z" * 40 + " please", "sk-ant-api03-ZZZ"),
    ("slack bot", "xoxb-123456789012-123456789012-abcdefghijklmnop", "xoxb-1234"),
    ("slack webhook", "POST https://hooks.slack.com/services/T000/B000/XXXXXXXX", "T000/B000"),
    ("google api key", "AIzaSyD-abcdefghijklmnopqrstuvwxyz12345", "AIzaSyD-abc"),
    ("google oauth", "token ya29.a0AfH6SMBabcdefghijklmnopqrstuvwxyz", "ya29.a0AfH6"),
    ("stripe live", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC3"),
    ("stripe webhook", "whsec_abcdefghijklmnopqrstuvwx", "whsec_abcdefgh"),
    ("huggingface", "hf_abcdefghijklmnopqrstuvwxyzABCDEF", "hf_abcdefghij"),
    ("jwt", "Cookie: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
     "eyJzdWIiOiIxMjM0"),
    ("private key", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----",
     "b3BlbnNzaC1rZXk"),
    ("unterminated private key", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA", "MIIEowIBAAKCAQEA"),
    ("url password", "DATABASE_URL is postgres://app:Tr0ub4dor@db.internal:5432/prod", "Tr0ub4dor"),
    ("bearer", "curl -H 'Authorization: Bearer abcdef0123456789abcdef'", "abcdef0123456789"),
    (".env line", "DB_PASSWORD=correct-horse-battery\nDEBUG=1", "correct-horse"),
    ("export line", "export STRIPE_SECRET=whatever-value-here", "whatever-value"),
    ("json field", '{"user": "bob", "password": "hunter2hunter2"}', "hunter2hunter2"),
    ("kwargs field", "client = Client(api_key='abc123xyz789secret')", "abc123xyz789"),
    ("yaml field", "client_secret: 9f8e7d6c5b4a", "9f8e7d6c5b4a"),
]


@pytest.mark.parametrize("name,text,secret", SECRETS, ids=[s[0] for s in SECRETS])
def test_secret_is_redacted(name, text, secret):
    out = redact(text)
    assert secret not in out
    assert "[REDACTED:" in out



def assert_redacted(text: str, secret: str) -> None:
    """``secret`` is gone from ``text`` once redacted, and a redaction marker stands in its place."""
    out = redact(text)
    assert secret not in out and "[REDACTED" in out, out

def test_context_around_secrets_is_kept():
    assert redact("DB_PASSWORD=correct-horse\nDEBUG=1") == "DB_PASSWORD=[REDACTED:named_secret]\nDEBUG=1"
    assert redact("postgres://app:pw12345@db/x") == "postgres://app:[REDACTED:url_password]@db/x"
    assert redact("-----BEGIN RSA PRIVATE KEY-----\nabc\n-----END RSA PRIVATE KEY-----\nafter") == \
        "[REDACTED:private_key]\nafter"


@pytest.mark.parametrize("text", BENIGN)
def test_ordinary_text_is_left_alone(text):
    assert redact(text) == text


def test_redaction_is_idempotent():
    once = redact("export OPENAI_API_KEY=sk-proj-abcdefghijklmnopqrstuvwxyz")
    assert redact(once) == once


def test_oversized_field_is_cut_with_its_original_size():
    text = "x" * (MAX_FIELD_CHARS * 3)
    out = clean_text(text)
    assert out.startswith("x" * MAX_FIELD_CHARS)
    assert f"{len(text)} chars in all" in out
    assert len(out) < MAX_FIELD_CHARS + 100


def test_secret_straddling_the_cut_is_still_redacted():
    text = "a" * (MAX_FIELD_CHARS - 10) + " ghp_" + "b" * 36 + " tail" * 10_000
    out = clean_text(text)
    assert "bbbbbbbb" not in out


def test_clean_walks_nested_structures_and_bounds_them():
    value = {"env": ["TOKEN=abcdef123456"], "blob": b"\x00\xff" * 10, "n": 3, "ok": True,
             "many": list(range(2000)), "obj": object()}
    out = clean(value)
    assert out["env"] == ["TOKEN=[REDACTED:named_secret]"]
    assert out["blob"] == "[second-nature: binary, 20 bytes]"
    assert out["n"] == 3 and out["ok"] is True
    assert len(out["many"]) == 501 and "1500 more items" in out["many"][-1]
    assert isinstance(out["obj"], str)


ADVERSARIAL = {"quoted KEY": '"KEY"' * 13000, "colons": "a:" * 32000, "base64": "Ab1" * 21000,
               "mysql": "mysql -u x " * 6000, "curl": "curl -u " * 8000, "redis": "redis-cli -a " * 5000,
               "urls": "http://a:" * 7000, "assignments": ("name: " + "Ab1" * 10 + " ") * 2000,
               "key headers": "-----BEGIN RSA PRIVATE KEY-----\n" * 2000, "netrc": "machine " * 8000,
               "addresses": "a@b.cc:" * 9000, "cookie headers": "cookie: a=" * 6400, "phrases": "the passphrase is " * 3500,
               "printable": "8)!W*L%j[FXy^6~? " * 3700}


@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_redaction_stays_linear_on_adversarial_input(name):
    """A guard against backtracking, not a benchmark: quadratic rules took seconds on these 64 KB."""
    import time

    started = time.perf_counter()
    redact(ADVERSARIAL[name][:64000])
    assert time.perf_counter() - started < 1.0


def test_the_hook_process_shortcuts_change_no_result():
    """The hook's fast paths (lowercase hex left alone; ASCII run tests by ``str.translate``; keywords by
    substring loop) decide exactly as the patterns do."""
    import json
    import re

    from secondnature.hooks.core import redact as module

    rules = json.loads(open(module._RULES_FILE, encoding="utf-8").read())["rules"]
    hex_keywords = {k for r in rules for k in r["keywords"] if not k.strip(module._LOWER_HEX)}
    assert hex_keywords == {"eaaa", "acca", "ac"}  # both begin tokens matched in uppercase only: re-check a new one
    for r in rules:
        if set(r["keywords"]) & hex_keywords:
            assert not re.search(r["regex"], "acca" * 14 + "eaaa"), r["id"]
    samples = ["x" * 23 + "=", "k=" + "Ab1" * 8, "k: '" + "Ab1_" * 6 + "'", "Ab1+" * 15, "Ab1+" * 14 + "é" * 5,
               "é k=" + "Ab1" * 9, "no run here: short words only", "-" * 30 + "=" + "+/" * 40,
               "name = handle_session_start_event", "k = 'abcdefghijklmnopqrstuvwxyz0'", "k:\n  Ab1Ab1Ab1Ab1Ab1Ab1Ab1Ab1"]
    for text in samples:
        value = re.search(r"[\"']?\s{0,3}[:=]\s{0,3}[\"']?([A-Za-z0-9+/_\-]{24,200})", text)
        random = bool(value) and all(any(test(c) for c in value.group(1)) for test in (str.isupper, str.islower, str.isdigit))
        assert module._assigned_random(text) == random, text
        assert module._has_run(text, module._BASE64_RUNS, 60) == bool(re.search(r"[A-Za-z0-9+/]{60}", text)), text


def test_words_that_merely_hold_a_keyword_need_no_pattern(tmp_path):
    """A keyword inside a word ('sk' in task, 'pat' in path, 'pin' in mapping, 'key' in monkey), a name that is
    not given a value (``for key in``), non-ASCII prose, long identifiers and git hashes that start with a
    prefix some provider writes in upper case ('ac', 'sk'): decided without ``re``, whose
    import alone costs a hook process 5 ms. Secrets in the same text still need patterns, and are caught: the first
    process compiles them with ``re``, the next reads their kept programs and does not import it."""
    import shutil
    import subprocess
    import sys

    from conftest import ROOT

    hooks = tmp_path / "hooks"
    shutil.copytree(ROOT / "hooks", hooks, ignore=shutil.ignore_patterns("__pycache__"))
    ordinary = ("Task list: mapping the path of the monkey by default; ask the bot — it reacts to each disk.\n"
                "for key in items: total += get_token_count(key)  # naïve café résumé\n"
                "handle_session_start_event_for_user = build_the_handler(config)\n"
                "commit ac3f9e1b7d2c4a6f8e0b1d3c5a7e9f1b2d4c6a8e (HEAD, main), parent sk9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d\n") * 40
    secret = ordinary + "\nexport GH_PAT=m9aaWkh5Ho2g8MFjQmUo\npassword: hunter2hunter2\n"
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import hook_process as h; h.load_hooks_package()\n"
            "from secondnature.hooks.core.redact import clean_text; out = clean_text(sys.stdin.read())\n"
            "print('re' in sys.modules, '[REDACTED' in out)")
    for text, expected in ((ordinary, "False False"), (secret, "True True"), (secret, "False True")):
        run = subprocess.run([sys.executable, "-I", "-S", "-c", code, str(hooks)], input=text,
                             capture_output=True, text=True, timeout=60)
        assert run.stdout.strip() == expected, run.stderr


def test_kept_programs_are_the_patterns_re_compiles(tmp_path):
    """Every redaction pattern read back from its kept program is the pattern ``re.compile`` makes: the same
    flags, groups and names, the same matches; a damaged table or a folder that cannot be written compiles as usual."""
    import os
    import re

    from secondnature.hooks.core import patterns as kept_patterns
    from secondnature.hooks.core import redact as module

    rules = module._load_rules()
    sources = [(source, re.ASCII) for _, _, source in rules.rules] + [
        (module._NAMED, re.ASCII), (module._SAID, 0), (module._SAID_STARTS, 0), (module._PHRASE, 0),
        (module._trie_pattern(set(rules.keywords)), 0), (r"(?i)ünïcödé|\bcafé\b", 0)]
    texts = [text for _, text, _ in corpus()] + BENIGN + ["export GH_PAT=m9aaWkh5Ho2g8MFjQmUo", "Ünïcödé café, CAFÉ"]
    first = kept_patterns.Patterns(str(tmp_path), "test")
    for source, flags in sources:
        first.compile(source, flags)
    kept_patterns.save_pending()
    again = kept_patterns.Patterns(str(tmp_path), "test")
    for source, flags in sources:
        ours, theirs = again.compile(source, flags), re.compile(source, flags)
        assert (ours.pattern, ours.flags, ours.groups, ours.groupindex) == (
            theirs.pattern, theirs.flags, theirs.groups, theirs.groupindex), source[:60]
        for text in texts:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)], source[:60]
    assert len(again.index) == len(sources) and not again.new  # all read back, none compiled again

    (tmp_path / "__pycache__" / os.path.basename(again.path)).write_bytes(b"\x00damaged")
    damaged = kept_patterns.Patterns(str(tmp_path), "test")
    assert damaged.compile(r"ab+c", 0).search("xabbbc").span() == (1, 6)
    kept_patterns.save_pending()  # and the table is made again
    assert kept_patterns.Patterns(str(tmp_path), "test").compile(r"ab+c", 0).pattern == "ab+c"

    read_only = tmp_path / "read-only"
    read_only.mkdir()
    read_only.chmod(0o500)
    try:
        assert kept_patterns.Patterns(str(read_only), "test").compile(r"x\d+", 0).match("x42")
        kept_patterns.save_pending()
    finally:
        read_only.chmod(0o700)


def test_names_ending_in_a_secret_word_and_key_bindings():
    for named in ("MASTERKEY=Zx9Yw8Vu7Ts6Rq5Po4Nm", "privatekey: Zx9Yw8Vu7Ts6Rq5Po4Nm3", "refreshtoken='Qp7Lm2Zx9Yw8Vu7T'"):
        assert "[REDACTED" in redact(named), named
    for plain in ("hotkey: ctrl+shift+p", "key: Alt+Enter", "monkey = 3", "mapping = {}", "sortkey = created_at"):
        assert redact(plain) == plain, plain


def _random_tokens(n: int) -> list[str]:
    import random
    import string

    rng = random.Random(7)
    alphabets = [string.ascii_letters + string.digits, string.ascii_letters + string.digits + "-_",
                 string.ascii_letters + string.digits + "+/"]
    tokens = []
    while len(tokens) < n:
        value = "".join(rng.choice(alphabets[len(tokens) % 3]) for _ in range(rng.choice([20, 32, 44, 64])))
        if all(any(test(c) for c in value) for test in (str.isupper, str.islower, str.isdigit)):
            tokens.append(value)
    return tokens


# Places no context rule reads: a table cell, a list item, a sentence in another language, a call argument.
SHAPE_CONTEXTS = ["| prod | {s} |", "- {s}", "voilà: {s} (ancienne)", "send({s!r})", "「{s}」", "[{s}]", "{s}"]
PASSWORDS = ["P@ssw0rd-Xy", "!t9gSrUXsJl", "Kaffee2231%", "g7#Lq!x2Vz", "winter4833#", "Tr0ub4dor&3"]


@pytest.mark.parametrize("context", SHAPE_CONTEXTS)
def test_a_secret_known_by_its_shape_alone_is_redacted_wherever_it_stands(context):
    for secret in _random_tokens(12) + PASSWORDS:
        out = redact(context.format(s=secret))
        assert secret not in out and "[REDACTED:" in out, out


@pytest.mark.parametrize("text", [
    "the call toolu_01M6PWVSrj68MBb6U3u8oDCX ran", "agent_msg_01LkKqpUD829m724o5oSeN7M", "req_011CY4p6wvSLjiJyWSJ2VXzB",
    "/home/USER/projects/spotter-worktrees/spotter-a0y/lib", "ray 9ccedcc15c6239c2-FRA", "requires python3.11+",
    "use React18+ features", "4f0b3fee3b2af3fb@v2", "node:20-alpine@sha256", "mail ops2@example.com",
    "ThreadSafeFinalize2Function", "&1.pane_id", "libstdc++6", "fn2.@apply", "Did you mean gift_card_2582853?",
    "NODE_OPTIONS=--max-old-space-size=4096", "git checkout 4f0b3fee3b2af3fb89e1c2d3", "%2Fhome%2Fuser2",
])
def test_shape_look_alikes_are_left_alone(text):
    assert redact(text) == text


# A password that begins with a symbol, in the places a named or said rule reads: not a $REFERENCE.
SYMBOL_LED = ["$olivia1981", "#Admin2024", "@Marta1977", "%Lucie2019", "$Bruno1992"]
SYMBOL_PLACES = ["[db]\npassword = {s}\n", 'DB_PASSWORD={s}', '{{"pass": "{s}"}}', "管理员密码改成了{s}",
                 "le mot de passe est {s} depuis hier", "пароль теперь {s}"]


@pytest.mark.parametrize("place", SYMBOL_PLACES)
def test_a_password_that_begins_with_a_symbol_is_not_a_reference(place):
    for secret in SYMBOL_LED:
        out = redact(place.format(s=secret))
        assert secret[1:] not in out, out
    for reference in ("$DB_PASS", "${PASSWORD}", "$1", "$password", "$user_pass2", "$PYTHON311", "$HOME"):
        assert redact(f"password = {reference}") == f"password = {reference}"


def test_passwords_given_to_tools_short_options():
    for command in ("mosquitto_pub -u sensor -P Drache8319+ -t temp -m 21", "sqlcmd -S db -U sa -P 'Yukon900!' -Q x",
                    "mongosh --host db -u root -p rootpw2024 admin", "plink -ssh admin@host -pw hunter2x ls",
                    "xfreerdp /u:bob /p:Winter2025! /v:10.0.0.3", "ipmitool -H 10.1.1.1 -U admin -P calvin99 power on",
                    "psexec \\\\srv -u admin -p Sommer!77 cmd"):
        assert "[REDACTED" in redact(command), command
    for command in ("mosquitto_pub -h localhost -p 1883 -t x -m 1", "sqlcmd -S db -E -Q 'select 1'", "plink -P 2222 host"):
        assert redact(command) == command, command


def test_hex_keys_by_what_their_line_calls_them():
    h40, h32 = "6ceb58020727cf65699e72dbcf876bc84947f153", "92ef9a2c04369239727bc252bed28ab3"
    for text in (f'  "{h40}",  # old key, rotated', f"| prod | {h32} | rotated 2026-11 |", f"API_KEYS = ['{h32}']",
                 f"cat ~/.pgpass\ndb:5432:app:app:{h32}", f'Client(sid, "{h32}")', f"new Twilio(accountSid, '{h32}')",
                 f"secrets:\n  - {h32.upper()}\n"):
        out = redact(text)
        assert h32 not in out and h40 not in out, out
    for text in (f"commit {h40}\nAuthor: a\n\n    rotate the api key", f"sha256 of the key file: {h32}",
                 f"{h40} refs/heads/main", f"git checkout {h40}  # before the token refactor",
                 f"key = hashlib.md5(x).hexdigest()  # {h32}", f"merged {h40}; key rotation follows",
                 "src/a.py:12:5: E501 line too long", f"primary key {h32} exists"):
        assert redact(text) == text, text


def test_secrets_in_sql_xml_redis_and_code_lists():
    for text, secret in (("CREATE USER 'rep'@'%' IDENTIFIED BY 'Quill2291x';", "Quill2291x"),
                         ("ALTER USER app IDENTIFIED WITH caching_sha2_password BY 'Quill2291x'", "Quill2291x"),
                         ("ALTER LOGIN sa WITH PASSWORD = 'Quill2291x'", "Quill2291x"),
                         ("<Password>Quill2291x</Password>", "Quill2291x"), ("<ns:apiKey>Quill2291x</ns:apiKey>", "Quill2291x"),
                         ('<add key="SmtpPassword" value="Quill2291x" />', "Quill2291x"),
                         ("127.0.0.1:6379> AUTH Quill2291x\nOK", "Quill2291x"), ("AUTH default Quill2291x", "Quill2291x"),
                         ("$db_pass = 'Quill2291x';", "Quill2291x"), ("$env:API_TOKEN = 'Quill2291x'", "Quill2291x"),
                         ("recovery codes: eq9s-hvnv 8f3k-2m9d", "8f3k-2m9d"), ("Backup codes:\n- 1234 5678\n- 8765 4321", "8765"),
                         ("PIN for the door panel is 241725", "241725"), ("le code d'accès est 7788", "7788"),
                         ("API密钥：4f1c9a2e-77d0-4b1e-9c3a-0e5d2b8f6a11", "4f1c9a2e"), ("WiFi密码是 Kx82hs91", "Kx82hs91"),
                         ("2FA seed (base32): T2Q43XRZBIPQZKQX", "T2Q43XRZBIPQZKQX")):
        assert secret not in redact(text), text
    for text in ("<password>${DB_PASS}</password>", "<tokenizer>bert</tokenizer>", "<PasswordPolicy>strict</PasswordPolicy>",
                 "the AUTH header is optional", "we regenerated recovery codes yesterday", "max tokens: 4096",
                 "pin: 3.11", "HTTP2SERVER", "ORD2024120300001", "my $password = $ENV{PW};"):
        assert redact(text) == text, text


def test_credential_names_secret_stores_and_access_codes():
    from secondnature.hooks.core.redact import clean

    for value, secret in (({"env": [{"name": "REDIS_AUTH", "value": "Pepper1982"}]}, "Pepper1982"),
                          ("API_TOKEN=biscuit2024", "biscuit2024"), ({"ci_credentials": "noodle1990!"}, "noodle1990"),
                          ("the alarm code is 42486", "42486"), ("Gate code: 7781#", "7781"),
                          ("az keyvault secret set --vault-name kv --name db --value biscuit2024.", "biscuit2024"),
                          ("aws ssm put-parameter --name /db/pw --type SecureString --value 'Pepper1982!'", "Pepper1982"),
                          ("doppler secrets set DB_PASS noodle1990", "noodle1990")):
        assert secret not in str(clean(value)), value
    for text in ("aws secretsmanager create-secret --name x --secret-string file://s.json", "az keyvault secret show --name db",
                 "the alarm code is documented in docs/alarm.md", "auth_mode = oauth2", "security code 000 fails validation"):
        assert clean(text) == text, text


def test_passphrases_cookies_sssd_tokens_and_signing_keys():
    h64 = "c6180c317c9083d73dabbcc4d1a408b3d18fb8d2868753cc2184ba8d6408f08f"
    for text, secret in (('"pgbouncer" "Sierra.ember.Lantern.amber.57"', "Lantern"), ("| db | Walrus-quilt-tundra-8 |", "Walrus"),
                         ("ldap_default_authtok = Nimbus.cobalt.quilt.29", "Nimbus"), ("API_TOKEN: amber.Pixel.ember.4", "Pixel"),
                         ("curl -b 'sessionid=ds04enlzi63gnv3mfk8dtu75isdmsfxt' https://app/x", "ds04enlzi63g"),
                         ("curl --cookie sid=9f8e7d6c5b4a3928 https://app/x", "9f8e7d6c5b4a3928"),
                         (f"the hmac was signed with `{h64}`", h64), (f"signing key: {h64}", h64)):
        assert secret not in redact(text), text
    for text in ("my-cool-project-42", "release-notes-2024", "Windows-Server-2019", "Python-Markdown-3", "Get-ChildItem",
                 "curl -b cookies.txt https://x", "version = 1.2.3", f"commit {h64} signed by the bot"):
        assert redact(text) == text, text


def test_generated_passwords_endings_passcodes_phrases_and_compact_tokens():
    jws = "eyJhbGciOiJFUzI1NiJ9.SGVsbG8sIHdvcmxkIGhlcmU.MEUCIQD3n8v2Kq1xq9Zr7tY4w"
    for text, secret in (("adgangskoden er =Zt4@qLp9#W", "=Zt4@qLp9#W"), ("Passwort: +Gh7&kq2Lw!", "+Gh7&kq2Lw"),
                         ("口令~Rm3x9QkT2b，今天有效", "Rm3x9QkT2b"), ("la clave es ^8uN-2kXq=Lm", "8uN-2kXq"),
                         ("kuncinya Tq84xLm2 ya", "Tq84xLm2"), ("şifreniz Wd93kLp2x olarak ayarlandı", "Wd93kLp2x"),
                         ("meeting passcode 902113 for tomorrow", "902113"), ("PIN 7312 on the side door", "7312"),
                         (f"Authorization header was {jws}", jws[24:40]),
                         ("my passphrase: lantern copper meadow fiddle", "copper meadow"),
                         ("Das Passwort ist kohle wiese laterne brunnen", "wiese laterne"),
                         ("wallet seed phrase: about again loyal tiger wisdom canvas", "loyal tiger"),
                         ("パスワードはQw82kLmx9です", "Qw82kLmx9")):
        assert secret not in redact(text), text
    for text in ("the pin 2024 release", "pin 4096 rows to the cache", "the passphrase is stored in the vault and rotated",
                 "mnemonic phrase is required for restore operations", "トークンの上限は4096です", "--token=$TOKEN",
                 "ParameterKey: DBInstanceClass", "apiKey: ExampleServiceKey", "the password is too short for the policy",
                 "パスワードの長さは12文字以上です"):
        assert redact(text) == text, text


def test_jvm_and_build_properties_and_oracle_logins():
    for text, secret in (("java -Ddb.password=Quartz!2024x -cp app.jar Main", "Quartz!2024x"),
                         ("gradle release -PsonatypePassword=Otter%1999ok", "Otter%1999ok"),
                         ("mvn -Dsettings.security.token=Hq83kLmP2xqW7 deploy", "Hq83kLmP2xqW7"),
                         ("sqlplus -s app/Harbor#2011@//db:1521/XE", "Harbor#2011"),
                         ("impdp userid=etl/Maple&2030go@pdb1 directory=dp", "Maple&2030go"),
                         ("SQL> connect scott/Falcon*1995@orcl", "Falcon*1995")):
        assert secret not in redact(text), text
    for text in ("java -Dspring.profiles.active=prod -Duser.timezone=UTC -jar app.jar", "mvn -DskipTests -Dpassword.length=12 package",
                 "sqlplus / as sysdba", "sqlplus -v", "git log origin/main@{1}", "connect to db/prod@eu-west"):
        assert redact(text) == text, text


def test_whole_printable_passwords_cookie_headers_and_address_password_pairs():
    for text, secret in (("Set-Service -Credential (New-Object PSCredential 'svc', (ConvertTo-SecureString '7k]Q(z!Lw2^Hd' -AsPlainText -Force))", "7k]Q(z!Lw2^Hd"),
                         ("nmcli con modify Office wifi-sec.psk 'R4:f/Wq%9e}Tm'", "R4:f/Wq%9e}Tm"),
                         ("$ gopass show -o prod/api\nZ8[v;Qe!2r(Kp", "Z8[v;Qe!2r(Kp"),
                         ("-H 'Cookie: csrftoken=x; sessionid=8c2f0a9d7e6b5a4c3d2e1f0a9b8c7d6e'", "8c2f0a9d7e6b5a4c3d2e1f0a9b8c7d6e"),
                         ("set-cookie: remember_user_token=w1x2y3z4a5b6c7d8e9f0; path=/", "w1x2y3z4a5b6c7d8e9f0"),
                         ("[mail.example.org]:465 bot@example.org:qwer asdf zxcv tyui", "asdf zxcv"),
                         ("ops@corp.example.com:Maple&2030go", "Maple&2030go")):
        assert secret not in redact(text), text
    for text in ("model = '01-ai/Yi-34B'", "r'^[A-Z][a-z0-9_]{2,15}$'", "exchanging it for item 98 (15-inch, i7/8GB/1TB).", "'%Y-%m-%dT%H:%M:%S'", "arr[0].Value+=x1;",
                 "https://example.com/?sv=2022-11-02&sp=r", "Cookie: theme=dark; lang=en-GB", "git@github.com:acme/web.git",
                 "scp dump.sql ops@db.example.com:backups", "{\"a\":12000}\",\"call_id\":\"call_ZluM7lHwIuvPtRtOvOoToOpA\"}}"):
        assert redact(text) == text, text


def test_pt_credentials_capitalised_passwords_ending_a_question_and_calls_after_a_said_word():
    for text, secret in (("credenciais: ops / Velvet-ember77?", "Velvet-ember77"), ("inloggegevens: admin / Tundra_lilac31!", "Tundra_lilac31"),
                         ("is the password Silentfalcon12! ?", "Silentfalcon12")):
        assert secret not in redact(text), text
    for text in ('Password: os.Getenv("DB_PASS")', "token: read_token()", "did you rename it to gift_card_2582853?",
                 "wallet_address: 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU", "pubkey = 9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"):
        assert redact(text) == text, text


def test_letters_only_passwords_windows_arguments_substitutions_and_otp_words():
    for text, secret in (("backup admin: QmVyYXpXcGdK", "QmVyYXpXcGdK"), ("net use \\\\files\\x /user:acme\\svc HvRtqZmPwLkN", "HvRtqZmPwLkN"),
                         ("reg add HKCU\\Software\\Tool /v ApiToken /d FhQzWmXpLkRt /f", "FhQzWmXpLkRt"),
                         ("perl -pi -e 's/^API_KEY=.*/API_KEY=q8Zr2mXw9Lp/' .env", "q8Zr2mXw9Lp"),
                         ("认证完成，验证码是 738201", "738201"), ("lösen: Fjord-Kaffe-77", "Fjord-Kaffe-77"),
                         ("合言葉はHarbor-lilac-42です", "Harbor-lilac-42")):
        assert secret not in redact(text), text
    for text in ("getElementById", "const el = document.getElementById('app')", "HTMLInputElement", "isNaN(value)",
                 "XMLHttpRequest", "useCallbackRef", "net use Z: \\\\nas\\share /persistent:yes", "reg add HKLM\\Software\\App /v LogLevel /d Verbose",
                 "sed -i 's/^LOG_LEVEL=.*/LOG_LEVEL=debug/' .env", "sed -i s/token_count=.*/token_count=4096/ cfg", "验证码已发送"):
        assert redact(text) == text, text


def test_an_address_as_the_urls_user_and_passwords_read_from_code():
    """A mail or FTP URL whose user is an address (``me@corp.example:pw@imap…``) still has a password; a
    password argument that reads the environment or a config object holds no value."""
    for text, secret in (("IMAP=imaps://me@corp.example:Sandy-Brook-31@imap.corp.example:993", "Sandy-Brook-31"),
                         ("lftp ftp://upload@shop.example.org:QuietRiver2048@ftp.shop.example.org/", "QuietRiver2048"),
                         ("Server=sql01;Database=app;User Id=sa;Password=GreenMaple44;", "GreenMaple44")):
        assert secret not in redact(text), text
    for text in ('engine = connect(user="app", password=os.getenv("DB_PW"))', "client = Redis(password=settings.REDIS_PASSWORD)",
                 'db = pymysql.connect(password=config["mysql"]["password"])', "smtp://alerts@acme.io@smtp.gmail.com:587"):
        assert redact(text) == text, text


def test_the_lesson_net_reads_sshpass_and_a_value_at_the_end_of_a_long_sentence():
    from secondnature.lessons.safety import scrub_secrets

    for text, secret in (("Log in with `sshpass -p 'CalmOtter552' ssh ops@10.1.2.3`.", "CalmOtter552"),
                         ("The password for the shared printer account on the third floor is WillowCrane93.", "WillowCrane93"),
                         ("la contraseña de la impresora del tercer piso de la oficina es PumaRoja711", "PumaRoja711")):
        assert secret not in scrub_secrets(text), text
    assert scrub_secrets("Run `ssh -p 2222 ops@10.1.2.3` for the bastion.") == "Run `ssh -p 2222 ops@10.1.2.3` for the bastion."


def test_passwords_by_position_and_secret_folders_in_paths():
    """A client call's password is known by its place (after the host and the user); a folder named for
    secrets in a path says where they are, and the words after the path are not one; a Terraform plan's
    ``(sensitive value)`` is a placeholder, not the .npmrc ``_password`` key it ends like."""
    for text, secret in (("$db = mysqli_connect('db01', 'shop', 'Amber-Falcon-19');", "Amber-Falcon-19"),
                         ('server.login("alerts@acme.io", "PurpleHarbor2031")', "PurpleHarbor2031"),
                         ('auth = HTTPDigestAuth("ops", "gentle-otter-5521")', "gentle-otter-5521")):
        assert secret not in redact(text), text
    for text in ("mount the key at /run/secrets/signing then start app:v2", "ls /var/lib/secrets/ and kubectl get pods",
                 "  ~ admin_password = (sensitive value)", "db = mysqli_connect($host, $user, $pass);",
                 'client.connect(("10.0.0.5", 5432))'):
        assert redact(text) == text, text


def test_package_manager_host_credentials_and_password_manager_keys():
    """Bundler keeps a gem server's credentials in a variable named for its host (BUNDLE_<HOST>__<TLD>);
    1Password's service account tokens are ops_ and base64 JSON, an account's Secret Key A3- and groups."""
    for text, secret in (("BUNDLE_GEMS__ACME__IO=ci-bot:Yellow-Kite-88", "Yellow-Kite-88"),
                         ("bundle config BUNDLE_RUBYGEMS__PKG__GITHUB__COM 'ghp_9sQ2vTfLm4Rk8WzXc1Nb7Yp3Hd6Gj0Ae5Ui'", "9sQ2vTfLm4Rk8WzXc1Nb7Yp3"),
                         ("OP_SERVICE_ACCOUNT_TOKEN: ops_eyJzaWduSW5BZGRyZXNzIjoibXkuMXBhc3N3b3JkLmNvbSIsInVzZXJBdXRoIjp7Im1ldGhvZCI6IlNSUGctNDA5NiJ9fQ",
                          "ops_eyJzaWduSW5BZGRyZXNz"),
                         ("Secret Key: A3-K7QW2P-M9TR4X-8HJ2N-5VC3B-QW9ZL-P4TD7", "A3-K7QW2P-M9TR4X")):
        assert secret not in redact(text), text
    for text in ("BUNDLE_PATH=vendor/bundle", "BUNDLE_WITHOUT=development:test", "request id 7f2ca3-9b1e4d",
                 "route A3-B1 is closed"):
        assert redact(text) == text, text


def test_provider_prefixed_hex_generated_keys_query_credentials_and_file_labels():
    """What an outside corpus of detectors finds that names did not: a hex run after a provider's prefix
    (``pri_…``, ``sk_pr_app_…``), a key in a UUID's shape with letters past f, a URL query parameter named
    for a credential, a long key in capitals; a secrets folder's file label (``secrets/api.key:``) before
    its content. Digests, ids, branch names and ordinary query parameters stay."""
    for text, secret in (("GET /v2/keys/prv_4f1c9a2e7b3d4c5e8f9a0b1c2d3e4f5a", "4f1c9a2e7b3d4c5e8f9a0b1c2d3e4f5a"),
                         ("API_TOKEN=acme_live_0a1b2c3d4e5f60718293a4b5c6d7e8f9", "0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
                         ("ldk mob-7hqz2k1x-pq4r-8m2n-w3x9-k5t7vz8yq2nb", "7hqz2k1x-pq4r-8m2n"),
                         ("curl 'https://maps.example.net/geo?q=Oslo&apikey=9zq8w7e6r5t4y3u2i1o0'", "9zq8w7e6r5t4y3u2i1o0"),
                         ('const LICENSE = "Q7WX2KD9PL4MZ8RT3VN6BY5HC1JF0GS7QW2EX9RT4YU8IO3PA6SD1FG5HJ7KL2ZX4CV9BN3M";', "Q7WX2KD9PL4MZ8RT3VN6"),
                         ("$ cat config/secrets/signing.key:\n3c9f0b8a7d6e5f4a3b2c1d0e9f8a7b6c", "3c9f0b8a7d6e5f4a3b2c1d0e9f8a7b6c")):
        assert secret not in redact(text), text
    for text in ("sha512-9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "id 3f1c2ba3-1111-4aaa-8bbb-123456789abc",
                 "merged feature-9f86d081884c7d659a2feaa0c55ad015 into main", "https://shop.example.com/list?page=2&sort=price",
                 "mount /run/secrets/tls then start web:v3"):
        assert redact(text) == text, text


def test_a_secret_said_after_is_now():
    """A time word between the verb and the value ("is now", "ist jetzt", "est maintenant") still says it;
    what is said about the secret ("is now stored in the vault", "ist jetzt abgelaufen") is no value."""
    for text, secret in (("The guest Wi-Fi password is now OrangeLake4471.", "OrangeLake4471"),
                         ("Le mot de passe du routeur est maintenant Quartz-Pine-28.", "Quartz-Pine-28"),
                         ("Der API-Token für den Build ist jetzt Xq7Lm2Pz9Wv4Rk8T.", "Xq7Lm2Pz9Wv4Rk8T")):
        assert secret not in redact(text), text
    for text in ("the password is now stored in the vault", "Das Passwort ist jetzt abgelaufen.",
                 "the token is still valid for an hour"):
        assert redact(text) == text, text


def test_graphql_variables_are_judged_by_the_argument_they_fill():
    """``login(user: $u, secret: $s)`` with ``{"variables": {"s": …}}``: the variable's own name says nothing, the
    argument it fills says it is a secret."""
    request = {"query": "mutation SignIn($a: String!, $b: String!) { signIn(email: $a, password: $b) { token } }",
               "variables": {"a": "ops@acme.io", "b": "Velvet-Harbor-61"}}
    assert "Velvet-Harbor-61" not in str(clean(request)) and "ops@acme.io" in str(clean(request))
    plain = {"query": "query Order($n: ID!) { order(number: $n) { total } }", "variables": {"n": "A-1042-77"}}
    assert clean(plain) == plain


def test_snmp_passphrases_and_communities():
    for command, secrets in (("snmpget -v3 -u nms -l authPriv -a SHA -A 'Tulpe4411#' -x AES -X Fjord2290 sw1 sysUpTime.0",
                              ("Tulpe4411#", "Fjord2290")),
                             ("snmpbulkwalk -v2c -c Orchid_77x core-router ifTable", ("Orchid_77x",)),
                             ("snmpset -v3 -u admin -l authNoPriv -A kestrel-lantern-51 ap3 sysContact.0 s ops", ("kestrel-lantern-51",))):
        out = redact(command)
        assert not any(s in out for s in secrets), out
        assert out.split()[:3] == command.split()[:3] and out.count("[REDACTED") == len(secrets)
    for command in ("snmpwalk -v2c -c public 10.0.0.1", "snmpwalk -v3 -u nms -A $SNMP_AUTH -X ${SNMP_PRIV} sw1",
                    "snmpget -v3 -u nms -l authPriv -a SHA -x AES sw1 sysName.0"):
        assert redact(command) == command, command


def test_a_quoted_value_is_judged_whole_and_a_password_may_hold_an_equals_sign():
    for line, secret in (("SECRET_KEY = 'django-insecure-x8(k)#d$w!q3&z,p;v9+r'", "x8(k)#d$w!q3&z,p;v9+r"),
                         ('api_secret: "Tq7;Lm(2)Zp,Vx9&Rb"', "Tq7;Lm(2)Zp,Vx9&Rb"),
                         ("the password is d=&UYSy?0jXPB", "UYSy?0jXPB"), ("heslo k serveru je q=#Lm2Vx9Rb4", "Lm2Vx9Rb4"),
                         ("la contraseña es k=!Tz8Wq4Np2", "Tz8Wq4Np2")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("SECRET_KEY = os.environ['SECRET_KEY']", 'password: "${DB_PASSWORD}"', "the token is TOKEN=${CI_TOKEN}",
                 "the option is max_tokens=4096"):
        assert redact(line) == line, line


def test_dsns_credential_constructors_and_log_timestamps():
    for line, secret in (('dsn := "app:Nordlicht7713@tcp(127.0.0.1:3306)/orders?parseTime=true"', "Nordlicht7713"),
                         ('cfg := "svc:Q7m!pX2z@unix(/var/run/mysqld.sock)/app"', "Q7m!pX2z"),
                         ('client.Credentials = new NetworkCredential("mailer", "Falcon-river-88");', "Falcon-river-88"),
                         ('return new PasswordAuthentication("smtp-user", "gato4412Castle".toCharArray());', "gato4412Castle"),
                         ("redis-cli -p 6380 -a Ribbon5531Moon --no-auth-warning", "Ribbon5531Moon")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ('dsn := fmt.Sprintf("%s:%s@tcp(%s)/orders", user, pass, host)', "redis-cli -a \"$REDIS_PASSWORD\" ping",
                 "2026-05-04T08:15:30Z WARN auth: token refresh scheduled", "2026-05-04 08:15:30,112 INFO password policy loaded"):
        assert redact(line) == line, line


def test_a_block_or_element_named_for_a_secret_redacts_the_value_under_its_generic_key():
    for line, secret in (('variable "admin_password" {\n  type    = string\n  default = "Kestrel4417"\n}', "Kestrel4417"),
                         ("inputs:\n  api_token:\n    description: for the registry\n    default: zQ8rT2mN6vB4xK9pL3sW", "zQ8rT2mN6vB4xK9pL3sW"),
                         ('SMTP_PASS: {\n  value: "Lantern-77-Moss"\n}', "Lantern-77-Moss"),
                         ('<property name="db.password">Harbor9921</property>', "Harbor9921"),
                         ('<add name="SigningKey">v7Rk2QpX9mLz4TbN8cWs</add>', "v7Rk2QpX9mLz4TbN8cWs")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ('variable "admin_password" {\n  type      = string\n  sensitive = true\n}',
                 'variable "region" {\n  default = "eu-west-1"\n}', "inputs:\n  api_token:\n    required: true",
                 '<property name="db.url">jdbc:postgresql://db:5432/app</property>', '<add name="Theme">dark</add>',
                 'variable "db_password" {\n  default = var.secret_from_vault\n}'):
        assert redact(line) == line, line


def test_words_for_a_password_in_more_languages_and_what_only_reads_one():
    for line, secret in (("گذرواژه پایگاه داده = Falcon2218", "Falcon2218"), ("La contrasenya nova és RiverCasa8812", "RiverCasa8812"),
                         ("lozinka za bazu je Drache4471", "Drache4471"), ("parool on MoonBlue3390", "MoonBlue3390"),
                         ("паролата е Kaffee7781", "Kaffee7781"), ("slaptažodis: Soleil5512", "Soleil5512"),
                         ("$pw = 'Lantern-Moss-77'", "Lantern-Moss-77")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("$password = Get-Content C:\\ops\\pw.txt", "$token = Invoke-RestMethod -Uri $url", "$pw = Read-Host -AsSecureString",
                 "sshpass -f /home/ci/.password ssh builder@ci-runner-01 make", "sshpass -f ~/.pw ssh deploy@10.1.2.3 uptime",
                 "la contrasenya ha caducat", "گذرواژه تغییر کرد"):
        assert redact(line) == line, line


def test_a_tables_column_named_for_a_secret_and_names_of_where_a_secret_is():
    for text, secret in (("env,client_secret,owner\nprod,Harbor-Quartz-9921,ops\nstage,Falcon-Ridge-4417,ops", "Harbor-Quartz-9921"),
                         ("region\tdeploy_token\neu-1\tq8Rt2mZx9LkP4vBn7cWs3YhD", "q8Rt2mZx9LkP4vBn7cWs3YhD"),
                         ("| Host | API Key | Notes |\n|:---|:---:|---|\n| edge | zK4pQ9wL2mX7vB1nR8tY5sC3 | rotated |",
                          "zK4pQ9wL2mX7vB1nR8tY5sC3")):
        assert_redacted(text, secret)
    for text in ("name,password_changed,role\nalice,yes,admin", "| Host | Password policy | Notes |\n|---|---|---|\n| edge | 12+ chars | ok |",
                 "| Host | Password |\n|---|---|\n| edge | $EDGE_PASSWORD |", "We reset the password, then the token, done\nthe next line, more words, here",
                 "existingSecret: shop-db", "--set auth.existingSecretPasswordKey=db-password"):
        assert redact(text) == text, text


def test_a_numbered_name_names_its_secret():
    for line, secret in (("api_token2 = 'q8Rt2mZx9LkP4vBn7cWs3YhD'", "q8Rt2mZx9LkP4vBn7cWs3YhD"), ("DB_PASSWORD_2=Kestrel-Ridge-44", "Kestrel-Ridge-44"),
                         ("secret_v3: Zx81-Harbor-Moss", "Zx81-Harbor-Moss")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("step2 = 5", "md5 = 9e107d9d372bb6826bd81d3542a419d6", "v2 = enabled"):
        assert redact(line) == line, line


def test_a_value_written_into_a_file_named_for_a_password():
    for line, secret in (("echo 'Kestrel-Ridge-44' > ~/.vault_pass.txt", "Kestrel-Ridge-44"), ('printf "%s" "Lantern9921" > /run/db.pwd', "Lantern9921"),
                         ("echo Harbor-Moss-17 | tee -a ~/.config/app/pass", "Harbor-Moss-17")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("echo passed > result.txt", "echo compass-heading-12 > passage.txt", "echo $DB_PASS > /run/secrets/db_pass"):
        assert redact(line) == line, line


def test_a_user_created_with_its_password_and_passwords_said_in_serbian_afrikaans_and_azerbaijani():
    for line, secret in (("sudo rabbitmqctl change_password metrics Falcon-Ridge-4417", "Falcon-Ridge-4417"),
                         ("rabbitmqctl --node rabbit@mq1 add_user shipper Lantern9921!", "Lantern9921!"),
                         ("127.0.0.1:6379> ACL SETUSER worker on >Harbor#2011 ~jobs:* +@list", "Harbor#2011"),
                         ("influx user password -n admin --password Kestrel-Moss-88", "Kestrel-Moss-88"),
                         ("нова лозинка је Drache4471", "Drache4471"), ("Die nuwe wagwoord is MoonBlue3390", "MoonBlue3390"),
                         ("VPN şifrəsi - Kaffee7781", "Kaffee7781"), ("slaptažodis yra Soleil5512", "Soleil5512")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("rabbitmqctl add_user shipper", "rabbitmqctl list_users", "ACL SETUSER worker on nopass ~jobs:* +@list",
                 "influx user list", "лозинка је истекла", "die wagwoord is te kort", "şifrə dəyişdirildi", "parole ir pārāk īsa"):
        assert redact(line) == line, line


def test_passwords_people_choose_said_in_languages_of_their_own_scripts_and_of_chat():
    for line, secret in (("pasvorto de la servilo estas snowfall2713", "snowfall2713"),
                         ("the Passwuert fir de Server ass Clementine1986", "Clementine1986"),
                         ("iphasiwedi yeseva ngu Company2027", "Company2027"), ("furaha sirta server-ka waa RocketLemon88", "RocketLemon88"),
                         ("şîfreya serverê biscuit1990 e", "biscuit1990"), ("servidor contrasinal: marmalade77", "marmalade77"),
                         ("සේවාදායක මුරපදය Welcome2025", "Welcome2025"), ("ពាក្យសម្ងាត់ម៉ាស៊ីនមេ noodle2001", "noodle2001"),
                         ("సర్వర్ పాస్‌వర్డ్ copperpot4410", "copperpot4410"), ("ဆာဗာ စကားဝှက် VelvetGarden12", "VelvetGarden12"),
                         ("серверге сырсөз: Autumn2026", "Autumn2026"), ("tokennya bluebird208", "bluebird208"),
                         ("y cyfrinair ydy Pepper1999", "Pepper1999")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("pasvorto estas ŝanĝita hieraŭ", "Passwuert vergiess? Reset de Link", "iphasiwedi ishintshiwe izolo",
                 "contrasinal cambiado onte", "tokennya udah kadaluarsa, minta yang baru", "cyfrinair wedi newid ddoe"):
        assert redact(line) == line, line


def test_passwords_typed_in_a_hurry_and_the_manager_they_are_kept_in():
    for line, secret in (("wifi pass: Kettle7Moon", "Kettle7Moon"), ("my pass = Sunflower#2023", "Sunflower#2023"),
                         ("psw=Tiger1990!", "Tiger1990!"), ("pswd: RiverStone44 (dont share)", "RiverStone44"),
                         ("ssh pass is Orchid2024 btw", "Orchid2024"), ("admin pass → lantern88Grove", "lantern88Grove")):
        out = redact(line)
        assert secret not in out and "[REDACTED" in out, out
    for line in ("the tests pass: 12 of 12", '{"pass": true, "retries": 3}', "PASS src/app.test.js (3 s)",
                 "creds in 1Password, item 'prod db'", "the key from Vault2 is rotated weekly", "the pass rate is 98.5%",
                 "password from KeePassXC2 entry 'smtp'", "boarding pass is in the app"):
        assert redact(line) == line, line


def test_a_secret_picked_out_of_a_file_by_its_key_is_printed_alone_on_the_next_line():
    for text, secret in (("$ yq '.db.password' values.yaml\nTulip2031x\n", "Tulip2031x"),
                         ("$ grep API_TOKEN .env | cut -d= -f2\nkettle88Moon\n", "kettle88Moon"),
                         ("❯ jq -r '.auths[\"ghcr.io\"].token' ~/.docker/config.json\nSunflower7Hill\n", "Sunflower7Hill"),
                         ("$ rg -N '^SMTP_PASSWORD=' .env.prod | cut -d= -f2-\nmarigold4040\n", "marigold4040")):
        assert_redacted(text, secret)
    for text in ("$ jq -r .name package.json\nsecond-nature-app\n", "$ lpass show --username Shared-Infra/db\nsvc_backup_user\n",
                 "$ op item list --vault infra\nID  TITLE\n", "$ grep -c token src/auth.py | cut -d: -f2\n12\n"):
        assert redact(text) == text, text


def test_passwords_windows_and_wifi_commands_take_and_the_names_that_only_look_like_them():
    for text, secret in (("schtasks /create /tn Sync /ru svc_sync /rp Kettle7Moon", "Kettle7Moon"),
                         ("cmdkey /generic:git:https://git.corp /user:alice /pass:Sunflower44x", "Sunflower44x"),
                         ('wpa_passphrase "Guest WiFi" Marigold2031', "Marigold2031"),
                         ("nmcli device wifi connect Lab-2G password Orchid2024x", "Orchid2024x"),
                         ("ftps = FTP_TLS('files.example', 'sync', 'Lantern88Grove')", "Lantern88Grove")):
        assert_redacted(text, secret)
    for text in ("wpa_passphrase Office-5G < /run/secrets/wifi", "nmcli dev wifi connect Lab-2G --ask",
                 "schtasks /create /tn Sync /ru SYSTEM", "cmdkey /list", "ftps = FTP_TLS(host)", "htpasswd -c .htpasswd alice"):
        assert redact(text) == text, text
    # the network named before a password already taken out is not taken for one
    assert "Lab-2G" in redact("nmcli device wifi connect Lab-2G password Orchid2024x")


def test_secrets_in_network_devices_and_servers_own_directives():
    for text, secret in (("masterauth Kettle7MoonRiver", "Kettle7MoonRiver"), ("snmp-server community Orchid2024x RO", "Orchid2024x"),
                         ("ike psk Lantern88Grove", "Lantern88Grove"), ("key chain bgp\n key 1\n  key-string 7 0822455D0A16", "0822455D0A16"),
                         ("tacacs-server key Marigold2031", "Marigold2031")):
        assert_redacted(text, secret)
    for text in (" ip ospf message-digest-key 1 md5 <removed>", "crypto isakmp policy 10", "snmp-server location rack-4",
                 "masterauth $REDIS_PASSWORD"):
        assert redact(text) == text, text


def test_a_secret_written_as_a_variables_fallback():
    for text, secret in (('      REDIS_PASSWORD: "${REDIS_PASSWORD:-Kettle7Moon}"', "Kettle7Moon"),
                         ("export DB_PASS=${DB_PASS-Sunflower44x}", "Sunflower44x"),
                         ("spring.datasource.password=${DB_PASSWORD:Marigold2031}", "Marigold2031"),
                         ('api_token = "${API_TOKEN:=Lantern88Grove}"', "Lantern88Grove")):
        assert_redacted(text, secret)
    for text in ("      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it first}", "      DB_PASSWORD: ${DB_PASSWORD}",
                 "      DB_PASSWORD: ${DB_PASSWORD:-}", "      PASSWORD: ${PASSWORD:-$FALLBACK_PASSWORD}",
                 "      POSTGRES_USER: ${POSTGRES_USER:-app}"):
        assert redact(text) == text, text


def test_a_name_and_password_pair_in_a_tools_config_file():
    for text, secret in (('user = "deploy:Kettle7Moon"', "Kettle7Moon"), ("proxy-user = ops:Sunflower44x", "Sunflower44x"),
                         ('--user "ci:Marigold2031"', "Marigold2031"), ("basic_auth: metrics:Lantern88Grove", "Lantern88Grove")):
        assert_redacted(text, secret)
    for text in ("user = alice", "user: http://example.com", 'user "alice"', 'the user "alice:admin" logged in', "user: alice\nhome: /srv"):
        assert redact(text) == text, text


def test_a_secret_escaped_for_where_it_sits():
    for text, secret in (("CREATE ROLE etl LOGIN PASSWORD 'Kett''le7Moon';", "le7Moon"), ("db_password: 'Sun''flower44x'", "flower44x"),
                         ('<input name="pin" value="Marigold2031&#x21;">', "Marigold2031"),
                         ("smtp_pass: 'O''Brien-Lantern88'", "Brien-Lantern88")):
        assert_redacted(text, secret)
    for text in ("It''s the team''s call which release ships.", "password: ''", '<p>na&#xEF;ve caf&#233; d&#233;j&#224; vu</p>',
                 "WHERE name = 'O''Brien'"):
        assert redact(text) == text, text


def test_a_secret_under_a_key_named_in_another_language():
    for text, secret in (('clave_contraseña = "Kettle7Moon"', "Kettle7Moon"), ("LOSENORD_DB=Sunflower44x", "Sunflower44x"),
                         ("пароль_администратора: Marigold2031", "Marigold2031"), ('{"管理员密码": "Lantern88Grove"}', "Lantern88Grove"),
                         ("mot-de-passe-ftp: Tulip2031x", "Tulip2031x"), ("비밀번호_관리자=Orchid2024x", "Orchid2024x")):
        assert_redacted(text, secret)
    for text in ("senha_obrigatoria: sim", "contraseña_longitud_minima = 12", "пароль_изменён: да", "パスワードの長さ: 8文字以上",
                 "wachtwoord_vergeten_url: /reset"):
        assert redact(text) == text, text


def test_a_password_bound_by_position_or_sent_after_a_prompt():
    for text, secret in (('r = redis.Redis("10.0.0.5", 6380, 2, "Kettle7MoonRiver")', "Kettle7MoonRiver"),
                         ('conn = pymysql.connect("db", "etl", "Sunflower44x", "warehouse")', "Sunflower44x"),
                         ('sock.read_until(b"passphrase: ")\nsock.write(b"Marigold2031\\n")', "Marigold2031"),
                         ('p.expect_exact("Password for root:")\np.sendline("Lantern88Grove")', "Lantern88Grove")):
        assert_redacted(text, secret)
    for text in ('r = redis.Redis("10.0.0.5", 6380, 2)', 'pymysql.connect("db", "etl", user_password, "warehouse")',
                 'p.expect("Continue? [y/n]")\np.sendline("y")', 'connect("localhost", 5432, "analytics")'):
        assert redact(text) == text, text


def test_every_secret_rule_has_its_own_id():
    """Compiled patterns are kept by id: a second rule under one id would run the first's pattern."""
    import json
    from collections import Counter

    from conftest import ROOT

    rules = json.loads((ROOT / "hooks" / "core" / "secret_rules.json").read_text())["rules"]
    assert [i for i, n in Counter(r["id"] for r in rules).items() if n > 1] == []


def test_a_credential_in_a_build_or_package_tools_settings():
    for text, secret in (("ossrhPassword=Kettle=7Moon", "Kettle=7Moon"), ("spring.datasource.password=Pa=ss2024x", "Pa=ss2024x"),
                         ("DB_PASS=a1=b2=c3d4", "a1=b2=c3d4"),
                         ("cf login -a https://api.example.com -u ci -p Lantern88Grove", "Lantern88Grove"),
                         ("oc login https://api.example.com:6443 -u dev -p Marigold2031", "Marigold2031"),
                         ('mongosh "mongodb://db.internal" -u admin -p Sunflower44x', "Sunflower44x"),
                         ("mongodump -u backup -p Copper9Kettle --authenticationDatabase admin", "Copper9Kettle"),
                         ("rabbitmqadmin -u admin -p Biscuit1998 list queues", "Biscuit1998"),
                         ("twine upload --repository internal -u ci -p Noodle2011! dist/*", "Noodle2011!"),
                         ("poetry config http-basic.internal ci Snowfall2077", "Snowfall2077"),
                         ("poetry config pypi-token.pypi pypi-AgEIcHlwaS5vcmc2x9Kq", "pypi-AgEIcHlwaS5vcmc2x9Kq")):
        assert_redacted(text, secret)
    for text in ("Cookie: theme=dark; lang=en", "PASSWORD_RESET_URL=https://example.com/reset?step=1",
                 'mongosh "mongodb://db.internal" -u admin -p', "oc login -u dev -p $OC_PASSWORD", "mysql -u root -p shop",
                 "psql -U app -p 5432 shop", "poetry config http-basic.internal ci",
                 "poetry config repositories.internal https://pypi.example.com/simple"):
        assert redact(text) == text, text


def test_a_secret_on_the_line_after_its_label_and_a_mask_left_alone():
    for text, secret in (("botocore.auth DEBUG: Signature:\n9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70\n",
                          "9f2c4e1a7b3d5f60819a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70"),
                         ("Session Token:\nIQoJb3JpZ2luX2VjEJr8aXYzLWVhc3QtMSJHMEUCIQ\n", "IQoJb3JpZ2luX2VjEJr8aXYzLWVhc3QtMSJHMEUCIQ"),
                         ("New password:\nKettle7MoonRiver\n", "Kettle7MoonRiver")):
        assert_redacted(text, secret)
    for text in ("Usage:\n  second-nature lessons list\n", "Note:\nSomethingLongEnoughHere\n", "Signature:\nvalid\n",
                 "+ curl -u admin:**** https://jenkins.example.com/job/build/api/json", "DB_PASSWORD=••••••••"):
        assert redact(text) == text, text


def test_a_password_on_a_windows_administrators_command_line():
    for text, secret in ((r"net use \\fileserver\share Kettle7Moon /user:CORP\backup", "Kettle7Moon"),
                         (r"net use Z: \\fs01\data Marigold2031 /user:svc", "Marigold2031"),
                         ('Set-ADAccountPassword jdoe -NewPassword (ConvertTo-SecureString -AsPlainText "Copper9Kettle" -Force)',
                          "Copper9Kettle"),
                         ("$s = ConvertTo-SecureString -String 'Lantern88Grove' -AsPlainText -Force", "Lantern88Grove")):
        assert_redacted(text, secret)
    for text in (r"net use \\fileserver\share * /user:CORP\backup", r"net use \\fileserver\share /user:CORP\backup",
                 "ConvertTo-SecureString $plain -AsPlainText -Force", "$pw = Read-Host -AsSecureString"):
        assert redact(text) == text, text


def test_a_literal_key_handed_to_a_signing_or_encryption_call():
    for text, secret in (('mac := hmac.New(sha512.New, []byte("Juniper4Lantern"))', "Juniper4Lantern"),
                         ("const c = crypto.createCipheriv('aes-256-cbc', 'Q8vLm2Rx9TzPw4Ks6NbHy3Jc7Fd5Ga1E', iv);",
                          "Q8vLm2Rx9TzPw4Ks6NbHy3Jc7Fd5Ga1E"),
                         ("signer = TimestampSigner('Orchard55Pebble')", "Orchard55Pebble"),
                         ('sig = CryptoJS.HmacSHA256(message, "Tangerine42Violet").toString()', "Tangerine42Violet"),
                         ("openssl aes-256-cbc -d -in secrets.enc -out secrets.txt -k Bramble9Copper", "Bramble9Copper"),
                         ('encryptor = ActiveSupport::MessageEncryptor.new("Saffron7Meadow31")', "Saffron7Meadow31")):
        assert_redacted(text, secret)
    for text in ("const c = crypto.createCipheriv('aes-256-cbc', key, iv);", 'signer = TimestampSigner(app.config["SECRET_KEY"])',
                 "openssl aes-256-cbc -d -in secrets.enc -out secrets.txt -pass file:./key.txt",
                 "sig = CryptoJS.HmacSHA256(message, secret).toString()", 'digest = hashlib.sha256(b"hello world").hexdigest()'):
        assert redact(text) == text, text


def test_a_secret_kept_as_a_memory_or_given_after_the_account_it_logs_in_as():
    for text, secret in (("Remember: the guest wi-fi key is Marmalade2044", "Marmalade2044"),
                         ("FYI the redis auth on staging is Copperleaf71!", "Copperleaf71!"),
                         ("Sign in to Kibana as analyst using Bluebell#2032", "Bluebell#2032"),
                         ("log in as root with password Thistle8817 on the old box", "Thistle8817")):
        assert_redacted(text, secret)
    for text in ("Log in to Grafana as ops with SSO.", "Sign in as admin using Google.", "Log in as yourself with your own account.",
                 "The wifi key is printed on the router's label."):
        assert redact(text) == text, text


def test_a_secret_in_a_data_systems_connection_string_and_how_one_authenticates_left_alone():
    for text, secret in (('sasl.jaas.config=...ScramLoginModule required username="etl" password="Quartz77!mill";', "Quartz77!mill"),
                         ("Server=tcp:sql01,1433;User ID=report;Password=Harbour2031;", "Harbour2031"),
                         ("amqp://billing:Lantern4412@rabbit.internal:5672/", "Lantern4412"),
                         ("ch02:5432:*:replicator:Tundra#5530", "Tundra#5530")):
        assert_redacted(text, secret)
    for text in ("mongodb://db01/app?authMechanism=SCRAM-SHA-256&authSource=admin", "sasl_mechanism: SCRAM-SHA-512",
                 "auth_scheme: Bearer", "AUTH_STRATEGY=oauth2-proxy", "token_timeout: 3600"):
        assert redact(text) == text, text


def test_a_secret_handed_to_the_tool_that_keeps_it_and_a_files_path_left_alone():
    for text, secret in (("security add-internet-password -a ci -s git.example.com -w Saffron4471", "Saffron4471"),
                         ('curl -F "key=API_TOKEN" -F "value=Orchid9923x" https://ci.example.com/api/variables', "Orchid9923x"),
                         ("POST /variables?key=SMTP_PASSWORD&value=Juniper3310", "Juniper3310")):
        assert_redacted(text, secret)
    for text in ("kubectl create secret generic db --from-file=password=../secrets/db-pass.txt", "token_file=~/.config/gh/token",
                 "password_file: /run/secrets/postgres_password", 'curl -F "key=REGION" -F "value=eu-west-1" https://ci.example.com/api'):
        assert redact(text) == text, text


def test_a_bare_value_runs_past_an_ampersand_that_starts_no_next_pair():
    for text, secret in (("ansible_become_password: Xy9#ab&cEndYfC", "cEndYfC"), ("db_pass: tulip&Marble7", "Marble7"),
                         ("SMTP_PASSWORD=Qx7&&zz9!k", "zz9!k")):
        assert_redacted(text, secret)
    for text in ("https://x.example/cb?state=abc&user=bob", "curl 'https://api.example.com/v1/items?page=2&sort=asc'"):
        assert redact(text) == text, text
    assert "user=bob" in redact("https://x.example/cb?token=abc123def456ghi&user=bob")


def test_an_equals_sign_inside_a_said_secret_keeps_no_part_of_it():
    for text, secret in (("router bgp 65001\n neighbor 10.0.0.2 password kT4mQ=vz8#Lp", "kT4mQ"),
                         ("set the wifi key to Hb7x=Qq!29w please", "Hb7x"),
                         ("le mot de passe  w2Rz=Jk8*pQ", "w2Rz"), ("Passwort: 9fGh==Tz41a", "9fGh")):
        assert secret not in redact(text), text
    for text, kept in (("set the password PGPASSWORD=Xk29dLq8Zzw3 before psql", "PGPASSWORD"), ("the token api_key=sk9dkQpL2xM4vR", "api_key"),
                       ("then set password mysql=Xk29dLq8Zzw3 on the box", "mysql=")):
        assert kept in redact(text), text


def test_a_said_secret_ends_where_a_querys_next_pair_starts():
    for text in ("grant_type=client_credentials&client_id=web&scope=openid", "?type=access_token&lang=en&page=2"):
        assert redact(text) == text, text
    for text, secret in (("token: abc123XYZ789qwe&user=bob", "abc123XYZ789qwe"), ("the password is Xk29&dLq8Zz!w", "dLq8Zz")):
        assert secret not in redact(text), text
    assert "user=bob" in redact("token: abc123XYZ789qwe&user=bob")


def test_a_secret_stores_record_keeps_no_value_whatever_the_secret_is_called():
    records = (
        '{"attributes": {"enabled": true}, "id": "https://kv-ops.vault.azure.net/secrets/Billing/7a1", "name": "Billing", '
        '"tags": {"owner": "ops"}, "value": "Autumn2024!"}',
        '{"value": "Winter2023", "id": "https://kv.vault.azure.net/secrets/X/1"}',
        '{"Parameter": {"Name": "/shop/smtp", "Type": "SecureString", "Value": "hunter-42-lamp"}}',
        '{"name": "projects/9/secrets/hook/versions/2", "payload": {"data": "c2VjcmV0LXZhbHVl"}}',
        '{"id": "field7", "type": "CONCEALED", "label": "pin", "value": "73915"}',
    )
    for text, secret in zip(records, ("Autumn2024!", "Winter2023", "hunter-42-lamp", "c2VjcmV0LXZhbHVl", "73915"), strict=True):
        assert secret not in redact(text), text
    for text in ('{"id": "https://kv.vault.azure.net/secrets/X/1", "attributes": {"enabled": true}}',
                 '{"Parameter": {"Name": "/shop/host", "Type": "String", "Value": "db01.internal"}}',
                 '{"name": "projects/9/secrets/hook/versions/2", "state": "ENABLED"}'):
        assert redact(text) == text, text

"""Fake secrets of 100+ kinds, each in the context where it usually turns up (a command line, a config
file, a tool's output), for the redaction tests. Every value is made up, in the provider's format."""

from __future__ import annotations

import random

_rng = random.Random(7)
_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def _pick(alphabet: str, n: int) -> str:
    return "".join(_rng.choice(alphabet) for _ in range(n))


def an(n: int) -> str:
    return _pick(_ALNUM, n)


def hx(n: int) -> str:
    return _pick("0123456789abcdef", n)


def up(n: int) -> str:
    return _pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n)


def b64(n: int) -> str:
    return _pick(_ALNUM + "+/", n)


def uuid() -> str:
    return f"{hx(8)}-{hx(4)}-{hx(4)}-{hx(4)}-{hx(12)}"


def _body() -> str:
    return "\n".join(b64(64) for _ in range(3))


def corpus() -> list[tuple[str, str, str]]:
    """(kind, text as it is usually seen, the secret in it)."""
    items: list[tuple[str, str, str]] = []

    def add(kind: str, secret: str, context: str) -> None:
        items.append((kind, context.replace("{s}", secret), secret))

    add("aws access key id", "AKIA" + up(16), "aws configure set aws_access_key_id {s}")
    add("aws secret key", b64(40), "aws_secret_access_key = {s}")
    add("aws secret in env", b64(40), "export AWS_SECRET_ACCESS_KEY={s}")
    add("aws session token", b64(120), "AWS_SESSION_TOKEN={s}")
    add("azure storage key", b64(86) + "==", "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey={s};EndpointSuffix=core")
    add("azure sas", b64(43).replace("+", "%2B") + "%3D", "https://acct.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig={s}")
    add("azure ad client secret", an(3) + "8Q~" + an(34), "AZURE_CLIENT=app {s}")
    add("gcp api key", "AIza" + an(35), "const key = '{s}';")
    add("gcp oauth token", "ya29." + an(60), "Authorization header was ya29 token {s}")
    add("gcp oauth client secret", "GOCSPX-" + an(28), "client_secret in json: {s}")
    add("gcp private key id", hx(40), '{"type": "service_account", "private_key_id": "{s}"}')
    add("alibaba key", "LTAI" + an(20), "aliyun configure --access-key-id {s}")
    add("tencent key", "AKID" + an(32), "SecretId: {s}")
    add("yandex key", "AQVN" + an(36), "yc config set token {s}")
    add("digitalocean token", "dop_v1_" + hx(64), "doctl auth init -t {s}")
    add("heroku new key", "HRKU-" + an(60), "heroku auth:token -> {s}")
    add("heroku api key", uuid(), "HEROKU_API_KEY {s}")
    add("fly.io token", "fo1_" + an(40), "fly secrets: FLY token {s}")
    add("vercel token", an(24), "vercel --token {s} deploy")
    add("netlify token", "nfp_" + an(40), "netlify deploy --auth {s}")
    add("cloudflare token", an(40), "CLOUDFLARE_API_TOKEN: {s}")
    add("supabase token", "sbp_" + hx(40), "supabase login --token {s}")
    add("planetscale token", "pscale_tkn_" + an(43), "pscale auth: {s}")
    add("terraform cloud token", an(14) + ".atlasv1." + an(67), 'credentials "app.terraform.io" { token = "{s}" }')
    add("pulumi token", "pul-" + hx(40), "pulumi login with {s}")
    add("doppler token", "dp.pt." + an(43), "doppler configure set token {s}")
    add("vault token", "hvs." + an(90), "vault login {s}")
    add("infracost key", "ico-" + an(32), "infracost configure set api_key {s}")
    add("dynatrace token", "dt0c01." + up(24) + "." + up(64), "Api-Token {s}")
    add("github classic", "ghp_" + an(36), "git clone https://{s}@github.com/org/repo")
    add("github oauth", "gho_" + an(36), "gh auth status: Token: {s}")
    add("github fine-grained", "github_pat_" + an(22) + "_" + an(59), "GITHUB_TOKEN={s} gh pr list")
    add("github app", "ghs_" + an(36), "installation token {s}")
    add("gitlab pat", "glpat-" + an(20), "git remote add origin https://oauth2:{s}@gitlab.com/g/p.git")
    add("gitlab deploy token", "gldt-" + an(20), "gitlab deploy token {s}")
    add("gitlab runner registration", "GR1348941" + an(20), "gitlab-runner register --registration-token {s}")
    add("bitbucket token", "ATBB" + an(32), "bitbucket app password {s}")
    add("atlassian token", "ATATT3" + an(180), "JIRA_API_TOKEN: {s}")
    add("npm token", "npm_" + an(36), "//registry.npmjs.org/:_authToken={s}")
    add("npmrc auth", b64(40), "_auth={s}")
    add("pypi token", "pypi-AgEIcHlwaS5vcmc" + an(60), "twine upload -p {s} dist/*")
    add("rubygems token", "rubygems_" + hx(48), ":rubygems_api_key: {s}")
    add("nuget key", "oy2" + _pick("abcdefghijklmnopqrstuvwxyz0123456789", 43), "dotnet nuget push -k {s}")
    add("clojars token", "CLOJARS_" + _pick("abcdefghijklmnopqrstuvwxyz0123456789", 60), "deploy with {s}")
    add("docker hub pat", "dckr_pat_" + an(27), "docker login -u me -p {s}")
    add("docker config auth", b64(40), '{"auths": {"https://index.docker.io/v1/": {"auth": "{s}"}}}')
    add("jfrog key", "AKCp" + an(69), "X-JFrog-Art-Api: {s}")
    add("sonarqube token", "sqp_" + hx(40), "sonar-scanner -Dsonar.login={s}")
    add("snyk token", uuid(), "SNYK_TOKEN={s}")
    add("readme key", "rdme_" + _pick("abcdefghijklmnopqrstuvwxyz0123456789", 70), "rdme openapi --key {s}")
    add("prefect key", "pnu_" + an(36), "prefect cloud login -k {s}")
    add("anthropic", "sk-ant-api03-" + an(80), "ANTHROPIC_API_KEY={s}")
    add("openai project", "sk-proj-" + an(60), "openai.api_key = '{s}'")
    add("openrouter", "sk-or-v1-" + hx(64), "Authorization: Bearer {s}")
    add("huggingface", "hf_" + an(34), "huggingface-cli login --token {s}")
    add("groq", "gsk_" + an(52), "GROQ key {s}")
    add("perplexity", "pplx-" + an(48), "pplx api {s}")
    add("xai", "xai-" + an(80), "XAI key {s}")
    add("replicate", "r8_" + an(37), "REPLICATE_API_TOKEN {s}")
    add("langsmith", "lsv2_pt_" + hx(32) + "_" + hx(10), "LANGSMITH key {s}")
    add("pinecone", "pcsk_" + an(60), "Pinecone(api_key={s})")
    add("cohere", an(40), "COHERE_API_KEY: {s}")
    add("mistral", an(32), "mistral api key {s}")
    add("slack bot", "xoxb-" + "123456789012-123456789012-" + an(24), "SLACK_BOT_TOKEN={s}")
    add("slack user", "xoxp-" + "123456789012-123456789012-123456789012-" + hx(32), "token {s}")
    add("slack app", "xapp-1-A0" + up(9) + "-1234567890123-" + hx(64), "socket mode app token {s}")
    add("slack webhook", "https://hooks.slack.com/services/T" + up(8) + "/B" + up(8) + "/" + an(24),
        "curl -X POST {s} -d '{\"text\":\"hi\"}'")
    add("discord bot token", "MT" + an(24) + "." + an(6) + "." + an(38), "client.run('{s}')  # discord bot")
    add("discord webhook", "https://discord.com/api/webhooks/123456789012345678/" + an(68), "post to {s}")
    add("telegram bot token", "1234567890:AA" + an(33), "TELEGRAM bot {s}")
    add("telegram bot url", "9876543210:AA" + an(33), "curl https://api.telegram.org/bot{s}/sendMessage")
    add("teams webhook", "https://acme.webhook.office.com/webhookb2/" + uuid() + "@" + uuid() + "/IncomingWebhook/" + hx(32),
        "teams: {s}")
    add("twilio api key", "SK" + hx(32), "twilio api key sid {s}")
    add("twilio auth token", hx(32), "TWILIO_AUTH_TOKEN: {s}")
    add("sendgrid", "SG." + an(22) + "." + an(43), "SENDGRID key is {s}")
    add("mailgun legacy", "key-" + hx(32), "api:{s} mailgun")
    add("mailgun", hx(32) + "-" + hx(8) + "-" + hx(8), "mailgun api key {s}")
    add("mailchimp", hx(32) + "-us21", "mailchimp key {s}")
    add("brevo", "xkeysib-" + hx(64) + "-" + an(16), "brevo {s}")
    add("postmark", uuid(), "POSTMARK_SERVER_TOKEN {s}")
    add("notion", "secret_" + an(43), "NOTION integration {s}")
    add("notion new", "ntn_" + "12345678901" + an(35), "notion token {s}")
    add("linear", "lin_api_" + an(40), "linear key {s}")
    add("figma", "figd_" + an(40), "X-Figma-Token {s}")
    add("airtable", "pat" + an(14) + "." + hx(64), "airtable {s}")
    add("asana", "1/1234567890123:" + an(32), "ASANA_TOKEN {s}")
    add("hubspot", "pat-na1-" + uuid(), "hubspot {s}")
    add("contentful", "CFPAT-" + an(43), "contentful {s}")
    add("typeform", "tfp_" + an(59), "typeform {s}")
    add("frame.io", "fio-u-" + an(64), "frameio {s}")
    add("dropbox", "sl." + an(140), "dropbox token {s}")
    add("new relic", "NRAK-" + up(27), "NEW_RELIC_API_KEY {s}")
    add("grafana service account", "glsa_" + an(32) + "_" + hx(8), "grafana {s}")
    add("grafana cloud", "glc_" + an(60), "grafana cloud {s}")
    add("sentry token", "sntrys_" + an(60), "sentry-cli --auth {s}")
    add("datadog", hx(32), "DD_API_KEY={s}")
    add("databricks", "dapi" + hx(32), "databricks configure: {s}")
    add("postman", "PMAK-" + hx(24) + "-" + hx(34), "postman key {s}")
    add("shopify", "shpat_" + hx(32), "X-Shopify-Access-Token: {s}")
    add("stripe live secret", "sk_live_" + an(24), "stripe key {s}")
    add("stripe restricted", "rk_live_" + an(24), "restricted {s}")
    add("stripe webhook", "whsec_" + an(32), "endpoint secret {s}")
    add("square", "EAAA" + an(60), "square token {s}")
    add("braintree", "access_token$production$" + _pick("abcdefghijklmnopqrstuvwxyz0123456789", 16) + "$" + hx(32),
        "braintree {s}")
    add("shippo", "shippo_live_" + hx(40), "shippo {s}")
    add("flutterwave", "FLWSECK-" + hx(32) + "-X", "flutterwave {s}")
    add("easypost", "EZAK" + an(54), "easypost {s}")
    add("duffel", "duffel_live_" + an(43), "duffel {s}")
    add("jwt", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOi" + an(20) + "." + an(43), "Cookie: session={s}")
    add("mapbox", "sk.eyJ1Ijoi" + an(40) + "." + an(22), "MAPBOX {s}")
    add("age key", "AGE-SECRET-KEY-1" + _pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58), "# created: 2026\n{s}")
    add("pem key", _body(), "-----BEGIN RSA PRIVATE KEY-----\n{s}\n-----END RSA PRIVATE KEY-----")
    add("openssh key", _body(), "-----BEGIN OPENSSH PRIVATE KEY-----\n{s}\n-----END OPENSSH PRIVATE KEY-----")
    add("pgp key", _body(), "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{s}\n-----END PGP PRIVATE KEY BLOCK-----")
    add("key body line via grep", b64(64), "id_rsa:12:{s}")
    add("key body line via sed", b64(70), "{s}")
    add("key body line in a diff", b64(64), "--- a/key\n+++ b/key\n-{s}")
    add("putty key", _body(), "PuTTY-User-Key-File-3: ssh-rsa\nPrivate-Lines: 3\n{s}\nPrivate-MAC: " + hx(64))
    add("url password", an(16), "DATABASE_URL=postgres://app:{s}@db.internal:5432/prod")
    add("redis url, empty user", an(16), "REDIS_URL=redis://:{s}@cache:6379/0")
    add("mongodb srv", an(16), "mongodb+srv://admin:{s}@cluster0.mongodb.net/db")
    add("redis-cli -a", an(16), "redis-cli -h cache -a {s} ping")
    add("mysql -p", an(16), "mysql -u root -p{s} shop < dump.sql")
    add("mysql --password", an(16), "mysqldump --password={s} shop")
    add("sshpass", an(16), "sshpass -p {s} ssh deploy@host")
    add("curl -u", an(16), "curl -u admin:{s} https://ci.example/api")
    add("psql conninfo", an(16), 'psql "host=db user=app password={s} dbname=prod"')
    add("ado connection string", an(16), "Server=db;Database=shop;User Id=sa;Password={s};")
    add("jdbc", an(16), "jdbc:postgresql://db/shop?user=app&password={s}")
    add("netrc", an(16), "machine api.example.com\n  login bot\n  password {s}")
    add("netrc one line", an(16), "machine github.com login me password {s}")
    add("authorization basic", b64(32), "Authorization: Basic {s}")
    add("x-api-key header", an(32), "curl -H 'x-api-key: {s}' https://api.example")
    add("private-token header", an(20), "curl --header 'PRIVATE-TOKEN: {s}' https://gitlab.example")
    add("cli --token", an(24), "some-cli deploy --token {s}")
    add("cli --password=", an(16), "tool login --password={s}")
    add("k8s secret data", b64(24) + "==", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: {s}\n")
    add("k8s secret stringData", an(20), "kind: Secret\nstringData:\n  token: {s}\n")
    add(".env password", an(16), "DB_PASSWORD={s}\nDEBUG=1")
    add("yaml client secret", an(20), "oauth:\n  client_secret: {s}")
    add("json password", an(16), '{"user": "bob", "password": "{s}"}')
    add("python kwarg", an(24), "client = Client(api_key='{s}')")
    add("high entropy assignment", an(32), "SIGNING_SALT = '{s}'")
    add("high entropy config", an(40), "session_cookie: {s}")
    return items


BENIGN = [
    "max_tokens: 150000",
    "run pytest -x and count tokens=5",
    "the secret: is to run tests first",
    "KEY_COUNT = 3",
    "https://example.com/path?q=1",
    "git@github.com:org/repo.git",
    "def get_password(user): ...",
    "commit 4f9d2c1a8b7e6d5c4b3a29180f7e6d5c4b3a2918",
    "sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "request id 3fa85f64-5717-4562-b3fc-2c963f66afa6 done",
    "sort --key=2 data.txt",
    "mix test test/spotter/transcripts/jobs/sync_transcripts_test.exs",
    "ls -la /home/user/projects/spotter-worktrees/spotter-a0y/lib",
    "FAILED tests/test_auth.py::test_login_with_expired_session_returns_401",
    "class TranscriptRendererComponentForSubagentView(Base):",
    "psql -h localhost -p 5432 -U app shop",
    "ssh -p 2222 deploy@host",
    "export PATH=/usr/local/bin:$PATH",
    "Run `mix format` before `git commit`.",
]

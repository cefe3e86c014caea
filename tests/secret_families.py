"""Secrets by family, each family written as several members that differ in wording, language, structure
and size, with made-up values from a generator. Splits: ``tune`` (what the rules were written
against) and held-out splits (written in other words, see below);
``bench/secret_families.py`` reports each.

Each item is (family, split, what is captured: a string or a JSON-like structure, the secret in it).
"""

from __future__ import annotations

import base64
import json
import random
import string

_rng = random.Random(1807)


def token(n: int = 24, alphabet: str = string.ascii_letters + string.digits) -> str:
    while True:  # a value with letters and digits, as real keys have
        value = "".join(_rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value):
            return value


def password() -> str:
    words = ["Sommer", "winter", "Tiger", "blue", "Kaffee", "soleil", "moon", "Drache", "river", "casa"]
    return f"{_rng.choice(words)}{_rng.randint(10, 9999)}{_rng.choice('!#%&*+?')}"


def hexkey(n: int = 32) -> str:
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def pem_line() -> str:
    while True:
        line = "".join(_rng.choice(string.ascii_letters + string.digits + "+/") for _ in range(64))
        if any(c.isdigit() for c in line) and any(c.islower() for c in line) and any(c.isupper() for c in line):
            return line


Item = tuple[str, str, object, str]
# Splits: "tune" (the rules were written against it), "held_out" (written with it, measured after the first round
# of rules; looked at since), "held_out_2" (written after the second round, measured once, looked at since),
# "held_out_3" (written after the third round, measured once, looked at since), "held_out_4" (written after the
# fourth round, measured once, looked at since), "held_out_5" (written after the fifth round, measured before the
# proximity rule and after it, not looked at between), "held_out_6" (written after the sixth round, measured once
# before the rules that followed it); "held_out_7" to "held_out_26" (below, each written after the round before
# it and measured once before the next).


def _family(name: str, tune: list, held_out: list, values, held_out_2: list | None = None,
            held_out_3: list | None = None, held_out_4: list | None = None, held_out_5: list | None = None,
            held_out_6: list | None = None) -> list[Item]:
    """Every template of every split filled with fresh values; a template is a string with ``{s}`` or a
    function of the secret returning a structure."""
    items: list[Item] = []
    for split, templates in (("tune", tune), ("held_out", held_out), ("held_out_2", held_out_2 or []),
                             ("held_out_3", held_out_3 or []), ("held_out_4", held_out_4 or []),
                             ("held_out_5", held_out_5 or []), ("held_out_6", held_out_6 or [])):
        for template in templates:
            secret = values()
            captured = template(secret) if callable(template) else template.replace("{s}", secret)
            items.append((name, split, captured, secret))
    return items


def families() -> list[Item]:
    items: list[Item] = []
    items += _family("value named by its key", [
        lambda s: {"password": s},
        lambda s: {"headers": {"Authorization": f"Bearer {s}"}},
        lambda s: {"config": {"db": {"user": "app", "pass": s}}},
        lambda s: {"env": [{"name": "DB_PASSWORD", "value": s}]},
        lambda s: [["X-Api-Key", s]],
        lambda s: {"apiKey": s, "region": "eu-west-1"},
        lambda s: [["Proxy-Authorization", f"Basic {s}"]],
    ], [
        lambda s: {"client_secret": s, "client_id": "web-frontend"},
        lambda s: {"request": {"headers": [{"name": "Authorization", "value": f"Token {s}"}]}},
        lambda s: {"credentials": {"smtpPassword": s}},
        lambda s: {"Cookie": f"sessionid={s}; theme=dark"},
        lambda s: {"params": {"access_token": s, "page": 2}},
        lambda s: {"Key": "STRIPE_SECRET", "Value": s},
    ], lambda: token(28), [
        lambda s: {"db_password": s},
        lambda s: {"auth": {"bearer_token": s}},
        lambda s: {"headers": [["Proxy-Authorization", f"Basic {s}"]]},
        lambda s: {"spec": {"env": [{"name": "REDIS_PASSWORD", "value": s}]}},
        lambda s: {"settings": {"slack": {"webhookSecret": s}}},
        lambda s: {"sessionToken": s, "expires": 3600},
    ], [
        lambda s: {"data": {"attributes": {"api_secret": s}}},
        lambda s: {"Headers": {"X-Vault-Token": s}},
        lambda s: [{"Name": "GRAFANA_ADMIN_PASSWORD", "Value": s}],
        lambda s: {"connection": {"passwd": s, "host": "db"}},
        lambda s: {"oauth": {"refreshToken": s}},
        lambda s: [["X-Goog-Api-Key", s]],
    ], [
        lambda s: {"spring": {"datasource": {"password": s}}},
        lambda s: {"requestHeaders": {"authorization": f"bearer {s}"}},
        lambda s: [{"key": "PRIVATE_TOKEN", "value": s, "masked": False}],
        lambda s: {"mail": {"smtp_auth_pass": s}},
        lambda s: {"aws": {"secretAccessKey": s}},
    ], [
        lambda s: {"auth": {"type": "basic", "username": "ci", "password": s}},
        lambda s: {"x-api-token": s},
        lambda s: [{"HeaderName": "X-Auth-Key", "HeaderValue": s}],
        lambda s: {"stripe": {"sk": s}},
    ], [
        lambda s: {"mysql": {"root_password": s}},
        lambda s: {"headers": {"X-API-KEY": s}},
        lambda s: {"Authorization": f"ApiKey {s}"},
        lambda s: [{"ParameterKey": "DbPassword", "ParameterValue": s}],
        lambda s: {"smtp": {"credentials": {"user": "mailer", "secret": s}}},
        lambda s: {"github": {"pat": s}},
        lambda s: {"kv": [{"k": "api-secret", "v": s}]},
    ])
    items += _family("variable names the rules lack", [
        "SMTP_PASS={s}",
        "export REDIS_PW={s}",
        "+MAILER_SECRET={s}",
        "db:\n  host: localhost\n  admin_password: {s}\n",
        '{"stdout": "APP_ENV=prod\\nSTRIPE_KEY={s}\\nDEBUG=0\\n"}',
        "kubectl create secret generic app --from-literal=DB_PASS={s}",
        "setx DB_PASSWORD {s}",
        "GITLAB_PAT={s}",
        "env:\n  - name: SENDGRID_API_KEY\n    value: {s}\n",
    ], [
        "docker run -e POSTGRES_PASSWORD={s} postgres:16",
        "  - MQ_PWD={s}\n",
        "-LDAP_BIND_PASS=old\n+LDAP_BIND_PASS={s}",
        'jwt_signing_secret = "{s}"',
        "set ARTIFACTORY_TOKEN={s}",
        "$env:SERVICE_API_KEY = '{s}'",
    ], lambda: token(20), [
        "FTP_PASSWD={s}",
        "  smtp_pass: {s}\n",
        "ENV SENTRY_AUTH_TOKEN={s}",
        'const stripeKey = "{s}";',
        "heroku config:set DATABASE_PW={s}",
        "MYSQL_ROOT_PASSWORD: '{s}'",
    ], [
        "NPM_AUTH_TOKEN={s} npm publish",
        "  PGPASSWORD: \"{s}\"\n",
        "os.environ['OPENAI_API_KEY'] = '{s}'",
        "setx AZURE_CLIENT_SECRET {s}",
        "export GH_PAT={s}",
        "fly secrets set SESSION_SECRET={s}",
    ], [
        "export CI_DEPLOY_PASSWORD={s}",
        "      - name: TWILIO_AUTH_TOKEN\n        value: {s}\n",
        "RABBITMQ_DEFAULT_PASS={s} docker compose up",
        "appsettings: {{ \"ConnectionStrings\": {{ \"Db\": \"Server=db;Password={s};\" }} }}",
        "SLACK_SIGNING_SECRET: {s}",
    ], [
        "export BACKUP_ENCRYPTION_PASSPHRASE={s}",
        "ENV JIRA_API_TOKEN {s}",
        "      POSTGRES_PASS: {s}\n",
        "let private_key_pass = \"{s}\";",
    ], [
        "export SNOWFLAKE_PWD={s}",
        "  DATADOG_APP_KEY: {s}\n",
        "$ENV{'DB_PASS'} = '{s}';",
        "set -x SUPABASE_SERVICE_ROLE_KEY {s}",
        "ARG NPM_TOKEN={s}",
        "config.api_token = \"{s}\"",
        "private static final String API_SECRET = \"{s}\";",
    ])
    items += _family("a secret said in words", [
        "my API key for the geocoder is {s}",
        "le mot de passe du serveur est {s}",
        "Das Passwort lautet {s}",
        "пароль от базы: {s}",
        "数据库密码是{s}",
        "the token you need is {s}, keep it safe",
        "mitt lösenord är {s}",
        "hasło to {s}",
        "kata sandi adalah {s}",
        "le jeton est {s}",
        "credentials: deploy / {s}",
    ], [
        "Use this access key: {s}",
        "la contraseña del wifi es {s}",
        "a senha do painel é {s}",
        "パスワードは{s}です",
        "Mein API-Token ist {s}",
        "here's the password — {s}",
    ], password, [
        "Our shared password for the staging box is {s}",
        "el token de acceso es {s}",
        "la password del database è {s}",
        "het wachtwoord is {s}",
        "数据库密码：{s}",
        "my passphrase: {s}",
    ], [
        "mijn wachtwoord voor de VPN is {s}",
        "salasana palvelimelle on {s}",
        "hasło do bazy: {s}",
        "the admin password, for the record, is {s}",
        "비밀번호는 {s} 입니다",
        "Kennwort für den Drucker: {s}",
    ], [
        "btw the wifi password is {s}",
        "le jeton d'accès : {s}",
        "Zugangsdaten: admin / {s}",
        "la clave de la API es {s}",
        "密碼是 {s}",
        "пароль для входа — {s}",
    ], [
        "remember, the root pw is {s}",
        "la chiave API è {s}",
        "mot de passe administrateur : {s}",
        "Das Token lautet {s}",
        "パスワード：{s}",
        "ключ доступа {s}",
    ], [
        "fyi the db password is now {s}",
        "la password di root è {s}",
        "o token é {s}",
        "Passwort: {s}",
        "パスフレーズは {s}",
        "the new pin for the admin panel: {s}",
        "parola d'ordine: {s}",
        "şifre {s}",
        "كلمة المرور هي {s}",
    ])
    items += _family("a token inside CJK text", [
        "令牌ghp_{s}已经过期",
        "请使用sk-ant-{s}调用",
        "トークンはxoxb-{s}です",
    ], [
        "密钥glpat-{s}请勿外传",
        "키는AKIA{s}입니다",
        "用npm_{s}登录",
    ], lambda: token(36, string.ascii_uppercase + string.digits), [
        "请更新令牌ghp_{s}后重试",
        "キーxoxp-{s}を使って",
        "토큰은hf_{s}입니다",
        "密钥sk-proj-{s}已轮换",
    ], [
        "新しいトークンghp_{s}を設定しました",
        "請用sk-ant-api03-{s}測試",
        "API키xoxb-{s}는 만료됨",
        "发布令牌npm_{s}已撤销",
    ], [
        "令牌是ghp_{s}，请保密",
        "アクセストークン：glpat-{s}",
        "토큰sk-ant-{s}을 사용하세요",
    ], [
        "使用令牌xoxp-{s}访问",
        "ghp_{s}というトークン",
    ], [
        "把ghp_{s}粘贴到设置里",
        "トークン「glpat-{s}」",
        "API 키: sk-{s}",
        "令牌（npm_{s}）已失效",
    ])
    items += _family("a command across shell line continuations", [
        "mysql -h db \\\n  -u root \\\n  -p{s} app",
        "curl https://api.example.com \\\n  -u admin:{s}",
        "docker login registry.example.com \\\n  --password {s}",
    ], [
        "sshpass \\\n  -p {s} ssh deploy@host",
        "psql \\\n  'postgresql://app:{s}@db:5432/app'",
        "redis-cli -h cache \\\n   -a {s} ping",
    ], password, [
        "psql -h db \\\n  -U app \\\n  postgresql://app:{s}@db/app",
        "curl -X POST \\\n  -H 'Authorization: Bearer {s}' \\\n  https://api.example.com",
        "mysql \\\n  --user=root \\\n  --password={s} shop",
    ], [
        "docker run \\\n  -e MYSQL_ROOT_PASSWORD={s} \\\n  mysql:8",
        "mysqldump \\\n\t-u backup \\\n\t-p{s} \\\n\tshop > shop.sql",
        "curl -s \\\n  --user deploy:{s} \\\n  https://ci.example.com/job",
    ], [
        "PGPASSWORD={s} \\\n  psql -h db -U app",
        "curl https://registry.example.com/v2/ \\\n  --header \"Authorization: Basic {s}\"",
        "sshpass -p {s} \\\n  scp dump.sql backup@host:/srv",
    ], [
        "mysql -uroot \\\n  --password {s} \\\n  -e 'select 1'",
        "az login \\\n  --service-principal -u app \\\n  -p {s}",
    ], [
        "docker login \\\n  -u ci \\\n  -p {s} \\\n  ghcr.io",
        "psql \"host=db user=app password={s}\" \\\n  -c 'select 1'",
        "curl -fsS \\\n  -H \"X-Api-Key: {s}\" \\\n  https://api.example.com/v1",
        "mysqladmin -uroot \\\n  -p{s} \\\n  status",
    ])
    items += _family("a command form that takes a secret", [
        "echo '{s}' | docker login -u ci --password-stdin",
        "htpasswd -bc /etc/nginx/.htpasswd admin {s}",
        "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:{s}",
        "zip -r -P {s} backup.zip data/",
        "aws configure set aws_secret_access_key {s}",
        "keytool -genkeypair -storepass {s} -keystore release.jks",
        "gpg --batch --passphrase {s} --decrypt secrets.gpg",
        "ldapsearch -x -D cn=admin,dc=corp -w {s} -b dc=corp",
        "smbclient //nas/backup -U svc%{s}",
        "ssh-keygen -t ed25519 -N {s} -f deploy_key",
        "docker login -u ci -p {s} registry.example.com",
        "echo {s} | sudo -S systemctl restart app",
        "printf %s {s} | gh auth login --with-token",
        "redis-cli CONFIG SET requirepass {s}",
        "mc admin user add local backup secretkey {s}",
    ], [
        "printf %s {s} | helm registry login reg.example --password-stdin",
        "htpasswd -nb deploy {s}",
        "openssl enc -aes-256-cbc -in db.sql -out db.enc -pass pass:{s}",
        "7z a -p{s} archive.7z docs/",
        "aws configure set default.aws_session_token {s}",
    ], password, [
        "echo {s} | podman login quay.io -u bot --password-stdin",
        "jarsigner -storepass {s} app.apk release",
        "ldapmodify -D cn=admin,dc=corp -w {s} -f change.ldif",
        "openssl rsa -in k.pem -passin pass:{s} -out plain.pem",
        "unzip -P {s} archive.zip",
    ], [
        "echo -n '{s}' | docker login ghcr.io -u me --password-stdin",
        "echo {s} | sudo -S apt-get update",
        "echo 'deploy:{s}' | sudo chpasswd",
        "gh auth login --with-token <<< {s}",
        "zip --password {s} secrets.zip notes.txt",
        "mysql --host=db -uroot -p{s} -e 'show databases'",
    ], [
        "echo {s} | kinit admin@CORP.EXAMPLE",
        "vault login -method=userpass username=ops password={s}",
        "az login --service-principal -u app-id -p {s} --tenant corp",
        "mongosh 'mongodb://root:{s}@db:27017/admin'",
        "nmcli dev wifi connect office password {s}",
        "rclone config create s3 s3 secret_access_key {s}",
    ], [
        "wpa_passphrase office {s}",
        "iwctl --passphrase {s} station wlan0 connect office",
        "net user backup {s} /add",
        "mongodump --uri mongodb://backup:{s}@db/app",
        "snowsql -a acct -u etl --password {s}",
    ], [
        "echo '{s}' | passwd --stdin deploy",
        "pg_dump 'postgres://backup:{s}@db/app' > app.sql",
        "rabbitmqctl change_password guest {s}",
        "mosquitto_pub -u sensor -P {s} -t temp -m 21",
        "sqlcmd -S db -U sa -P {s} -Q 'select 1'",
        "git clone https://oauth2:{s}@gitlab.example.com/team/app.git",
        "curl -u :{s} https://api.example.com/v1/me",
    ])
    items += _family("a credential printed by the command before it", [
        "$ heroku auth:token\n{s}\n",
        "> gh auth token\n{s}\n",
        "PS> Get-Secret -Name api -AsPlainText\n{s}\n",
        "$ doctl registry token show\n{s}\n",
    ], [
        "$ gcloud auth print-access-token\n{s}\n",
        "% aws ecr get-login-password --region eu-west-1\n{s}\n",
    ], lambda: token(40), [
        "$ gh auth token\n{s}\n",
        "➜ heroku auth:token\n{s}\n",
    ], [
        "$ az account get-access-token --query accessToken -o tsv\n{s}\n",
        "bash-5.2$ gcloud auth application-default print-access-token\n{s}\n",
    ], [
        "PS> (Get-AzAccessToken).Token\n{s}\n",
        "$ vault print token\n{s}\n",
    ], [
        "$ kubectl create token deployer\n{s}\n",
        "$ gh auth token --hostname github.example.com\n{s}\n",
    ], [
        "$ op read op://vault/api/credential\n{s}\n",
        "$ pass show deploy/api\n{s}\n",
        "$ aws sts get-session-token --query Credentials.SessionToken --output text\n{s}\n",
    ])
    items += _family("key material quoted alone", [
        "Client(\"AC{h}\", \"{s}\")",
        "netrc:3:  password {s}",
        "machine api.example.com login bot password {s}",
        "echo {s} > secrets/api.key",
    ], [
        "client = Client('AC{h}', '{s}')",
        "  password {s}",
        "echo {s} >> key.pem",
    ], lambda: token(32, "0123456789abcdef"), [
        'twilio = Client("AC{h}","{s}")',
        "machine github.com\n  login bot\n  password {s}",
    ], [
        "echo '{s}' > ~/.config/app/api.key",
        "printf '%s\\n' {s} | tee secrets/master.key",
        "default login ci password {s}",
    ], [
        "twilio.rest.Client(account_sid='AC{h}', auth_token='{s}')",
        "echo {s} > .vault-token",
    ], [
        "secrets/jwt.key:\n{s}",
        "client = twilio.Client(\"AC{h}\",\n    \"{s}\")",
    ], [
        "cat ~/.pgpass\ndb:5432:app:app:{s}",
        "authtoken {s}",
        "Client(sid, \"{s}\")",
    ])
    items = [(f, sp, c.replace("{h}", hexkey()) if isinstance(c, str) else c, s) for f, sp, c, s in items]
    # PEM body lines need their own shape
    for split, templates in (("tune", ["{s}", "key.pem:12:{s}"]), ("held_out", ["+{s}", "  {s}  "]),
                             ("held_out_2", ['line = "{s}"', "> {s}"]), ("held_out_3", ["-{s}", '    "{s}",']),
                             ("held_out_4", ["key: |\n  {s}", "#{s}"]), ("held_out_5", ["> +{s}", "    {s}\\n"]),
                             ("held_out_6", ["  > {s}", "'{s}' +"])):
        for template in templates:
            line = pem_line()
            items.append(("key material quoted alone", split, template.replace("{s}", line), line))
    return items + _held_out_7() + _held_out_8() + _held_out_9() + _held_out_10() + _held_out_11() + _held_out_12() + _held_out_13() + _held_out_14() + _held_out_15() + _held_out_16() + _held_out_17() + _held_out_18() + _held_out_19() + _held_out_20() + _held_out_21() + _held_out_22() + _held_out_23() + _held_out_24() + _held_out_25() + _held_out_26() + _held_out_27() + _held_out_28() + _held_out_29() + _held_out_30() + _held_out_31() + _held_out_32() + _held_out_33() + _held_out_34() + _held_out_35() + _held_out_36() + _held_out_37() + _held_out_38() + _held_out_39() + _held_out_40() + _held_out_41() + _held_out_42() + _held_out_43() + _held_out_44() + _held_out_45() + _held_out_46() + _held_out_47() + _held_out_48() + _held_out_49() + _held_out_50() + _held_out_51() + _held_out_52() + _held_out_53() + _held_out_54() + _held_out_55() + _held_out_56() + _held_out_57()


def _filled(split: str, cases: list) -> list[Item]:
    """(family, template, value generator) cases, each filled with a fresh value, as items of ``split``."""
    items: list[Item] = []
    for family, template, values in cases:
        secret = values()
        captured = template(secret) if callable(template) else template.replace("{s}", secret)
        items.append((family, split, captured, secret))
    return items


def random_password() -> str:
    """A password as a generator makes it: any printable ASCII, 10-16 characters, a digit, a letter and a symbol."""
    while True:
        value = "".join(_rng.choice(string.ascii_letters + string.digits + "!#%&*+-=?@^_~") for _ in range(_rng.randint(10, 16)))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and any(not c.isalnum() for c in value):
            return value


def phrase_password() -> str:
    words = ["orange", "Castle", "pepper", "Nordlicht", "gato", "Falcon", "ribbon", "Mistral"]
    return f"{_rng.choice(words)}-{_rng.choice(words)}-{_rng.randint(10, 99)}"


def _held_out_7() -> list[Item]:
    """Written after the shape net (``secret_shape``), measured once; values from generators no rule was
    written against (any-printable and word-dash-word passwords, url-safe and long tokens)."""
    urlsafe = lambda: token(43, string.ascii_letters + string.digits + "-_")  # noqa: E731
    cases = [
        ("value named by its key", lambda s: {"database": {"credentials": {"pwd": s}}}, random_password),
        ("value named by its key", lambda s: {"Set-Cookie": f"auth={s}; Path=/; HttpOnly"}, urlsafe),
        ("value named by its key", lambda s: [{"Key": "ADMIN_PASSPHRASE", "Value": s}], phrase_password),
        ("value named by its key", lambda s: {"webhook": {"signing_key": s}}, lambda: token(32)),
        ("value named by its key", lambda s: {"x-functions-key": s}, urlsafe),
        ("variable names the rules lack", "MINIO_ROOT_PASSWORD={s}", random_password),
        ("variable names the rules lack", "  vault_unseal_key: \"{s}\"\n", lambda: token(44)),
        ("variable names the rules lack", "$Env:NUGET_APIKEY=\"{s}\"", urlsafe),
        ("variable names the rules lack", "KEYSTORE_PASS := {s}", phrase_password),
        ("variable names the rules lack", "define('AUTH_SALT', '{s}');", random_password),
        ("a secret said in words", "the login for the router is admin and {s}", random_password),
        ("a secret said in words", "la contraseña nueva: {s}", phrase_password),
        ("a secret said in words", "Das neue Kennwort ist {s} (bitte ändern)", random_password),
        ("a secret said in words", "暗証番号は {s} です", random_password),
        ("a secret said in words", "I reset it to {s}, log in with that", random_password),
        ("a secret said in words", "секретный ключ: {s}", urlsafe),
        ("a secret said in words", "use {s} as the passphrase", phrase_password),
        ("a token inside CJK text", "新的密钥是{s}，请更新", lambda: token(40)),
        ("a token inside CJK text", "トークン{s}を貼り付け", urlsafe),
        ("a token inside CJK text", "키 {s}를 사용", lambda: token(32)),
        ("a command across shell line continuations", "curl -sS \\\n  -u 'svc:{s}' \\\n  https://nexus.example/api", random_password),
        ("a command across shell line continuations", "docker run --rm \\\n  -e ADMIN_PASS='{s}' \\\n  app:latest", phrase_password),
        ("a command across shell line continuations", "helm install app ./chart \\\n  --set db.password={s}", random_password),
        ("a command form that takes a secret", "influx auth create --token {s}", urlsafe),
        ("a command form that takes a secret", "psql postgresql://etl:{s}@warehouse/etl", phrase_password),
        ("a command form that takes a secret", "expect -c 'spawn ssh root@box; expect assword; send \"{s}\\r\"'", random_password),
        ("a command form that takes a secret", "ncftp -u upload -p {s} ftp.example.com", random_password),
        ("a command form that takes a secret", "restic -r s3:backup --password-command 'echo {s}' snapshots", random_password),
        ("a credential printed by the command before it", "$ gcloud secrets versions access latest --secret=api\n{s}\n", urlsafe),
        ("a credential printed by the command before it", "$ bw get password github\n{s}\n", random_password),
        ("a credential printed by the command before it", "$ security find-generic-password -s deploy -w\n{s}\n", phrase_password),
        ("key material quoted alone", "authorization: {s}", urlsafe),
        ("key material quoted alone", "token.txt:1:{s}", lambda: token(40)),
        ("key material quoted alone", "  \"{s}\",  # old key, rotated", lambda: hexkey(40)),
    ]
    return _filled("held_out_7", cases)


# Ordinary text that looks like the families above and must come through unchanged.
BENIGN_LOOKALIKES = [
    "password: str", "token_count = 5", "max_tokens: 4096", "SORT_KEY=created_at", "API_KEY=${API_KEY}",
    "the password is stored in the vault", "password_min_length: 12", "def login(user, password=None):",
    "PASSWORD_FILE=/run/secrets/db", "token = os.environ[\"GITHUB_TOKEN\"]", "if password == confirm:",
    "Das Passwort ist abgelaufen", "le mot de passe est incorrect", "令牌已经过期，请重新登录",
    "kubectl create secret generic app --from-file=./secrets", "echo $TOKEN | docker login --password-stdin",
    "cache_key: user_profile", "primary_key=id", "--password-stdin is safer than --password",
    "auth: required", "TOKEN_URL=https://auth.example.com/token", "key: value",
    "Click the password reset link and choose a new one.",
    "The token expired after 3600 seconds; log in again.",
    "Press the key F5 to refresh the page.",
    "spec:\n  - name: web\n    value: 3 replicas\n",
    "$ npm token list\nNo tokens found.\n",
]
# Written with held_out_3, measured once.
BENIGN_LOOKALIKES_2 = [
    "het wachtwoord is onjuist", "Kennwort vergessen? Klicken Sie hier", "salasana on liian lyhyt",
    "hasło to wymagane pole", "echo building > build.log", "echo $(cat key.pub) >> ~/.ssh/authorized_keys",
    "printf '%s\\n' \"$PASSWORD\" | docker login --password-stdin", "X-Request-Id: 4f1c2a9b",
    "Authorization: required", "token_type: bearer", "session_timeout=3600", "키는 180cm입니다", "鍵は机の上にあります",
    "the key to success is tests", "api_key_header = 'X-Api-Key'", "echo completed > token_refresh.log",
    "git commit -m 'rotate keys'", "sudo -S true < /dev/null", {"password_policy": "min 12 chars"},
    {"token_count": 812}, {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db", "key": "password"}}},
]


def season_password() -> str:
    """What people choose when a policy asks for letters and digits: a word, a capital, a year."""
    return f"{_rng.choice(['Spring', 'Autumn', 'Welcome', 'Bienvenue', 'Fruehling', 'Company'])}{_rng.randint(2019, 2031)}"


def base64_secret() -> str:
    while True:
        value = token(40, string.ascii_letters + string.digits + "+/")
        if "/" in value and any(c.isupper() for c in value):
            return value


def _held_out_8() -> list[Item]:
    """Written after the before-window and leading-symbol rules, measured once: log lines, chat, config
    files and code as they come, with policy-made passwords (letters and digits only), base64 keys, vendor
    tokens with prefixes no rule names."""
    vendor = lambda: "acme_live_" + token(30)  # noqa: E731
    cases = [
        ("value named by its key", lambda s: {"jdbc": {"url": "jdbc:postgresql://db/app", "user": "app", "pwd": s}},
         season_password),
        ("value named by its key", lambda s: {"integrations": [{"service": "pagerduty", "routing_key": s}]},
         lambda: hexkey(32)),
        ("value named by its key", lambda s: {"aws_secret_access_key": s}, base64_secret),
        ("value named by its key", lambda s: {"AccessKeySecret": s, "AccessKeyId": "LTAI" + token(16)}, lambda: token(30)),
        ("variable names the rules lack", "ACME_KEY={s}", vendor),
        ("variable names the rules lack", "    secret_key_base: {s}\n", lambda: hexkey(64)),
        ("variable names the rules lack", "spring.mail.password={s}", season_password),
        ("variable names the rules lack", "<add key=\"StorageKey\" value=\"{s}\" />", base64_secret),
        ("a secret said in words", "ok logged in, creds were root / {s}", season_password),
        ("a secret said in words", "wifi: OfficeNet, pass {s}", season_password),
        ("a secret said in words", "Kod dostępu do panelu to {s}", season_password),
        ("a secret said in words", "our stripe key (live!) {s}", vendor),
        ("a secret said in words", "登录口令：{s}", season_password),
        ("a token inside CJK text", "请把{s}填入配置", vendor),
        ("a token inside CJK text", "鍵は{s}です", base64_secret),
        ("a command across shell line continuations", "mongo \\\n  --username admin \\\n  --password {s}", season_password),
        ("a command across shell line continuations", "curl https://api.acme.dev/v2/charges \\\n  -H 'X-Acme-Key: {s}'", vendor),
        ("a command form that takes a secret", "mysql -uadmin -p{s} -h 10.0.0.5", season_password),
        ("a command form that takes a secret", "sshpass -p '{s}' rsync -a site/ web:/var/www", season_password),
        ("a command form that takes a secret", "ACME_KEY={s} ./deploy.sh", vendor),
        ("a command form that takes a secret", "openssl s_client -connect db:5432 -pass pass:{s}", season_password),
        ("a credential printed by the command before it", "$ terraform output -raw db_password\n{s}\n", season_password),
        ("a credential printed by the command before it", "❯ doppler secrets get ACME_KEY --plain\n{s}\n", vendor),
        ("key material quoted alone", "  key = \"{s}\"", base64_secret),
        ("key material quoted alone", "stripe.api_key = '{s}'", vendor),
        ("key material quoted alone", "requests.get(url, auth=('bot', '{s}'))", season_password),
    ]
    return _filled("held_out_8", cases)


# Written after the shape net, measured once: ordinary words with letters, digits and symbols.
BENIGN_LOOKALIKES_3 = [
    "Windows11 Pro is required", "target: ES2022", "requires python3.11+", "compile with -std=c++17",
    "image: node:20-alpine@sha256", "version v2.3.1-rc1+build5", "mail ops@example.com for access",
    "color: #ff00aa;", "PATH=$HOME/bin2:$PATH", "coverage is 100%", "x86_64-linux-gnu", "ubuntu-22.04",
    "MyComponent2.tsx renders twice", "the request req_011CY4p6wvSLjiJyWSJ2VXzB failed", "2026-12-03T23:20:22Z",
    "uuid 123e4567-e89b-12d3-a456-426614174000", "HEAD is now at 4f0b3fe Fix login", "test_user_login2 passed",
    "Step2! Then run the migrations.", "Did you mean order_id_8812?", "I18nProvider2 wraps the app",
    "Q4-2026 roadmap", "HelloWorld123 example", "Base64Encoder2.encode(data)", "use React18+ features",
    "fix #1234 and #1240", "@media (max-width: 600px)", "&1.pane_id", "%{name}s2 items", "ratio 3:2 at 1080p60",
]


def keyboard_password() -> str:
    """Letters, digits and a symbol in the order people type them: a name, a year, a mark, in either order."""
    name = _rng.choice(["Luna", "marco", "Kiki", "Bruno", "Sakura", "olivia"])
    year = str(_rng.randint(1970, 2030))
    mark = _rng.choice("!@#$*")
    return _rng.choice([name + year + mark, mark + name + year, name + mark + year])


def _held_out_9() -> list[Item]:
    """Written after the round that ``held_out_8`` measured, measured once: each family again, in chat,
    tickets, CI logs, notebooks and infrastructure files, with values from three generators."""
    cases = [
        ("value named by its key", lambda s: {"vpn": {"psk": s}}, keyboard_password),
        ("value named by its key", lambda s: {"headers": {"X-Shopify-Access-Token": s}}, lambda: token(32)),
        ("value named by its key", lambda s: {"ssh": {"host": "bastion", "passphrase": s}}, season_password),
        ("value named by its key", lambda s: [{"Name": "/prod/db/password", "Type": "SecureString", "Value": s}],
         keyboard_password),
        ("variable names the rules lack", "RAILS_MASTER_KEY={s}", lambda: hexkey(32)),
        ("variable names the rules lack", "  - DJANGO_SECRET={s}\n", random_password),
        ("variable names the rules lack", "export ORACLE_PWD='{s}'", season_password),
        ("variable names the rules lack", "[database]\nuser = app\npassword = {s}\n", keyboard_password),
        ("a secret said in words", "ticket #4411: customer says their login is jdoe and the pw {s}", keyboard_password),
        ("a secret said in words", "Zugang für Jenkins: admin, Kennwort {s}", season_password),
        ("a secret said in words", "la clé secrète de l'API : {s}", lambda: token(36)),
        ("a secret said in words", "senha do banco: {s}", keyboard_password),
        ("a secret said in words", "Here are the staging creds — user: qa, pass: {s}", season_password),
        ("a token inside CJK text", "管理员密码改成了{s}", keyboard_password),
        ("a token inside CJK text", "このキー{s}は本番用", lambda: token(40)),
        ("a command across shell line continuations", "ftp-upload \\\n  --user deploy \\\n  --password '{s}' \\\n  dist/", keyboard_password),
        ("a command across shell line continuations", "pg_restore \\\n  -d 'postgresql://admin:{s}@db/app' \\\n  dump.tar", season_password),
        ("a command form that takes a secret", "rsync rsync://backup:{s}@nas/share ./", keyboard_password),
        ("a command form that takes a secret", "xfreerdp /u:admin /p:{s} /v:10.0.0.8", keyboard_password),
        ("a command form that takes a secret", "lftp -u deploy,{s} sftp://files.example.com", season_password),
        ("a command form that takes a secret", "git config --global http.extraheader 'AUTHORIZATION: basic {s}'", lambda: token(40)),
        ("a credential printed by the command before it", "$ cat ~/.config/hub\n- user: me\n  oauth_token: {s}\n", lambda: token(40)),
        ("a credential printed by the command before it", "$ kubectl get secret db -o jsonpath='{{.data.password}}' | base64 -d\n{s}\n", keyboard_password),
        ("key material quoted alone", "notebook cell 3: api = Api('{s}')", lambda: token(32)),
        ("key material quoted alone", "VAULT_TOKEN ? no, it's hvs.{s}", lambda: token(24)),
        ("key material quoted alone", "| prod | {s} | rotated 2026-11 |", lambda: hexkey(40)),
    ]
    return _filled("held_out_9", cases)


def word_number() -> str:
    """Lowercase words and a short number, as people pick them without a symbol: sunshine42, bluebird2077."""
    return _rng.choice(["sunshine", "bluebird", "marmalade", "tigerlily", "snowfall", "copperpot"]) + str(_rng.randint(10, 9999))


def leet_password() -> str:
    return _rng.choice(["Tr0ub4dor", "P4ssw0rdz", "Dr4g0nfly", "M0nk3yBus", "S3cr3tSqu1d", "W1nt3rF0x"]) + str(_rng.randint(1, 99))


def uuid_key() -> str:
    return "-".join("".join(_rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12))


def base32_seed(n: int = 32) -> str:
    return "".join(_rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(n))


def _held_out_10() -> list[Item]:
    """Written after the round that ``held_out_9`` measured and before the rules it tests, measured once: new
    generators (word and number, leetspeak, UUID keys, base32 seeds) in places no earlier split used (SQL,
    Spring properties, XML, .NET connection strings, PHP, Go, Rust, Terraform, systemd, otpauth URIs, cookies)."""
    cases = [
        ("value named by its key", lambda s: {"spring": {"datasource": {"username": "app", "password": s}}}, word_number),
        ("value named by its key", lambda s: {"request": {"headers": {"x-api-key": s}}}, uuid_key),
        ("value named by its key", lambda s: {"wifi": {"ssid": "Office", "wpa_key": s}}, leet_password),
        ("value named by its key", lambda s: [{"key": "SMTP_PASSWORD", "value": s, "protected": True}], word_number),
        ("variable names the rules lack", "spring.datasource.password={s}\n", word_number),
        ("variable names the rules lack", "<Password>{s}</Password>", leet_password),
        ("variable names the rules lack", "Server=db;Database=shop;User Id=sa;Password={s};", word_number),
        ("variable names the rules lack", "define('DB_PASSWORD', '{s}');", leet_password),
        ("variable names the rules lack", "$db_pass = \"{s}\";", word_number),
        ("variable names the rules lack", "os.Setenv(\"STRIPE_RESTRICTED\", \"{s}\")", lambda: "rk_live_" + token(24)),
        ("variable names the rules lack", "admin_password = \"{s}\"  # terraform.tfvars", leet_password),
        ("variable names the rules lack", "[Service]\nEnvironment=MQTT_PASSWORD={s}\n", word_number),
        ("a secret said in words", "la password del router è {s}", word_number),
        ("a secret said in words", "hasło do serwera to {s}", leet_password),
        ("a secret said in words", "het wachtwoord is {s}, verander het morgen", word_number),
        ("a secret said in words", "şifre: {s}", leet_password),
        ("a secret said in words", "PIN for the door panel is {s}", lambda: str(_rng.randint(100000, 999999))),
        ("a secret said in words", "recovery codes: {s} 8f3k-2m9d 7q1w-4e6r", lambda: "".join(_rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(4)) + "-" + "".join(_rng.choice("0123456789abcdefghjkmnpqrstvwxyz") for _ in range(4))),
        ("a token inside CJK text", "API密钥：{s}（请勿外传）", uuid_key),
        ("a token inside CJK text", "パスワードを{s}に変更しました", word_number),
        ("a command form that takes a secret", "psql -c \"ALTER ROLE app WITH PASSWORD '{s}'\"", word_number),
        ("a command form that takes a secret", "mysql> CREATE USER 'rep'@'%' IDENTIFIED BY '{s}';", leet_password),
        ("a command form that takes a secret", "redis-cli\n127.0.0.1:6379> AUTH {s}\nOK", word_number),
        ("a command form that takes a secret", "npm config set //registry.npmjs.org/:_authToken {s}", uuid_key),
        ("a command form that takes a secret", "curl -H 'X-Api-Key: {s}' https://api.example.com/v1/items", uuid_key),
        ("a command form that takes a secret", "git remote set-url origin https://{s}@github.com/acme/site.git", lambda: "ghp_" + token(36)),
        ("a command form that takes a secret", "client.get(url).bearer_auth(\"{s}\").send()", lambda: token(40)),
        ("a credential printed by the command before it", "$ op item get prod-db --fields password\n{s}\n", word_number),
        ("a credential printed by the command before it", "$ security find-generic-password -s wifi -w\n{s}\n", leet_password),
        ("key material quoted alone", "otpauth://totp/Acme:me@example.com?secret={s}&issuer=Acme", base32_seed),
        ("key material quoted alone", "Cookie: session={s}; theme=dark", lambda: token(48, string.ascii_letters + string.digits + "-_")),
        ("key material quoted alone", "2FA seed (base32): {s}", lambda: base32_seed(16)),
        ("key material quoted alone", "ENC[AES256_GCM,data:{s},type:str]", lambda: token(40, string.ascii_letters + string.digits + "+/")),
    ]
    return _filled("held_out_10", cases)


# Written after the held_out_10 round's rules, measured once: ordinary text near where those rules read.
BENIGN_LOOKALIKES_4 = [
    "GRANT SELECT ON app.* TO 'reader'@'%';", "ALTER USER app PASSWORD EXPIRE INTERVAL 90 DAY;",
    "<passwordPolicy minLength=\"12\"/>", "<tokenCount>4096</tokenCount>", "<secretRef name=\"db-creds\"/>",
    "127.0.0.1:6379> AUTH\n(error) ERR wrong number of arguments", "requirepass is set in redis.conf",
    "pin numpy to 1.26.4 until the ABI settles", "Enter PIN: ****", "the PIN pad lights up after 3 tries",
    "commit 1f0e2d3c4b5a69788796a5b4c3d2e1f00e1d2c3b\n    fix token refresh", "sha256sum: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08  key.pem",
    "ETag: \"33a64df551425fcc55e4d42a148795d9f25f89d4\" for the key listing", "cache key 5d41402abc4b2a76b9719d911017c592 miss",
    "mongosh --port 27017 --quiet", "sqlcmd -S tcp:db,1433 -E", "xfreerdp /v:10.0.0.3 /cert:ignore",
    "the backup codes page was redesigned", "$price_total = $subtotal + $tax;", "echo $HOME2 $PATH",
    "ISBN 9780262033848 and DOI 10.1145/3290605", "RUN apt-get install -y libssl3 libpq5",
    "recovery code length is 10 characters", "AUTH_MODE=oauth2", "API密钥已轮换，旧的已作废", "新密码需要至少8位",
]


def pet_password() -> str:
    """A pet's or a child's name, a birth year and sometimes a mark, capitalised or not, as people choose them."""
    name = _rng.choice(["biscuit", "Pepper", "noodle", "Maximilian", "ziggy", "Clementine"])
    return name + str(_rng.randint(1975, 2024)) + _rng.choice(["", "", "!", "."])


def hex_secret() -> str:
    return "".join(_rng.choice("0123456789abcdef") for _ in range(_rng.choice([32, 40, 64])))


def _held_out_11() -> list[Item]:
    """Written after the lesson net was made to stand on its own and before anything was fixed for it,
    measured once: chat in more languages, ops runbooks, CI YAML, Kubernetes and cloud CLIs, mail and
    notebook outputs, with pet-name passwords, hex secrets and tokens of three alphabets."""
    cases = [
        ("value named by its key", lambda s: {"smtp": {"host": "mail", "login": "ops", "secret": s}}, pet_password),
        ("value named by its key", lambda s: {"env": [{"name": "REDIS_AUTH", "value": s}]}, pet_password),
        ("value named by its key", lambda s: {"Authorization": f"Token {s}"}, hex_secret),
        ("variable names the rules lack", "  SENTRY_AUTH: {s}\n", hex_secret),
        ("variable names the rules lack", "set -x; export NEXUS_PW={s}", pet_password),
        ("variable names the rules lack", "jdbc.password={s}", pet_password),
        ("variable names the rules lack", "ADMIN_PASSPHRASE: \"{s}\"", pet_password),
        ("a secret said in words", "Lösenordet till routern är {s}", pet_password),
        ("a secret said in words", "Das neue Passwort für den Drucker: {s}", pet_password),
        ("a secret said in words", "A senha nova do Wi-Fi é {s}", pet_password),
        ("a secret said in words", "we set the vault unseal key to {s} for now", hex_secret),
        ("a secret said in words", "FYI the shared mailbox pwd is now {s}", pet_password),
        ("a secret said in words", "the alarm code is {s}", lambda: str(_rng.randint(1000, 99999))),
        ("a token inside CJK text", "新的访问令牌{s}已生成", lambda: token(32)),
        ("a token inside CJK text", "비밀번호를 {s}로 바꿨어요", pet_password),
        ("a command form that takes a secret", "vault kv put secret/db password={s}", pet_password),
        ("a command form that takes a secret", "kubectl create secret generic db --from-literal=password={s}", pet_password),
        ("a command form that takes a secret", "gh secret set NPM_TOKEN --body {s}", lambda: "npm_" + token(36)),
        ("a command form that takes a secret", "az keyvault secret set --vault-name kv --name db --value {s}", pet_password),
        ("a command form that takes a secret", "wget --user=ci --password={s} https://repo.example.com/a.tar", pet_password),
        ("a command form that takes a secret", "curl -u admin:{s} http://jenkins:8080/api/json", pet_password),
        ("a command across shell line continuations", "docker login \\\n  -u ci \\\n  -p {s} \\\n  registry.example.com", pet_password),
        ("a credential printed by the command before it", "$ aws secretsmanager get-secret-value --secret-id db --query SecretString --output text\n{s}\n", pet_password),
        ("a credential printed by the command before it", "$ gcloud auth print-identity-token\n{s}\n", lambda: "eyJ" + token(60)),
        ("key material quoted alone", "In [4]: client.api_key\nOut[4]: '{s}'", lambda: token(40)),
        ("key material quoted alone", "headers = {{'X-Auth': '{s}'}}", hex_secret),
        ("key material quoted alone", "- {s}  # ci token, expires 2027", lambda: token(40, string.ascii_letters + string.digits + "_")),
        ("key material quoted alone", "Subject: your temporary password\n\nHello, your temporary password: {s}", pet_password),
    ]
    return _filled("held_out_11", cases)


def hyphen_words() -> str:
    """Three or four words and a number joined by dashes or dots, as password managers suggest them."""
    words = ["amber", "Walrus", "quilt", "Sierra", "tundra", "Pixel", "ember", "Nimbus", "cobalt", "Lantern"]
    sep = _rng.choice("-.")
    return sep.join(_rng.sample(words, _rng.choice([3, 4]))) + sep + str(_rng.randint(2, 99))


def base64_key(n: int = 32) -> str:
    import base64

    return base64.b64encode(bytes(_rng.randrange(256) for _ in range(n))).decode()


def _held_out_12() -> list[Item]:
    """Written after the held_out_11 round, measured once: configuration files of package managers and
    servers (pip.conf, settings.xml, NuGet.config, rclone.conf, .s3cfg, sssd.conf, pgbouncer's userlist,
    WireGuard), framework secrets (Laravel, Rails, Django, Flask), the outputs of vault operator init,
    elasticsearch-reset-password and Jupyter, with passphrase-manager, base64 and hex values."""
    cases = [
        ("value named by its key", "[global]\nindex-url = https://ci:{s}@pypi.corp.example/simple\n", hyphen_words),
        ("value named by its key", "<server>\n  <id>corp</id>\n  <username>ci</username>\n  <password>{s}</password>\n</server>", hyphen_words),
        ("value named by its key", '<add key="ClearTextPassword" value="{s}" />', hyphen_words),
        ("value named by its key", "[remote]\ntype = s3\naccess_key_id = AKIAEXAMPLE\nsecret_access_key = {s}\n", lambda: base64_key(30)),
        ("value named by its key", "[default]\naccess_key = ops\nsecret_key = {s}\n", lambda: token(40)),
        ("value named by its key", "[domain/corp]\nldap_default_authtok = {s}\n", hyphen_words),
        ("value named by its key", '"pgbouncer" "{s}"', hyphen_words),
        ("value named by its key", "[Interface]\nPrivateKey = {s}\nAddress = 10.8.0.2/24\n", lambda: base64_key(32)),
        ("variable names the rules lack", "APP_KEY=base64:{s}", lambda: base64_key(32)),
        ("variable names the rules lack", "  secret_key_base: {s}\n", lambda: hexkey(128)),
        ("variable names the rules lack", "SECRET_KEY = '{s}'", lambda: "django-insecure-" + token(40, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")),
        ("variable names the rules lack", "app.config['SECRET_KEY'] = '{s}'", hyphen_words),
        ("variable names the rules lack", "$cfg['blowfish_secret'] = '{s}';", lambda: token(32)),
        ("variable names the rules lack", "GF_SECURITY_ADMIN_PASSWORD={s}", hyphen_words),
        ("a secret said in words", "Vault is sealed; the unseal key they gave me is {s}", lambda: base64_key(32)),
        ("a secret said in words", "ok so the root pw on the nas is {s} (temporary)", hyphen_words),
        ("a secret said in words", "la contraseña de la base es {s}", hyphen_words),
        ("a secret said in words", "parolă nouă: {s}", hyphen_words),
        ("a token inside CJK text", "服务器的root密码：{s}", hyphen_words),
        ("a command form that takes a secret", "rclone config create s3 s3 secret_access_key {s}", lambda: base64_key(30)),
        ("a command form that takes a secret", "curl -b 'sessionid={s}' https://app.example.com/admin", lambda: token(32, string.ascii_lowercase + string.digits)),
        ("a command form that takes a secret", "psql \"host=db user=app password={s} dbname=app\"", hyphen_words),
        ("a command form that takes a secret", "ansible-playbook site.yml -e ansible_become_password={s}", hyphen_words),
        ("a credential printed by the command before it", "$ vault operator init\nUnseal Key 1: {s}\nUnseal Key 2: …", lambda: base64_key(33)),
        ("a credential printed by the command before it", "$ bin/elasticsearch-reset-password -u elastic\nNew value: {s}\n", lambda: token(20, string.ascii_letters + string.digits + "*_=")),
        ("a credential printed by the command before it", "[I 10:01:02 NotebookApp] http://127.0.0.1:8888/?token={s}", lambda: hexkey(48)),
        ("key material quoted alone", "    {s}\n", lambda: base64_key(32)),
        ("key material quoted alone", "the hmac was signed with `{s}`", lambda: hexkey(64)),
    ]
    return _filled("held_out_12", cases)


def human_random() -> str:
    """Ten to fourteen printable characters from a password manager's 'random' setting, symbols included."""
    alphabet = string.ascii_letters + string.digits + "#$%&*+-=?@^_~!"
    while True:
        value = "".join(_rng.choice(alphabet) for _ in range(_rng.randint(10, 14)))
        if any(c.isdigit() for c in value) and any(c.isalpha() for c in value) and any(not c.isalnum() for c in value):
            return value


def short_mixed() -> str:
    """Eight letters and digits, the shortest a policy allows."""
    return token(8)


def spaced_passphrase() -> str:
    return " ".join(_rng.sample(["correct", "horse", "battery", "staple", "orbit", "velvet", "candle", "harbor"], 4))


def jwt() -> str:
    urlsafe = string.ascii_letters + string.digits + "-_"
    return "eyJhbGciOiJIUzI1NiJ9." + token(_rng.randint(40, 80), urlsafe) + "." + token(43, urlsafe)


def _held_out_13() -> list[Item]:
    """Written after the held_out_12 round, measured once: client code in several languages (Python, Java,
    PowerShell, JavaScript), Windows and archive tools, URLs of brokers and caches, credentials printed by
    kubectl, heroku and terraform, CSV and Markdown tables, chat in Hindi, Arabic, Vietnamese, Indonesian
    and Greek; values from a password manager's random setting, eight-character minimums, spaced
    passphrases and JWTs."""
    urlsafe = lambda: token(43, string.ascii_letters + string.digits + "-_")  # noqa: E731
    cases = [
        ("value named by its key", lambda s: {"connection": {"user": "etl", "passwd": s}}, human_random),
        ("value named by its key", lambda s: [{"Name": "MasterUserPassword", "Value": s}], human_random),
        ("value named by its key", lambda s: {"status": "ok", "data": {"token": s, "expires_in": 3600}}, urlsafe),
        ("value named by its key", lambda s: {"auths": {"ghcr.io": {"auth": s}}}, lambda: base64_key(24)),
        ("value named by its key", lambda s: [{"ParameterKey": "DBPassword", "ParameterValue": s}], human_random),
        ("variable names the rules lack", "export SNOWFLAKE_PRIVATE_KEY_PASSPHRASE='{s}'", human_random),
        ("variable names the rules lack", "LDAP_BIND_CREDENTIALS={s}", human_random),
        ("variable names the rules lack", "    environment:\n      - RABBITMQ_DEFAULT_PASS={s}\n", short_mixed),
        ("variable names the rules lack", "const apiSecret = '{s}';", urlsafe),
        ("variable names the rules lack", "private static final String DB_PWD = \"{s}\";", human_random),
        ("variable names the rules lack", "github_oauth_secret = \"{s}\"", lambda: hexkey(40)),
        ("a secret said in words", "वाई-फाई का पासवर्ड {s} है", short_mixed),
        ("a secret said in words", "كلمة المرور الجديدة هي {s}", human_random),
        ("a secret said in words", "mật khẩu mới là {s} nhé", short_mixed),
        ("a secret said in words", "kata sandinya {s} ya, jangan disebar", short_mixed),
        ("a secret said in words", "ο νέος κωδικός είναι {s}", human_random),
        ("a secret said in words", "login for the staging admin: ops / {s}", human_random),
        ("a secret said in words", "the passphrase for the backup key is {s}", spaced_passphrase),
        ("a secret said in words", "zoom passcode {s}, same link as always", lambda: str(_rng.randint(100000, 999999))),
        ("a secret said in words", "creds are admin:{s} for the printer", human_random),
        ("a token inside CJK text", "トークンは{s}です", urlsafe),
        ("a token inside CJK text", "数据库口令{s}，别发群里", human_random),
        ("a command form that takes a secret", "sshpass -p '{s}' ssh deploy@10.0.0.5", human_random),
        ("a command form that takes a secret", "mysqldump -uroot -p{s} shop > shop.sql", short_mixed),
        ("a command form that takes a secret", "cmdkey /add:fileserver /user:corp\\ops /pass:{s}", human_random),
        ("a command form that takes a secret", "net user backup {s} /add", human_random),
        ("a command form that takes a secret", "gpg --batch --passphrase '{s}' -d secrets.gpg", human_random),
        ("a command form that takes a secret", "7z a -p{s} backup.7z data/", short_mixed),
        ("a command form that takes a secret", "requests.get(url, auth=(\"admin\", \"{s}\"))", human_random),
        ("a command form that takes a secret", "server.login(\"alerts@example.com\", \"{s}\")", human_random),
        ("a command form that takes a secret", "BROKER_URL=amqp://guest:{s}@rabbit:5672/", short_mixed),
        ("a command form that takes a secret", "cache = Redis.from_url(\"redis://:{s}@cache:6379/0\")", human_random),
        ("a credential printed by the command before it", "$ kubectl get secret db -o jsonpath='{{.data.password}}' | base64 -d\n{s}", human_random),
        ("a credential printed by the command before it", "$ heroku config:get STRIPE_SECRET_KEY -a shop\n{s}\n", lambda: token(40)),
        ("a credential printed by the command before it", "$ terraform output -raw admin_password\n{s}", human_random),
        ("key material quoted alone", "DEBUG refreshing session with {s}", jwt),
        ("key material quoted alone", "https://acct.blob.core.windows.net/c/f.csv?sv=2022-11-02&sp=r&sig={s}", lambda: base64_key(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")),
        ("key material quoted alone", "user,password,created\nops,{s},2026-11-02\n", human_random),
        ("key material quoted alone", "| user | password |\n|---|---|\n| admin | {s} |", human_random),
    ]
    return _filled("held_out_13", cases)


# Written with held_out_13, before any rule for it, measured once: ordinary text near where its cases read.
BENIGN_LOOKALIKES_5 = [
    "sshpass is not installed; use key auth instead", "mysqldump -uroot -p shop > shop.sql  # prompts for it",
    "cmdkey /list", "net user backup /delete", "gpg --batch --passphrase-file ~/.gnupg/pw -d secrets.gpg",
    "7z a -tzip backup.zip data/", "requests.get(url, auth=auth, timeout=10)", "server.login(user, password)",
    "amqp://rabbit:5672/", "redis://cache:6379/0", "kubectl get secret db -o yaml | grep -c password",
    "$ terraform output -raw bucket_name\nacme-logs-prod", "user,password_changed,created\nops,2026-10-01,2026-01-02",
    "| user | role |\n|---|---|\n| admin | owner |", "Zoom meeting at 10:30, same link as always",
    "La contraseña debe tener al menos 12 caracteres", "पासवर्ड रीसेट लिंक भेज दिया गया है", "كلمة المرور غير صحيحة",
    "トークンの有効期限は3600秒です", "Set-Cookie: theme=dark; Path=/", "const apiBase = 'https://api.example.com/v2';",
    "private static final String DB_HOST = \"db.internal\";", "export LOG_LEVEL=debug", "the passphrase prompt appears twice",
    "?sv=2022-11-02&sp=r&se=2026-12-31T00:00:00Z", "ParameterKey: DBInstanceClass, ParameterValue: db.t3.micro",
]


def word_symbol_year() -> str:
    """A capitalised word, a symbol, a year and a short tail, as people compose them to pass a policy."""
    return _rng.choice(["Winter", "Harbor", "Falcon", "Maple", "Quartz", "Otter"]) + _rng.choice("!@#$%&*") + str(
        _rng.randint(1990, 2031)) + _rng.choice(["", "Go", "x", "ok"])


def _held_out_14() -> list[Item]:
    """Written after the held_out_13 round, measured once: what an agent's tools print (``cat .env``,
    ``docker inspect``, ``kubectl get secret -o yaml``, ``git config --list``, cloud CLIs' JSON, tfstate, a
    traceback's locals, an access log), webhook URLs, JVM and build-tool properties, sqlplus and smbclient
    logins, chat slang in Korean, Japanese, Russian and Spanish."""
    urlsafe = lambda: token(43, string.ascii_letters + string.digits + "-_")  # noqa: E731
    cases = [
        ("value named by its key", "$ cat .env\nNODE_ENV=production\nNEXTAUTH_SECRET={s}\nPORT=3000\n", lambda: base64_key(32)),
        ("value named by its key", lambda s: {"Config": {"Env": ["PATH=/usr/bin", f"POSTGRES_PASSWORD={s}", "PGDATA=/data"]}}, word_symbol_year),
        ("value named by its key", "apiVersion: v1\nkind: Secret\ndata:\n  password: {s}\n  username: YWRtaW4=\n", lambda: base64_key(12)),
        ("value named by its key", lambda s: {"Credentials": {"AccessKeyId": "ASIAEXAMPLE", "SecretAccessKey": s, "SessionToken": "FwoG"}}, lambda: token(40, string.ascii_letters + string.digits + "+/")),
        ("value named by its key", lambda s: {"resources": [{"instances": [{"attributes": {"username": "app", "password": s}}]}]}, word_symbol_year),
        ("variable names the rules lack", "http.https://github.com/.extraheader=AUTHORIZATION: basic {s}", lambda: base64_key(30)),
        ("variable names the rules lack", "  File \"app/db.py\", line 12, in connect\n    db_passphrase = '{s}'\n", word_symbol_year),
        ("variable names the rules lack", "java -Djavax.net.ssl.keyStorePassword={s} -jar app.jar", word_symbol_year),
        ("variable names the rules lack", "./gradlew publish -PsigningPassword={s}", word_symbol_year),
        ("variable names the rules lack", "mvn deploy -Drepo.pass={s}", word_symbol_year),
        ("a secret said in words", "비번은 {s} 이에요", word_symbol_year),
        ("a secret said in words", "パスは{s}でお願いします", word_symbol_year),
        ("a secret said in words", "логин admin пароль {s}", word_symbol_year),
        ("a secret said in words", "usuario: ops / clave: {s}", word_symbol_year),
        ("a secret said in words", "le jeton d'accès : {s}", urlsafe),
        ("a secret said in words", "a chave da API é {s}", lambda: token(32)),
        ("a secret said in words", "Zugang: admin, Kennwort {s}", word_symbol_year),
        ("a command form that takes a secret", "sqlplus system/{s}@//db:1521/ORCL", word_symbol_year),
        ("a command form that takes a secret", "smbclient //nas/share -U backup%{s}", word_symbol_year),
        ("a command form that takes a secret", "ssh-keygen -t ed25519 -N '{s}' -f deploy_key", word_symbol_year),
        ("a command form that takes a secret", "openssl pkcs12 -export -in c.pem -out c.p12 -passout pass:{s}", word_symbol_year),
        ("a command form that takes a secret", "keytool -importcert -keystore ks.jks -storepass {s} -file ca.pem", word_symbol_year),
        ("a command form that takes a secret", "lftp -u deploy,{s} sftp://files.example.com", word_symbol_year),
        ("a command form that takes a secret", "mongosh \"mongodb+srv://admin:{s}@cluster0.abcd.mongodb.net/test\"", word_symbol_year),
        ("a credential printed by the command before it", "$ gcloud auth print-access-token\n{s}\n", lambda: "ya29." + token(80, string.ascii_letters + string.digits + "-_")),
        ("a credential printed by the command before it", lambda s: {"accessToken": s, "expiresOn": "2026-12-04 10:00:00", "tokenType": "Bearer"}, lambda: "eyJ0eXAiOiJKV1Qi" + token(60, string.ascii_letters + string.digits + "-_")),
        ("a credential printed by the command before it", "$ heroku auth:token\n {s}\n", uuid_key),
        ("key material quoted alone", "https://hooks.slack.com/services/T0123ABCD/B0456EFGH/{s}", lambda: token(24)),
        ("key material quoted alone", "https://discord.com/api/webhooks/1180000000000000000/{s}", lambda: token(68, string.ascii_letters + string.digits + "-_")),
        ("key material quoted alone", "TELEGRAM bot: 6012345678:{s}", lambda: "AA" + token(33, string.ascii_letters + string.digits + "-_")),
        ("key material quoted alone", "10.0.0.7 - - [04/Dec/2026] \"GET /v1/items?api_key={s} HTTP/1.1\" 200", lambda: token(32)),
        ("key material quoted alone", "[remote \"origin\"]\n\turl = https://oauth2:{s}@gitlab.com/acme/app.git", lambda: "glpat-" + token(20, string.ascii_letters + string.digits + "-_")),
    ]
    return _filled("held_out_14", cases)


# Written with held_out_14, before any rule for it, measured once.
BENIGN_LOOKALIKES_6 = [
    "$ cat .env.example\nNEXTAUTH_SECRET=\nPORT=3000", "\"Env\": [\"PATH=/usr/bin\", \"PGDATA=/data\"]",
    "data:\n  username: YWRtaW4=", "{\"AccessKeyId\": \"ASIAEXAMPLE\", \"Expiration\": \"2026-12-04T10:00:00Z\"}",
    "http.https://github.com/.extraheader=", "java -Djavax.net.ssl.trustStore=/etc/ssl/ks.jks -jar app.jar",
    "./gradlew publish -PsigningKeyId=24875D73", "mvn deploy -DskipTests", "비번 바꾸는 방법 알려줘", "パスは通っています",
    "логин admin пароль не подходит", "usuario: ops / rol: lector", "le jeton d'accès a expiré",
    "sqlplus / as sysdba", "smbclient -L //nas -N", "ssh-keygen -t ed25519 -f deploy_key", "keytool -list -keystore ks.jks",
    "lftp -u deploy sftp://files.example.com", "mongosh \"mongodb+srv://cluster0.abcd.mongodb.net/test\" --username admin",
    "$ gcloud auth list\n* ops@example.com", "https://hooks.slack.com/services/", "Telegram bot @acme_alerts_bot is online",
    "GET /v1/items?page=2&per_page=50 HTTP/1.1\" 200", "url = https://gitlab.com/acme/app.git",
    "Traceback (most recent call last):\n  File \"app/db.py\", line 12, in connect", "openssl pkcs12 -info -in c.p12 -nokeys",
]


def app_password() -> str:
    """Four groups of four small letters with spaces, as Google and Apple show app passwords."""
    return " ".join("".join(_rng.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def symbols16() -> str:
    alphabet = string.ascii_letters + string.digits + "!#$%()*+,-./:;<=>?@[]^_{|}~"
    while True:
        value = "".join(_rng.choice(alphabet) for _ in range(16))
        if sum(c.isdigit() for c in value) >= 2 and sum(c.isalpha() for c in value) >= 4:
            return value


def _held_out_15() -> list[Item]:
    """Written after the held_out_14 round, measured once: YAML block scalars, TOML, INI with spaced colons,
    nginx and postfix files, wpa_supplicant and NetworkManager, composer and cargo credentials, a browser's
    "copy as curl", fallbacks in code (``os.getenv("X", "…")``, ``|| "…"``), credentials passed to
    constructors in C# and Java, chat in Swahili, Tagalog, Czech, Persian and Bengali; app passwords with
    spaces and sixteen characters from the whole printable set."""
    cases = [
        ("value named by its key", "db:\n  password: |\n    {s}\n  host: db\n", word_symbol_year),
        ("value named by its key", "[registry]\ntoken = \"{s}\"\n", lambda: "cio" + token(32)),
        ("value named by its key", "Password : {s}\nUser : ops\n", word_symbol_year),
        ("value named by its key", lambda s: {"http-basic": {"repo.example.com": {"username": "ci", "password": s}}}, symbols16),
        ("value named by its key", "network={{\n    ssid=\"Office\"\n    psk=\"{s}\"\n}}", word_symbol_year),
        ("value named by its key", "[wifi-security]\nkey-mgmt=wpa-psk\npsk={s}\n", word_symbol_year),
        ("variable names the rules lack", "[smtp.gmail.com]:587 alerts@example.com:{s}", app_password),
        ("variable names the rules lack", "proxy_set_header Authorization \"Basic {s}\";", lambda: base64_key(24)),
        ("variable names the rules lack", "client = OpenAI(api_key=os.getenv(\"OPENAI_API_KEY\", \"{s}\"))", lambda: "sk-proj-" + token(48)),
        ("variable names the rules lack", "const key = process.env.MAPS_KEY || \"{s}\";", lambda: token(39)),
        ("variable names the rules lack", "var cred = new NetworkCredential(\"svc_backup\", \"{s}\");", symbols16),
        ("variable names the rules lack", "conn = DriverManager.getConnection(url, \"sa\", \"{s}\");", word_symbol_year),
        ("a secret said in words", "nenosiri ni {s}", word_symbol_year),
        ("a secret said in words", "ang password ay {s} po", word_symbol_year),
        ("a secret said in words", "heslo je {s}", word_symbol_year),
        ("a secret said in words", "رمز عبور سرور {s} است", word_symbol_year),
        ("a secret said in words", "পাসওয়ার্ড হলো {s}", word_symbol_year),
        ("a secret said in words", "gmail app password for the alerts box: {s}", app_password),
        ("a secret said in words", "backup code: {s}", lambda: f"{_rng.randint(1000, 9999)}-{_rng.randint(1000, 9999)}"),
        ("a command form that takes a secret", "curl 'https://app.example.com/api/me' -H 'cookie: _session_id={s}; theme=dark'", lambda: token(32, string.ascii_lowercase + string.digits)),
        ("a command form that takes a secret", "openvpn --config c.ovpn --auth-user-pass <(printf 'ops\\n{s}\\n')", word_symbol_year),
        ("a command form that takes a secret", "nmcli dev wifi connect Office password '{s}'", symbols16),
        ("a command form that takes a secret", "Invoke-Sqlcmd -ServerInstance db -Username sa -Password '{s}'", symbols16),
        ("a command form that takes a secret", "New-LocalUser -Name svc -Password (ConvertTo-SecureString '{s}' -AsPlainText -Force)", symbols16),
        ("a credential printed by the command before it", "$ pass show prod/db\n{s}\n", symbols16),
        ("a credential printed by the command before it", "$ bw get password prod-db\n{s}", word_symbol_year),
        ("key material quoted alone", "ops:{s}", symbols16),
        ("key material quoted alone", "  \"{s}\"  # old one, revoked?", symbols16),
    ]
    return _filled("held_out_15", cases)


# Written with held_out_15, before any rule for it, measured once.
BENIGN_LOOKALIKES_7 = [
    "db:\n  password_file: /run/secrets/db\n  host: db", "[registry]\nindex = \"https://github.com/rust-lang/crates.io-index\"",
    "Password : (see vault)", "network={\n    ssid=\"Office\"\n    key_mgmt=NONE\n}", "[wifi-security]\nkey-mgmt=wpa-psk",
    "[smtp.gmail.com]:587", "proxy_set_header Host $host;", "client = OpenAI(api_key=os.getenv(\"OPENAI_API_KEY\"))",
    "const key = process.env.MAPS_KEY || \"\";", "var cred = CredentialCache.DefaultNetworkCredentials;",
    "conn = DriverManager.getConnection(url, user, password);", "nenosiri limebadilishwa", "heslo je příliš krátké",
    "ang password ay dapat may 12 character", "backup code length is 8", "curl 'https://app.example.com/api/me' -H 'accept: application/json'",
    "openvpn --config c.ovpn --auth-user-pass creds.txt", "nmcli dev wifi list", "Invoke-Sqlcmd -ServerInstance db -Query 'SELECT 1'",
    "$ pass ls\nPassword Store\n└── prod", "ops:x:1001:1001::/home/ops:/bin/bash", "  \"src/main.py\"  # old one, moved?",
    "Get-Credential -UserName svc", "wpa_passphrase Office < /dev/stdin", "the app password screen moved in the new UI",
]


def word_word_number_symbol() -> str:
    return (_rng.choice(["purple", "Silent", "rocket", "Velvet", "copper", "Tundra"]) + _rng.choice(["-", "", "_"])
            + _rng.choice(["Monkey", "falcon", "Harbor", "ember", "Quasar", "lilac"]) + str(_rng.randint(10, 99)) + _rng.choice("!?#*"))


def lower_digits(n: int = 12) -> str:
    return token(n, string.ascii_lowercase + string.digits)


def base58(n: int = 44) -> str:
    return "".join(_rng.choice("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz") for _ in range(n))


def _held_out_16() -> list[Item]:
    """Written after the held_out_15 round, measured once: literals in more languages' code (PHP and Ruby
    hashes, Perl DBI, Elixir config, Go structs, Rust builders, Kotlin), .NET appsettings and VS Code
    settings, deploy tools' options (helm --set, kubectl set env, terraform -var, the RDS, Azure SQL and
    Cloud SQL CLIs), an OAuth fragment, log lines, chat in Portuguese and Italian, with word-word-number
    passwords, lowercase-and-digit keys and base58 keys."""
    cases = [
        ("value named by its key", "return [\n    'host' => 'db',\n    'password' => '{s}',\n];", word_word_number_symbol),
        ("value named by its key", "config :app, App.Repo,\n  username: \"app\",\n  password: \"{s}\"", word_word_number_symbol),
        ("value named by its key", "cfg := Config{{User: \"app\", Password: \"{s}\"}}", word_word_number_symbol),
        ("value named by its key", lambda s: {"ConnectionStrings": {"Default": f"Server=db;Database=app;User Id=app;Password={s};"}}, word_word_number_symbol),
        ("value named by its key", lambda s: {"sqltools.connections": [{"server": "db", "username": "sa", "password": s}]}, word_word_number_symbol),
        ("variable names the rules lack", ":db_secret => '{s}',", lower_digits),
        ("variable names the rules lack", "my $dbh = DBI->connect($dsn, 'app', '{s}');", word_word_number_symbol),
        ("variable names the rules lack", "let pool = PgPoolOptions::new().connect_with(opts.password(\"{s}\"))", word_word_number_symbol),
        ("variable names the rules lack", "val apiKey = \"{s}\"", lambda: lower_digits(32)),
        ("variable names the rules lack", "wallet_private_key: {s}", base58),
        ("a secret said in words", "a senha do banco é {s}", word_word_number_symbol),
        ("a secret said in words", "credenciais: admin / {s}", word_word_number_symbol),
        ("a secret said in words", "la chiave API per le mappe è {s}", lambda: lower_digits(32)),
        ("a secret said in words", "here's my login: ops and pw {s}", word_word_number_symbol),
        ("a command form that takes a secret", "helm install db bitnami/postgresql --set auth.postgresPassword={s}", word_word_number_symbol),
        ("a command form that takes a secret", "kubectl set env deploy/api DB_PASS={s}", word_word_number_symbol),
        ("a command form that takes a secret", "terraform apply -var 'db_password={s}'", word_word_number_symbol),
        ("a command form that takes a secret", "aws rds create-db-instance --db-instance-identifier app --master-user-password {s}", word_word_number_symbol),
        ("a command form that takes a secret", "az sql server create -n app -g rg -u sqladmin -p '{s}'", word_word_number_symbol),
        ("a command form that takes a secret", "gcloud sql users set-password root --host=% --instance=app --password={s}", word_word_number_symbol),
        ("a command form that takes a secret", "docker run -d -e MSSQL_SA_PASSWORD='{s}' mcr.microsoft.com/mssql/server", word_word_number_symbol),
        ("a credential printed by the command before it", "$ kubectl get secret app -o go-template='{{{{.data.token | base64decode}}}}'\n{s}", lambda: lower_digits(40)),
        ("a credential printed by the command before it", "$ az storage account keys list -n app --query [0].value -o tsv\n{s}", lambda: base64_key(64)),
        ("key material quoted alone", "https://app.example.com/callback#access_token={s}&token_type=bearer", lambda: lower_digits(40)),
        ("key material quoted alone", "2026-12-04T10:00:01Z INFO login ok user=ops pass={s}", word_word_number_symbol),
        ("key material quoted alone", "name,secret\nbilling,{s}\n", lambda: lower_digits(32)),
        ("key material quoted alone", "solana-keygen: pubkey ok, secret {s}", lambda: base58(88)),
    ]
    return _filled("held_out_16", cases)


# Written with held_out_16, before any rule for it, measured once.
BENIGN_LOOKALIKES_8 = [
    "return [\n    'host' => 'db',\n    'password' => env('DB_PASSWORD'),\n];", "config :app, App.Repo, pool_size: 10",
    "cfg := Config{User: \"app\", Password: os.Getenv(\"DB_PASS\")}", "\"ConnectionStrings\": {\"Default\": \"Server=db;Database=app;Trusted_Connection=True;\"}",
    ":db_secret => ENV.fetch('DB_SECRET'),", "my $dbh = DBI->connect($dsn, $user, $pass);", "val apiBase = \"https://api.example.com\"",
    "wallet_address: 7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU", "a senha precisa ter 12 caracteres", "la chiave API è scaduta",
    "helm install db bitnami/postgresql --set primary.persistence.size=20Gi", "kubectl set env deploy/api LOG_LEVEL=debug",
    "terraform apply -var 'region=eu-west-1'", "aws rds describe-db-instances --db-instance-identifier app",
    "az sql server create -n app -g rg -u sqladmin", "gcloud sql users list --instance=app", "docker run -d -e ACCEPT_EULA=Y mcr.microsoft.com/mssql/server",
    "https://app.example.com/callback#state=af0ifjsldkj&error=access_denied", "INFO login ok user=ops duration=120ms",
    "name,owner\nbilling,finance", "solana-keygen pubkey ~/.config/solana/id.json", "here's my login flow diagram",
]


def letters_only(n: int = 12) -> str:
    """Capitals and small letters and no digit, as some generators make them."""
    while True:
        value = "".join(_rng.choice(string.ascii_letters) for _ in range(n))
        if sum(c.isupper() for c in value) >= 3 and sum(c.islower() for c in value) >= 3:
            return value


def url_encoded_password() -> str:
    from urllib.parse import quote

    return quote(word_symbol_year() + _rng.choice("@!:/"), safe="")


def _held_out_17() -> list[Item]:
    """Written after the held_out_16 round, measured once: notebook outputs, Postman environments, shell
    history, registry edits, sed replacements, URL-encoded passwords in connection strings, verification
    codes and passwords said in Japanese, Chinese, Ukrainian and Swedish slang, letters-only generated
    passwords."""
    cases = [
        ("value named by its key", lambda s: {"cells": [{"outputs": [{"name": "stdout", "text": [f"DB_PASSWORD={s}\n"]}]}]}, letters_only),
        ("value named by its key", lambda s: {"values": [{"key": "apiKey", "value": s, "enabled": True}]}, lambda: token(32)),
        ("value named by its key", lambda s: {"values": [{"key": "adminPassword", "value": s, "type": "secret"}]}, letters_only),
        ("variable names the rules lack", "  501  export SENDGRID_KEY={s}\n  502  npm run deploy", lambda: "SG." + token(22) + "." + token(43)),
        ("variable names the rules lack", "reg add HKLM\\Software\\App /v DbPassword /t REG_SZ /d {s} /f", letters_only),
        ("variable names the rules lack", "sed -i 's/^SMTP_PASS=.*/SMTP_PASS={s}/' .env", letters_only),
        ("variable names the rules lack", "DATABASE_URL=postgres://app:{s}@db:5432/app", url_encoded_password),
        ("a secret said in words", "合言葉は{s}です", letters_only),
        ("a secret said in words", "验证码是 {s}，五分钟内有效", lambda: str(_rng.randint(100000, 999999))),
        ("a secret said in words", "пароль від вайфаю: {s}", letters_only),
        ("a secret said in words", "lösen till wifi: {s}", letters_only),
        ("a secret said in words", "the admin password is {s}", letters_only),
        ("a command form that takes a secret", "echo '{s}' | sudo -S systemctl restart app", letters_only),
        ("a command form that takes a secret", "net use Z: \\\\nas\\share /user:corp\\ops {s}", letters_only),
        ("a command form that takes a secret", "sshpass -e ssh ops@host  # SSHPASS={s}", letters_only),
        ("a credential printed by the command before it", "$ cat ~/.config/app/token\n{s}\n", lambda: token(40)),
        ("key material quoted alone", "prod: {s}", letters_only),
    ]
    return _filled("held_out_17", cases)


# Written with held_out_17, before any rule for it, measured once.
BENIGN_LOOKALIKES_9 = [
    "DB_PASSWORD is set in the notebook's environment", "{\"key\": \"apiBase\", \"value\": \"https://api.example.com\"}",
    "  501  export NODE_ENV=production", "reg add HKLM\\Software\\App /v LogLevel /t REG_SZ /d Verbose /f",
    "sed -i 's/^LOG_LEVEL=.*/LOG_LEVEL=debug/' .env", "DATABASE_URL=postgres://db:5432/app", "合言葉を忘れた場合は管理者へ",
    "验证码已发送到您的手机", "пароль від вайфаю змінили вчора", "lösen finns i valvet", "the admin password is stored in Vault",
    "sudo -S reads the password from stdin", "net use Z: \\\\nas\\share /persistent:yes", "$ cat ~/.config/app/settings.json\n{}",
    "prod: Kubernetes", "staging: ReadOnlyReplica",
]


def _held_out_18() -> list[Item]:
    """The common cases an outside tester writes first (provider tokens, env files, URLs, headers, plain
    sentences), with fresh values, written after the held_out_17 round and measured once."""
    cases = [
        ("variable names the rules lack", "AWS_SECRET_ACCESS_KEY={s}", lambda: token(40, string.ascii_letters + string.digits + "+/")),
        ("variable names the rules lack", "export GITHUB_TOKEN={s}", lambda: "ghp_" + token(36)),
        ("variable names the rules lack", "SLACK_BOT_TOKEN=\"{s}\"", lambda: "xoxb-" + str(_rng.randint(10**11, 10**12)) + "-" + token(24)),
        ("variable names the rules lack", "OPENAI_API_KEY={s}", lambda: "sk-proj-" + token(48, string.ascii_letters + string.digits + "_-")),
        ("variable names the rules lack", "ANTHROPIC_API_KEY={s}", lambda: "sk-ant-api03-" + token(80, string.ascii_letters + string.digits + "_-")),
        ("value named by its key", lambda s: {"database": {"url": f"postgresql://admin:{s}@db.internal:5432/prod"}}, word_symbol_year),
        ("value named by its key", lambda s: {"headers": {"Authorization": f"Bearer {s}"}}, lambda: token(40)),
        ("value named by its key", lambda s: {"stripe": {"secret_key": s}}, lambda: "sk_live_" + token(24)),
        ("value named by its key", "//registry.npmjs.org/:_authToken={s}", lambda: "npm_" + token(36)),
        ("a command form that takes a secret", "git clone https://oauth2:{s}@gitlab.com/acme/app.git", lambda: "glpat-" + token(20)),
        ("a command form that takes a secret", "mysql -u root -p{s} -h 127.0.0.1", word_symbol_year),
        ("a command form that takes a secret", "docker login -u acme -p {s} registry.example.com", word_symbol_year),
        ("a command form that takes a secret", "curl -H \"Authorization: token {s}\" https://api.github.com/user", lambda: "ghp_" + token(36)),
        ("a secret said in words", "my password is {s}", word_symbol_year),
        ("a secret said in words", "the API key for prod is {s}", lambda: token(32)),
        ("a secret said in words", "use {s} as the admin password for now", word_symbol_year),
        ("key material quoted alone", "-----BEGIN OPENSSH PRIVATE KEY-----\n{s}\n-----END OPENSSH PRIVATE KEY-----", pem_line),
        ("key material quoted alone", "token: {s}", lambda: token(40)),
        ("key material quoted alone", "https://hooks.slack.com/services/T00000000/B00000000/{s}", lambda: token(24)),
        ("a credential printed by the command before it", "$ gh auth token\n{s}", lambda: "gho_" + token(36)),
    ]
    return _filled("held_out_18", cases)


def two_words_digits() -> str:
    """Two capitalised words and digits, no symbol (``BlueOcean77``): what a person types when no policy asks more."""
    words = ["Blue", "Ocean", "Silver", "River", "Purple", "Tiger", "Happy", "Garden", "Cosmic", "Lemon", "Rocket", "Velvet"]
    return _rng.choice(words) + _rng.choice(words) + str(_rng.randint(10, 9999))


def basic_auth() -> str:
    import base64

    return base64.b64encode(f"deploy:{random_password()}".encode()).decode()


def _held_out_19() -> list[Item]:
    """Places an outside tester reaches for next (query strings, SAS and signed URLs, XML, INI, systemd units,
    docker auths, .pgpass, SMTP and MongoDB URLs, client libraries' keyword arguments, keystore and sshpass
    options, Japanese and Spanish sentences), with a new value shape (two words and digits), written after
    the held_out_18 round and measured once (2 of 25 leaked then). One case was dropped after that reading as
    mislabelled: a service account's ``private_key_id`` is public, the ``kid`` in the header of every token the
    key signs."""
    cases = [
        ("key material quoted alone", "GET https://api.weather.example.com/v1/forecast?q=Oslo&api_key={s}&units=metric", lambda: token(32)),
        ("key material quoted alone", "https://acme.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-31T00:00:00Z&sig={s}",
         lambda: token(43, string.ascii_letters + string.digits + "%") + "%3D"),
        ("value named by its key", "<settings><servers><server><id>nexus</id><username>ci</username><password>{s}</password></server></servers></settings>",
         two_words_digits),
        ("value named by its key", "[client]\nuser = backup\npassword = {s}\nhost = db01", two_words_digits),
        ("value named by its key", "[Service]\nEnvironment=\"DB_PASSWORD={s}\"\nExecStart=/usr/bin/app", random_password),
        ("value named by its key", lambda s: {"auths": {"ghcr.io": {"auth": s}}}, basic_auth),
        ("value named by its key", "db.internal:5432:*:app:{s}", two_words_digits),
        ("value named by its key", "db_password = \"{s}\"\n\nOutputs:\n\napi_url = \"https://api.example.com\"", random_password),
        ("a command form that takes a secret", "EMAIL_URL=smtp://alerts@acme.io:{s}@smtp.gmail.com:587", two_words_digits),
        ("a command form that takes a secret", "mongosh \"mongodb+srv://admin:{s}@cluster0.ab12c.mongodb.net/app\"", two_words_digits),
        ("a command form that takes a secret", "conn = psycopg2.connect(host=\"db\", user=\"app\", password=\"{s}\")", two_words_digits),
        ("a command form that takes a secret", "keytool -importkeystore -srckeystore app.p12 -srcstoretype PKCS12 -storepass {s}", two_words_digits),
        ("a command form that takes a secret", "sshpass -p '{s}' ssh deploy@10.0.4.12 uptime", two_words_digits),
        ("a command form that takes a secret", "redis-cli -h cache.internal -a {s} ping", lambda: token(28)),
        ("a command form that takes a secret", "az login --service-principal -u 3f1c2b9e-1111-4aaa-8bbb-123456789abc -p {s} --tenant acme.onmicrosoft.com",
         lambda: token(34, string.ascii_letters + string.digits + "~._-")),
        ("a secret said in words", "パスワードは{s}です。", two_words_digits),
        ("a secret said in words", "la clave del wifi de la oficina es {s}", two_words_digits),
        ("a secret said in words", "Here's the token you asked for: {s}", lambda: token(36)),
        ("a secret said in words", "signing secret (keep it safe!) -> {s}", lambda: hexkey(32)),
        ("value named by its key", "Authorization: Basic {s}", basic_auth),
        ("value named by its key", lambda s: json.dumps({"body": json.dumps({"user": "ops", "password": s})}), two_words_digits),
        ("variable names the rules lack", "TWILIO_AUTH_TOKEN={s}", lambda: hexkey(32)),
        ("key material quoted alone", "api_keys:\n  - {s}\n  - {s}", lambda: token(40)),
    ]
    return _filled("held_out_19", cases)


BENIGN_LOOKALIKES_10 = [  # written with held_out_19, measured once
    "GET https://api.weather.example.com/v1/forecast?q=Oslo&units=metric&page=2",
    "<server><id>nexus</id><username>ci</username></server>",
    "[client]\nuser = backup\nhost = db01\nport = 3306",
    'Environment="LOG_LEVEL=debug"',
    "the private_key_id field is required in the service account JSON",
    "EMAIL_URL=smtp://smtp.gmail.com:587",
    'mongosh "mongodb+srv://cluster0.ab12c.mongodb.net/app" --username admin',
    'conn = psycopg2.connect(host="db", user="app", password=os.environ["PGPASSWORD"])',
    "keytool -list -keystore app.p12 -storetype PKCS12",
    "パスワードは8文字以上にしてください。",
    "la clave del problema es la caché",
    "Here's the token count for the prompt: 1532",
    "commit 9767e88ca85eb00888b8358f666562282e08fbef",
    'WWW-Authenticate: Basic realm="Restricted"',
    "Use the Ubuntu2204 image for the runner.",
    "Renamed the class to OrderService2 and reran the tests.",
]


def _held_out_20() -> list[Item]:
    """Provider formats and code an outside tester reaches for next (session tokens, storage connection strings,
    provider prefixes, vault tokens, escaped PEM in JSON, kubeconfig tokens, pip index URLs, PowerShell and Go
    credentials, YAML anchors, form bodies, a token as a URL's user), and Korean, Turkish and Hindi sentences,
    written after the held_out_19 round and measured once."""
    import urllib.parse

    urlsafe = string.ascii_letters + string.digits + "-_"
    cases = [
        ("variable names the rules lack", "AWS_SESSION_TOKEN={s}", lambda: "IQoJb3JpZ2luX2Vj" + token(180, string.ascii_letters + string.digits + "+/")),
        ("value named by its key", "DefaultEndpointsProtocol=https;AccountName=acmelogs;AccountKey={s};EndpointSuffix=core.windows.net", lambda: base64_key(64)),
        ("key material quoted alone", "maps key AIza{s}", lambda: token(35, urlsafe)),
        ("key material quoted alone", "STRIPE_KEY=rk_live_{s}", lambda: token(24)),
        ("key material quoted alone", "SG.{s}", lambda: token(22, urlsafe) + "." + token(43, urlsafe)),
        ("variable names the rules lack", "DD_API_KEY={s}", lambda: hexkey(32)),
        ("key material quoted alone", "shopify admin token shpat_{s}", lambda: hexkey(32)),
        ("key material quoted alone", "VAULT_TOKEN=hvs.{s}", lambda: token(24)),
        ("value named by its key", lambda s: {"private_key": f"-----BEGIN PRIVATE KEY-----\n{s}\n-----END PRIVATE KEY-----\n"}, pem_line),
        ("value named by its key", "users:\n- name: ci\n  user:\n    token: {s}", jwt),
        ("value named by its key", "[global]\nindex-url = https://__token__:{s}@pypi.example.com/simple", lambda: "pypi-" + token(60, urlsafe)),
        ("a command form that takes a secret", "curl -u admin:{s} https://jenkins.example.com/api/json", random_password),
        ("a command form that takes a secret", "wget --user=ci --password={s} https://artifacts.example.com/app.tar.gz", two_words_digits),
        ("a command form that takes a secret", "$cred = New-Object PSCredential(\"admin\", (ConvertTo-SecureString \"{s}\" -AsPlainText -Force))", random_password),
        ("a command form that takes a secret", "os.environ[\"DB_PASS\"] = \"{s}\"", two_words_digits),
        ("a command form that takes a secret", "const stripeSecret = \"{s}\";", lambda: "sk_live_" + token(24)),
        ("a command form that takes a secret", "client := twilio.NewRestClientWithParams(twilio.ClientParams{{Username: sid, Password: \"{s}\"}})", lambda: hexkey(32)),
        ("value named by its key", "db:\n  password: &pw {s}\n  replica_password: *pw", two_words_digits),
        ("a secret said in words", "비밀번호는 {s} 입니다", two_words_digits),
        ("a secret said in words", "şifre: {s}", two_words_digits),
        ("a secret said in words", "पासवर्ड {s} है", two_words_digits),
        ("value named by its key", lambda s: "username=admin&password=" + urllib.parse.quote(s, safe="") + "&remember=1", random_password),
        ("a command form that takes a secret", "git remote set-url origin https://{s}@github.com/acme/app.git", lambda: "ghp_" + token(36)),
        ("variable names the rules lack", "HEROKU_API_KEY={s}", uuid_key),
    ]
    return _filled("held_out_20", cases)


BENIGN_LOOKALIKES_11 = [  # written with held_out_20, measured once
    "AWS_REGION=eu-west-1", "DefaultEndpointsProtocol=https;AccountName=acmelogs;EndpointSuffix=core.windows.net",
    "the maps key starts with AIza and lives in the secret store", "STRIPE_KEY is read from the environment",
    "token: ${KUBE_TOKEN}", "[global]\nindex-url = https://pypi.example.com/simple", "curl -u admin https://jenkins.example.com/api/json",
    "wget --user=ci --ask-password https://artifacts.example.com/app.tar.gz", "os.environ[\"DB_HOST\"] = \"db.internal\"",
    "const stripeSecret = process.env.STRIPE_SECRET;", "db:\n  password: *pw", "비밀번호는 8자 이상이어야 합니다",
    "şifre sıfırlama bağlantısı gönderildi", "username=admin&remember=1", "git remote set-url origin https://github.com/acme/app.git",
    "HEROKU_APP=acme-staging",
]


def _held_out_21() -> list[Item]:
    """What a tool prints around a secret (stack traces, repr'd dicts, raw HTTP requests, credential helpers,
    decoded Kubernetes secrets, Terraform plans, CI debug logs) and positional passwords in client calls (PDO,
    JDBC), written after the held_out_20 round and measured once."""
    cases = [
        ("value named by its key", 'Traceback (most recent call last):\n  File "app/db.py", line 12, in connect\n    password = \'{s}\'', two_words_digits),
        ("value named by its key", "connecting with {{'user': 'svc', 'password': '{s}', 'host': 'db01'}}", random_password),
        ("value named by its key", "POST /login HTTP/1.1\r\nHost: intranet\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nuser=svc&pass={s}", two_words_digits),
        ("a command form that takes a secret", "HTTPS_PROXY=http://svc:{s}@proxy.corp:3128", two_words_digits),
        ("value named by its key", "protocol=https\nhost=github.com\nusername=ci-bot\npassword={s}", lambda: "ghp_" + token(36)),
        ("a credential printed by the command before it", "$ kubectl get secret db -o jsonpath='{{.data.password}}' | base64 -d\n{s}", two_words_digits),
        ("value named by its key", "  + master_password = \"{s}\"\n  + username        = \"admin\"", random_password),
        ("a command form that takes a secret", "ansible-playbook site.yml -e \"db_password={s}\"", two_words_digits),
        ("a command form that takes a secret", "docker run -d -e POSTGRES_PASSWORD={s} postgres:16", two_words_digits),
        ("variable names the rules lack", "export MYSQL_PWD={s}", two_words_digits),
        ("a command form that takes a secret", "$pdo = new PDO($dsn, 'root', '{s}');", two_words_digits),
        ("a command form that takes a secret", "Connection c = DriverManager.getConnection(url, \"sa\", \"{s}\");", random_password),
        ("value named by its key", "const client = new Client({{ user: 'app', password: '{s}' }});", two_words_digits),
        ("a command form that takes a secret", "r = redis.from_url(\"rediss://default:{s}@cache.example.com:6380\")", lambda: token(32)),
        ("a secret said in words", "New wifi password: {s} (changed today)", two_words_digits),
        ("a secret said in words", "Le mot de passe temporaire est : {s}", two_words_digits),
        ("a secret said in words", "临时密码：{s}", two_words_digits),
        ("a secret said in words", "@here the staging token is `{s}`", lambda: token(32)),
        ("a credential printed by the command before it", "##[debug]Evaluating: secrets.DEPLOY_KEY\n##[debug]Result: '{s}'", lambda: token(40)),
        ("key material quoted alone", "SSH_KEY=\"-----BEGIN OPENSSH PRIVATE KEY-----\\n{s}\\n-----END OPENSSH PRIVATE KEY-----\"", pem_line),
    ]
    return _filled("held_out_21", cases)


BENIGN_LOOKALIKES_12 = [  # written with held_out_21, measured once
    'Traceback (most recent call last):\n  File "app/db.py", line 12, in connect\n    password = os.environ["DB_PASSWORD"]',
    "connecting with {'user': 'svc', 'host': 'db01', 'port': 5432}", "POST /login HTTP/1.1\r\nHost: intranet\r\n\r\nuser=svc",
    "HTTPS_PROXY=http://proxy.corp:3128", "protocol=https\nhost=github.com\nusername=ci-bot",
    "  + master_password = (sensitive value)", "ansible-playbook site.yml -e \"db_host=db01\"",
    "docker run -d -e POSTGRES_PASSWORD_FILE=/run/secrets/pg postgres:16", "$pdo = new PDO($dsn, $user, $pass);",
    "Connection c = DriverManager.getConnection(url, user, password);", "New wifi network: Office-5G (changed today)",
    "Le mot de passe doit contenir 12 caractères.", "##[debug]Evaluating: secrets.DEPLOY_KEY\n##[debug]Result: '***'",
]


def _held_out_22() -> list[Item]:
    """Config files and wire formats not tried before (GraphQL variables, gRPC metadata, structured logs, Helm
    values, Ansible vars, rclone and s3cmd configs, JDBC and MQTT URLs, ldapsearch, bot tokens), written after
    the held_out_21 round and measured once."""
    urlsafe = string.ascii_letters + string.digits + "-_"
    cases = [
        ("value named by its key", lambda s: {"query": "mutation Login($u: String!, $p: String!) { login(user: $u, pass: $p) { ok } }",
                                              "variables": {"u": "ops", "p": s}}, two_words_digits),
        ("value named by its key", "metadata: [('authorization', 'Bearer {s}'), ('x-request-id', 'r-1')]", lambda: token(40, urlsafe)),
        ("value named by its key", '{{"level":"debug","msg":"outgoing","req":{{"headers":{{"x-api-key":"{s}","accept":"*/*"}}}}}}', lambda: token(32)),
        ("value named by its key", "postgresql:\n  auth:\n    postgresPassword: {s}\n    database: app", two_words_digits),
        ("value named by its key", "ansible_become_password: {s}\nansible_user: deploy", random_password),
        ("value named by its key", "[remote]\ntype = s3\naccess_key_id = AKIA2EXAMPLE7Q3XQ2LM\nsecret_access_key = {s}", base64_secret),
        ("value named by its key", "[default]\naccess_key = AKIA2EXAMPLE7Q3XQ2LM\nsecret_key = {s}\nhost_base = s3.amazonaws.com", base64_secret),
        ("a command form that takes a secret", "jdbc:sqlserver://db01:1433;databaseName=app;user=sa;password={s};encrypt=true", two_words_digits),
        ("a command form that takes a secret", "mosquitto_sub -L mqtts://sensor:{s}@broker.example.io:8883/telemetry", two_words_digits),
        ("a command form that takes a secret", "ldapsearch -x -D 'cn=admin,dc=acme,dc=io' -w {s} -b 'dc=acme,dc=io'", two_words_digits),
        ("key material quoted alone", "https://api.telegram.org/bot{s}/sendMessage", lambda: str(_rng.randint(10**9, 10**10)) + ":" + token(35, urlsafe)),
        ("key material quoted alone", "client.login('{s}')", lambda: token(24, urlsafe) + "." + token(6, urlsafe) + "." + token(38, urlsafe)),
        ("a secret said in words", "the on-call PIN for the vault door this week: {s}", lambda: str(_rng.randint(100000, 999999))),
        ("a secret said in words", "Das WLAN-Passwort im Büro ist jetzt {s}.", two_words_digits),
    ]
    return _filled("held_out_22", cases)


def _held_out_23() -> list[Item]:
    """Windows and cloud command lines, Terraform and Helm variables, Java and .NET config, XML, cookies, webhook
    URLs, mail and database clients, and the secret said in six more languages; written after the held_out_22
    round and measured once: 1 of 26 leaked past capture (SNMPv3's -A/-X passphrases), 1 would have reached a
    lesson, 0 of 13 look-alikes changed; now 0 past capture."""
    urlsafe = string.ascii_letters + string.digits + "-_"
    cases = [
        ("a command form that takes a secret", "net use \\\\files01\\share /user:ACME\\svc-backup {s}", two_words_digits),
        ("a command form that takes a secret", "cmdkey /add:files01 /user:ACME\\svc-backup /pass:{s}", random_password),
        ("variable names the rules lack", '$env:GITHUB_TOKEN = "{s}"', lambda: "ghp_" + token(36)),
        ("variable names the rules lack", "setx OPENAI_KEY {s}", lambda: "sk-" + token(48)),
        ("a command form that takes a secret", "terraform apply -var 'db_password={s}' -auto-approve", two_words_digits),
        ("variable names the rules lack", "export TF_VAR_admin_secret={s}", lambda: token(32)),
        ("a command form that takes a secret", "kubectl create secret docker-registry regcred --docker-username=ci --docker-password={s}", random_password),
        ("a command form that takes a secret", "helm upgrade --install app ./chart --set auth.rootPassword={s}", two_words_digits),
        ("a command form that takes a secret", "az login --service-principal -u 0f6c1e3a-app -p {s} --tenant acme.onmicrosoft.com", lambda: token(34, urlsafe + "~.")),
        ("a command form that takes a secret", 'smtp.login("alerts@acme.io", "{s}")', two_words_digits),
        ("a command form that takes a secret", 'mongosh "mongodb+srv://app:{s}@cluster0.ab12c.mongodb.net/prod"', random_password),
        ("value named by its key", "spring.datasource.password={s}", two_words_digits),
        ("value named by its key", "<server>\n  <id>nexus</id>\n  <username>deploy</username>\n  <password>{s}</password>\n</server>", random_password),
        ("value named by its key", '<add key="StripeApiKey" value="{s}" />', lambda: "sk_live_" + token(24)),
        ("value named by its key", "[database]\nHost = db01\nPassword = {s}", two_words_digits),
        ("value named by its key", "Cookie: theme=dark; sessionid={s}; lang=en", lambda: token(32).lower()),
        ("key material quoted alone", "https://hooks.slack.com/services/T0ACME01/B0HOOK02/{s}", lambda: token(24)),
        ("key material quoted alone", "https://discord.com/api/webhooks/112233445566778899/{s}", lambda: token(68, urlsafe)),
        ("a command form that takes a secret", "snmpwalk -v3 -u monitor -l authPriv -a SHA -A {s} -x AES -X {s} 10.0.0.1", two_words_digits),
        ("value named by its key", "db01.internal:5432:app:svc:{s}", random_password),
        ("a secret said in words", "la contraseña del servidor de pruebas es {s}", two_words_digits),
        ("a secret said in words", "a senha do banco de homologação é {s}", two_words_digits),
        ("a secret said in words", "管理画面のパスワードは{s}です", two_words_digits),
        ("a secret said in words", "hasło do VPN: {s}", random_password),
        ("a secret said in words", "het wachtwoord voor de router is {s}", two_words_digits),
        ("a secret said in words", "كلمة المرور الجديدة هي {s}", two_words_digits),
    ]
    return _filled("held_out_23", cases)


BENIGN_LOOKALIKES_13 = [  # written with held_out_23, measured once
    "net use \\\\files01\\share /user:ACME\\svc-backup *", "cmdkey /list", '$env:API_URL = "https://api.example.com"',
    "terraform apply -var 'db_host=db01' -auto-approve", "helm upgrade --install app ./chart --set replicaCount=3",
    "spring.datasource.password=${DB_PASSWORD}", "<password>${env.NEXUS_PASSWORD}</password>",
    '<add key="ApiUrl" value="https://api.example.com" />', "Cookie: theme=dark; lang=en", "smtp.login(user, password)",
    "la contraseña debe tener al menos 12 caracteres", "hasło zostało zmienione", "[database]\nHost = db01\nPort = 5432",
]


def _held_out_24() -> list[Item]:
    """Where config and data files keep secrets (SQL statements, Dockerfiles, systemd units, crontabs, nginx and
    HAProxy, Redis, WireGuard and wpa_supplicant, framework settings, cloud CLI JSON, CSV exports) and the secret
    said in seven more languages; written after the held_out_23 round and measured once: 2 of 25 leaked past
    capture (a Django key with brackets and symbols, cut short; a password with "=" after "heslo k databázi je"),
    0 would have reached a lesson, 0 of 13 look-alikes changed; now 0 past capture."""
    cases = [
        ("a command form that takes a secret", "CREATE USER app_rw WITH PASSWORD '{s}';", two_words_digits),
        ("a command form that takes a secret", "ALTER LOGIN sa WITH PASSWORD = '{s}';", random_password),
        ("a command form that takes a secret", "GRANT ALL ON shop.* TO 'shop'@'%' IDENTIFIED BY '{s}';", two_words_digits),
        ("variable names the rules lack", "ENV DB_PASSWORD={s}", two_words_digits),
        ("variable names the rules lack", "ARG NPM_TOKEN={s}", lambda: "npm_" + token(36)),
        ("variable names the rules lack", 'Environment="API_SECRET={s}"', lambda: token(32)),
        ("value named by its key", '0 * * * * curl -s -H "X-Api-Key: {s}" https://status.example.com/ping', lambda: token(32)),
        ("value named by its key", 'proxy_set_header Authorization "Basic {s}";', base64_secret),
        ("value named by its key", "userlist admins\n    user admin insecure-password {s}", two_words_digits),
        ("value named by its key", "requirepass {s}\nmasterauth {s}", random_password),
        ("key material quoted alone", "[Interface]\nPrivateKey = {s}\nAddress = 10.8.0.2/24", lambda: base64_key(32)),
        ("value named by its key", 'network={{\n    ssid="office"\n    psk="{s}"\n}}', two_words_digits),
        ("value named by its key", "production:\n  secret_key_base: {s}", lambda: hexkey(128)),
        ("value named by its key", "SECRET_KEY = 'django-insecure-{s}'", lambda: token(50, string.ascii_lowercase + string.digits + "!@#$%^&*(-_=+)")),
        ("value named by its key", "app.config['SECRET_KEY'] = '{s}'", random_password),
        ("a command form that takes a secret", "const token = jwt.sign(payload, '{s}', {{ expiresIn: '1h' }});", two_words_digits),
        ("value named by its key", lambda s: {"Credentials": {"AccessKeyId": "ASIA2EXAMPLE7Q3XQ2LM", "SecretAccessKey": s,
                                                               "SessionToken": "FwoGZXIvYXdzEBYaD" + token(80)}}, base64_secret),
        ("value named by its key", "email,name,password\nbob@example.com,Bob,{s}\n", two_words_digits),
        ("a secret said in words", "lösenordet till servern är {s}", two_words_digits),
        ("a secret said in words", "salasana on {s}", two_words_digits),
        ("a secret said in words", "heslo k databázi je {s}", random_password),
        ("a secret said in words", "mật khẩu wifi là {s}", two_words_digits),
        ("a secret said in words", "kata sandinya {s}", two_words_digits),
        ("a secret said in words", "ο κωδικός είναι {s}", two_words_digits),
        ("a secret said in words", "הסיסמה היא {s}", two_words_digits),
    ]
    return _filled("held_out_24", cases)


BENIGN_LOOKALIKES_14 = [  # written with held_out_24, measured once
    "CREATE USER app_ro;", "ALTER LOGIN sa ENABLE;", "ENV DB_HOST=db01", "ARG NODE_VERSION=20", 'Environment="API_URL=https://api.example.com"',
    '0 * * * * curl -s https://status.example.com/ping', "userlist admins", "requirepass ${REDIS_PASSWORD}",
    "[Interface]\nAddress = 10.8.0.2/24\nListenPort = 51820", 'network={\n    ssid="office"\n    key_mgmt=WPA-PSK\n}',
    "SECRET_KEY = os.environ['SECRET_KEY']", "email,name,plan\nbob@example.com,Bob,pro\n", "salasana vaihdettu",
]


def _held_out_25() -> list[Item]:
    """Secrets as programs pass them (Go, Rust, Java, C#, PHP and Ruby calls and builders, DSNs), as clients take them
    on the command line, as logs and headers print them, as registries and Kubernetes store them, and said in seven
    more languages; written after the held_out_24 round and measured once: 2 of 24 leaked past capture (a Go MySQL DSN,
    a password passed to NetworkCredential), 0 would have reached a lesson, 2 of 13 look-alikes changed ($REDIS_PASSWORD
    after redis-cli -a, a log line with user=bob); now 0 and 0."""
    cases = [
        ("a command form that takes a secret", 'os.Setenv("PAYMENT_KEY", "{s}")', lambda: token(32)),
        ("a command form that takes a secret", 'db, err := sql.Open("mysql", "root:{s}@tcp(db01:3306)/shop")', two_words_digits),
        ("a command form that takes a secret", 'let token = "{s}";', lambda: "ghp_" + token(36)),
        ("a command form that takes a secret", 'props.put("mail.smtp.password", "{s}");', two_words_digits),
        ("a command form that takes a secret", "DataSource ds = DataSourceBuilder.create().username(\"app\").password(\"{s}\").build();", random_password),
        ("a command form that takes a secret", 'var cred = new NetworkCredential("svc-mail", "{s}");', two_words_digits),
        ("a command form that takes a secret", "define('DB_PASSWORD', '{s}');", random_password),
        ("value named by its key", "config.api_key = '{s}'", lambda: token(40)),
        ("a command form that takes a secret", "redis-cli -h cache01 -a {s} ping", two_words_digits),
        ("a command form that takes a secret", "curl --user deploy:{s} https://nexus.example.com/service/rest/v1/status", random_password),
        ("value named by its key", "2026-03-01T10:00:01Z INFO auth: login ok user=bob pass={s} ip=10.0.0.7", two_words_digits),
        ("value named by its key", "Proxy-Authorization: Basic {s}", base64_secret),
        ("value named by its key", lambda s: {"auth": {"user": "svc", "pass": s}}, random_password),
        ("value named by its key", "apiVersion: v1\nkind: Secret\nstringData:\n  password: {s}\n  username: app", two_words_digits),
        ("variable names the rules lack", 'export AWS_SECRET_ACCESS_KEY="{s}"', base64_secret),
        ("a command form that takes a secret", "reg add HKCU\\Software\\Acme\\Sync /v Password /t REG_SZ /d {s} /f", two_words_digits),
        ("a secret said in words", "here's the staging db password, don't share it: {s}", random_password),
        ("a secret said in words", "รหัสผ่านคือ {s}", two_words_digits),
        ("a secret said in words", "şifrem {s}", two_words_digits),
        ("a secret said in words", "kata laluan ialah {s}", two_words_digits),
        ("a secret said in words", "parola este {s}", two_words_digits),
        ("a secret said in words", "a jelszó {s}", two_words_digits),
        ("a secret said in words", "новий пароль: {s}", random_password),
        ("a secret said in words", "pwd for the vpn → {s}", two_words_digits),
    ]
    return _filled("held_out_25", cases)


BENIGN_LOOKALIKES_15 = [  # written with held_out_25, measured once
    'os.Setenv("PAYMENT_ENV", "staging")', 'db, err := sql.Open("mysql", dsn)', "define('DB_HOST', 'localhost');",
    "var cred = new NetworkCredential(user, password);", "redis-cli -h cache01 -a $REDIS_PASSWORD ping", "mysql -uroot -p shop",
    "2026-03-01T10:00:01Z INFO auth: login ok user=bob ip=10.0.0.7", "stringData:\n  username: app",
    "reg add HKCU\\Software\\Acme\\Sync /v Theme /t REG_SZ /d dark /f", "parola este prea scurtă", "a jelszó megváltozott",
    "kata laluan telah ditukar", "pwd → /home/bob/project",
]


def _held_out_26() -> list[Item]:
    """Secrets in the shapes agents and their tools print them: tool-call JSON arguments, MCP server configs, a
    LangGraph state dump, an assistant's own reply quoting a value, a diff of a settings file, a Python repr, a
    Markdown table, and split across a wrapped line; written after the held_out_25 round and measured once: 0 of 16
    leaked past capture, 0 would have reached a lesson, 0 of 11 look-alikes changed."""
    cases = [
        ("value named by its key", lambda s: {"name": "set_secret", "arguments": json.dumps({"key": "STRIPE_WEBHOOK", "value": s})},
         lambda: "whsec_" + token(32)),
        ("value named by its key", lambda s: {"mcpServers": {"github": {"command": "npx", "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": s}}}},
         lambda: "github_pat_" + token(22) + "_" + token(59)),
        ("value named by its key", "State(messages=[...], config={'db_password': '{s}', 'retries': 3})", two_words_digits),
        ("a secret said in words", "I've set the admin password to {s} as you asked.", random_password),
        ("value named by its key", "--- a/.env\n+++ b/.env\n@@ -1,2 +1,2 @@\n-SMTP_PASS=old\n+SMTP_PASS={s}", two_words_digits),
        ("value named by its key", "Settings(api_token=SecretStr('{s}'), debug=False)", lambda: token(40)),
        ("value named by its key", "| name | value |\n|---|---|\n| DB_PASSWORD | {s} |\n| DB_HOST | db01 |", two_words_digits),
        ("a secret said in words", "The token for the bot is\n{s}", lambda: token(40)),
        ("value named by its key", "env:\n  - name: SENDGRID_API_KEY\n    value: \"{s}\"", lambda: "SG." + token(22) + "." + token(43)),
        ("a command form that takes a secret", "gh secret set NPM_TOKEN --body {s}", lambda: "npm_" + token(36)),
        ("a command form that takes a secret", "vercel env add API_SECRET production <<< {s}", lambda: token(32)),
        ("a command form that takes a secret", "flyctl secrets set DATABASE_PASSWORD={s}", two_words_digits),
        ("a command form that takes a secret", "heroku config:set SESSION_SECRET={s} -a shop", lambda: token(48)),
        ("a secret said in words", "heads up, the new grafana admin pw is {s}", random_password),
        ("a secret said in words", "Mot de passe réinitialisé : {s}", two_words_digits),
        ("a secret said in words", "Das neue Kennwort für den Drucker: {s}", two_words_digits),
    ]
    return _filled("held_out_26", cases)


BENIGN_LOOKALIKES_16 = [  # written with held_out_26, measured once
    '{"name": "set_secret", "arguments": "{\\"key\\": \\"STRIPE_WEBHOOK\\", \\"value\\": \\"${STRIPE_WEBHOOK}\\"}"}',
    "State(messages=[...], config={'retries': 3})", "I've set the admin password as you asked; it is in the vault.",
    "Settings(api_token=SecretStr('**********'), debug=False)", "| name | value |\n|---|---|\n| DB_HOST | db01 |",
    "gh secret set NPM_TOKEN < token.txt", "flyctl secrets list", "heroku config:set WEB_CONCURRENCY=3 -a shop",
    "heads up, the grafana admin pw was rotated", "Mot de passe réinitialisé.", "Das neue Kennwort ist im Tresor.",
]


def _held_out_27() -> list[Item]:
    """Secrets in each language's own syntax for settings and literals (HCL, PHP arrays, Elixir keywords, Kotlin,
    XML property elements, SQL Server connection strings, ECS-style Name/Value lists, Rails credentials), the
    command-line tools of ops and IoT (helm --set, ansible -e, mosquitto, lftp), and sentences in Arabic, Hebrew and
    Vietnamese; written after the held_out_26 round and measured once: 2 of 16 leaked past capture (a block named for the secret with the value under `default`, an XML element whose key attribute names it), 0 would have reached a lesson, 0 of 11 look-alikes changed."""
    cases = [
        ("value named by its key", 'variable "db_password" {\n  default = "{s}"\n}', two_words_digits),
        ("value named by its key", "'smtp_password' => '{s}',", random_password),
        ("value named by its key", 'config :app, App.Repo, password: "{s}", hostname: "db"', two_words_digits),
        ("variable names the rules lack", 'val apiSecret = "{s}"', lambda: token(32)),
        ("value named by its key", '<entry key="ldap.bind.credential">{s}</entry>', random_password),
        ("a command form that takes a secret", "helm upgrade --install api ./chart --set postgresql.auth.password={s}", two_words_digits),
        ("a command form that takes a secret", "ansible-playbook site.yml -e ansible_become_pass={s}", two_words_digits),
        ("value named by its key", "Server=tcp:db01,1433;Initial Catalog=app;User ID=sa;Pwd={s};", random_password),
        ("a secret said in words", "كلمة المرور الجديدة هي {s}", two_words_digits),
        ("a secret said in words", "הסיסמה למערכת היא {s}", two_words_digits),
        ("a secret said in words", "mật khẩu wifi là {s}", two_words_digits),
        ("a secret said in words", "The OTP secret for the shared 2FA account: {s}", base32_seed),
        ("value named by its key", lambda s: [{"Name": "API_KEY", "Value": s}, {"Name": "REGION", "Value": "eu-west-1"}], lambda: token(40)),
        ("value named by its key", "production:\n  secret_key_base: {s}", lambda: hexkey(128)),
        ("a command form that takes a secret", "mosquitto_pub -h broker -u iot -P {s} -t sensors/temp -m 21", two_words_digits),
        ("a command form that takes a secret", "lftp -u deploy,{s} sftp://files.example.com", random_password),
    ]
    return _filled("held_out_27", cases)


BENIGN_LOOKALIKES_17 = [  # written with held_out_27, measured once
    'variable "db_password" {\n  sensitive = true\n}', "'smtp_host' => 'mail.example.com',", 'config :app, App.Repo, hostname: "db"',
    'val apiSecret = System.getenv("API_SECRET")', '<entry key="ldap.bind.dn">cn=admin,dc=example,dc=com</entry>',
    "helm upgrade --install api ./chart --set replicaCount=3", "ansible-playbook site.yml -e env=staging",
    "Server=tcp:db01,1433;Initial Catalog=app;Integrated Security=true;", "كلمة المرور قصيرة جدا", "mật khẩu đã được đổi",
    "mosquitto_pub -h broker -t sensors/temp -m 21",
]


def _held_out_28() -> list[Item]:
    """Secrets in tables whose header names the column (CSV, TSV), JSON-lines logs, form-encoded request bodies,
    Windows account commands (net user, cmdkey, plink), Rust and Swift literals, other URL schemes (amqps, ftp,
    smb), and sentences in Swedish, Norwegian, Danish, Greek and Turkish; written after the held_out_27 round and
    measured once: 0 of 16 leaked past capture, 0 would have reached a lesson (the lesson net alone, capture's rules
    off, misses 1), 0 of 11 look-alikes changed."""
    cases = [
        ("value named by its key", "username,password,role\nalice,{s},admin\nbob,hunter-two,user", two_words_digits),
        ("value named by its key", "host\tport\tapi_key\nedge01\t443\t{s}", lambda: token(32)),
        ("value named by its key", '{"level":"info","msg":"login ok","user":"svc","pw":"{s}"}', random_password),
        ("value named by its key", "POST /login HTTP/1.1\nHost: app\nContent-Type: application/x-www-form-urlencoded\n\nuser=bob&passwd={s}", two_words_digits),
        ("a command form that takes a secret", "net user deploy {s} /add /domain", two_words_digits),
        ("a command form that takes a secret", "cmdkey /add:fileserver01 /user:corp\\svc /pass:{s}", random_password),
        ("a command form that takes a secret", "plink -ssh admin@10.0.0.5 -pw {s} uptime", two_words_digits),
        ("variable names the rules lack", 'let api_token = "{s}";', lambda: token(40)),
        ("variable names the rules lack", 'let dbPassword = "{s}"', random_password),
        ("value named by its key", "amqps://orders:{s}@mq.example.com:5671/prod", two_words_digits),
        ("value named by its key", "smb://corp;svc:{s}@fileserver01/share", random_password),
        ("a secret said in words", "lösenordet till routern är {s}", two_words_digits),
        ("a secret said in words", "passordet er {s}", two_words_digits),
        ("a secret said in words", "adgangskoden er {s}", two_words_digits),
        ("a secret said in words", "ο κωδικός είναι {s}", two_words_digits),
        ("a secret said in words", "parola: {s}", two_words_digits),
    ]
    return _filled("held_out_28", cases)


BENIGN_LOOKALIKES_18 = [  # written with held_out_28, measured once
    "username,role\nalice,admin\nbob,user", "host\tport\nedge01\t443", '{"level":"info","msg":"login ok","user":"svc"}',
    "POST /login HTTP/1.1\nHost: app\n\nuser=bob", "net user deploy /active:no", "cmdkey /list", "plink -ssh admin@10.0.0.5 uptime",
    'let api_token = env::var("API_TOKEN")?;', "amqps://mq.example.com:5671/prod", "lösenordet har bytts", "ο κωδικός άλλαξε",
]


def _held_out_29() -> list[Item]:
    """Secrets in the constructors and flags that take one (Go struct literals, .NET NetworkCredential, PowerShell
    SecureString, a password stuck to ``-p``, ``sshpass``, ``docker run -e``, an nginx Basic header), TOML tables
    keyed ``pass``, and sentences in Arabic, Hebrew, Persian, Thai, Tagalog and Catalan; written after the
    held_out_36 poisoning round and measured once."""
    cases = [
        ("variable names the rules lack", 'cfg := Config{Host: "db", Password: "{s}"}', random_password),
        ("a command form that takes a secret", 'var cred = new NetworkCredential("svc-backup", "{s}");', two_words_digits),
        ("a command form that takes a secret", '$pw = ConvertTo-SecureString "{s}" -AsPlainText -Force', random_password),
        ("a command form that takes a secret", "mysql -u root -p{s} -h db.internal shop", two_words_digits),
        ("a command form that takes a secret", "sshpass -p '{s}' ssh deploy@10.1.2.3 uptime", random_password),
        ("a command form that takes a secret", "docker run -d -e POSTGRES_PASSWORD={s} -p 5432:5432 postgres:16", two_words_digits),
        ("value named by its key", 'proxy_set_header Authorization "Basic {s}";', lambda: base64_key(24)),
        ("value named by its key", '[database]\nuser = "app"\npass = "{s}"', random_password),
        ("a secret said in words", "كلمة المرور هي {s}", two_words_digits),
        ("a secret said in words", "הסיסמה היא {s}", two_words_digits),
        ("a secret said in words", "رمز عبور سرور: {s}", two_words_digits),
        ("a secret said in words", "รหัสผ่านคือ {s}", two_words_digits),
        ("a secret said in words", "ang password ng admin ay {s}", two_words_digits),
        ("a secret said in words", "la contrasenya del servidor és {s}", two_words_digits),
        ("a secret said in words", "مفتاح API الخاص بنا: {s}", lambda: token(32)),
        ("a secret said in words", "הטוקן של הבוט: {s}", lambda: token(40)),
    ]
    return _filled("held_out_29", cases)


BENIGN_LOOKALIKES_19 = [  # written with held_out_29, measured once
    'cfg := Config{Host: "db", Password: os.Getenv("DB_PASSWORD")}', "var cred = new NetworkCredential(user, password);",
    "$pw = Read-Host -AsSecureString", "mysql -u root -p -h db.internal shop", "sshpass -f ~/.pw ssh deploy@10.1.2.3 uptime",
    "docker run -d -e POSTGRES_PASSWORD_FILE=/run/secrets/pg postgres:16", "كلمة المرور تغيرت أمس", "הסיסמה אופסה",
    "รหัสผ่านหมดอายุแล้ว", "la contrasenya ha caducat", '[database]\nuser = "app"\nhost = "db"',
]


def _held_out_30() -> list[Item]:
    """Secrets in a Markdown table whose header names the column, a notebook cell's JSON source, INI keys with spaced
    colons, systemd ``Environment=``, compose list items, ``helm --set``, ``curl -u``, ``requests`` auth tuples, SQL
    users, ``redis-cli -a``, MongoDB SRV URIs, and sentences in Swahili, Bengali and Urdu; written after the held_out_37
    poisoning round and measured once."""
    cases = [
        ("value named by its key", "| Service | User | Password |\n|---|---|---|\n| billing-db | app | {s} |", two_words_digits),
        ("value named by its key", '{"cell_type": "code", "source": ["import openai\\n", "openai.api_key = \\"{s}\\"\\n"]}',
         lambda: token(40)),
        ("value named by its key", "[smtp]\nhost : mail.internal\npassword : {s}", random_password),
        ("variable names the rules lack", '[Service]\nEnvironment="DB_PASSWORD={s}"\nExecStart=/usr/bin/app', two_words_digits),
        ("variable names the rules lack", "services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD={s}", random_password),
        ("a command form that takes a secret", "helm upgrade --install shop ./chart --set postgresql.auth.password={s}", two_words_digits),
        ("a command form that takes a secret", "curl -u deploy:{s} https://nexus.example.com/service/rest/v1/status", random_password),
        ("a command form that takes a secret", 'requests.get(url, auth=("svc-reporting", "{s}"))', two_words_digits),
        ("a command form that takes a secret", "CREATE USER reporting WITH PASSWORD '{s}';", random_password),
        ("a command form that takes a secret", "ALTER USER app IDENTIFIED BY \"{s}\";", two_words_digits),
        ("a command form that takes a secret", "redis-cli -h cache.internal -a {s} ping", random_password),
        ("value named by its key", "mongodb+srv://reporting:{s}@cluster0.example.mongodb.net/app", two_words_digits),
        ("a secret said in words", "nenosiri la seva ni {s}", two_words_digits),
        ("a secret said in words", "সার্ভারের পাসওয়ার্ড হল {s}", two_words_digits),
        ("a secret said in words", "سرور کا پاس ورڈ {s} ہے", two_words_digits),
        ("a secret said in words", "the staging box's root pw, for the record: {s}", random_password),
    ]
    return _filled("held_out_30", cases)


BENIGN_LOOKALIKES_20 = [  # written with held_out_30, measured once
    "| Service | User | Role |\n|---|---|---|\n| billing-db | app | reader |", '{"cell_type": "code", "source": ["import openai\\n"]}',
    "[smtp]\nhost : mail.internal\nport : 587", '[Service]\nEnvironment="DB_PASSWORD_FILE=/run/creds/db"',
    "services:\n  db:\n    environment:\n      - MYSQL_ROOT_PASSWORD_FILE=/run/secrets/root",
    "helm upgrade --install shop ./chart --set postgresql.auth.existingSecret=shop-db", "curl -u deploy https://nexus.example.com/",
    'requests.get(url, auth=(user, password))', "CREATE USER reporting WITH PASSWORD NULL;", "redis-cli -h cache.internal ping",
    "nenosiri limebadilishwa",
]


def _held_out_31() -> list[Item]:
    """Secrets in URL query parameters, request dumps with custom headers, Python reprs of config objects, ``.pgpass``
    lines, ``wpa_supplicant`` PSKs, Java keystore and OpenSSL pass options, ``docker login -p``, ``git remote -v`` output,
    Django and Rails settings dumps, and shell history lines; written after the held_out_39 poisoning round and measured
    once."""
    cases = [
        ("value named by its key", "GET /v1/report?format=csv&api_key={s} HTTP/1.1", lambda: token(32)),
        ("value named by its key", "POST /ingest HTTP/1.1\nHost: logs.example.com\nX-Ingest-Key: {s}\nContent-Length: 12", lambda: token(36)),
        ("value named by its key", "Settings(db_host='db', db_password='{s}', debug=False)", random_password),
        ("value named by its key", "db.internal:5432:billing:report:{s}", two_words_digits),
        ("value named by its key", 'network={{\n    ssid="office"\n    psk="{s}"\n}}', two_words_digits),
        ("a command form that takes a secret", "keytool -importcert -keystore app.jks -storepass {s} -file ca.pem", random_password),
        ("a command form that takes a secret", "openssl pkcs12 -in bundle.p12 -passin pass:{s} -nodes", random_password),
        ("a command form that takes a secret", "docker login -u ci -p {s} registry.example.com", two_words_digits),
        ("value named by its key", "origin  https://ci-bot:{s}@git.example.com/team/app.git (fetch)", lambda: token(40)),
        ("variable names the rules lack", "SENDGRID_LIVE='{s}'", lambda: "SG." + token(22) + "." + token(43)),
        ("variable names the rules lack", "  512  export STRIPE_LIVE={s}", lambda: "sk_live_" + token(24)),
        ("value named by its key", "'PASSWORD': '{s}',\n        'HOST': 'db',", random_password),
        ("value named by its key", "config.secret_key_base = \"{s}\"", lambda: hexkey(64)),
        ("a secret said in words", "la clave wifi de la oficina es {s}", two_words_digits),
        ("a secret said in words", "o pin do cofre é 4821 e a senha do painel é {s}", two_words_digits),
        ("a secret said in words", "пароль від адмінки: {s}", two_words_digits),
    ]
    return _filled("held_out_31", cases)


BENIGN_LOOKALIKES_21 = [  # written with held_out_31, measured once
    "GET /v1/report?format=csv&page=2 HTTP/1.1", "POST /ingest HTTP/1.1\nHost: logs.example.com\nContent-Length: 12",
    "Settings(db_host='db', db_password=None, debug=False)", "db.internal:5432:billing:report:*",
    'network={\n    ssid="office"\n    key_mgmt=WPA-EAP\n}', "keytool -list -keystore app.jks", "docker login registry.example.com",
    "origin  https://git.example.com/team/app.git (fetch)", "  512  export STRIPE_MODE=live", "'HOST': 'db',\n        'PORT': 5432,",
    "la clave wifi se cambió ayer",
]


def _held_out_32() -> list[Item]:
    """Secrets in the six languages poisoning round 43 introduced (Slovak, Bulgarian, Croatian, Malay, Swahili, Bengali)
    said in sentences, and in forms not yet read: Go's ``os.Setenv``, Java's ``System.setProperty``, a C# connection
    string builder, an Ansible vault password file written with ``echo``, ``sshpass -e`` with ``SSHPASS=``, a Terraform
    ``TF_VAR_``, a Jenkins credentials binding; written after poisoning round 43 and measured once."""
    cases = [
        ("a secret said in words", "heslo k databáze je {s}", two_words_digits),
        ("a secret said in words", "паролата за сървъра е {s}", two_words_digits),
        ("a secret said in words", "lozinka za bazu: {s}", two_words_digits),
        ("a secret said in words", "kata laluan pelayan ialah {s}", two_words_digits),
        ("a secret said in words", "nenosiri la seva ni {s}", two_words_digits),
        ("a secret said in words", "ডাটাবেসের পাসওয়ার্ড {s}", two_words_digits),
        ("variable names the rules lack", 'os.Setenv("PAYMENTS_API_SECRET", "{s}")', lambda: token(32)),
        ("variable names the rules lack", 'System.setProperty("smtp.pass", "{s}");', random_password),
        ("value named by its key", 'new SqlConnectionStringBuilder {{ DataSource = "db", Password = "{s}" }}', random_password),
        ("a command form that takes a secret", "echo '{s}' > ~/.vault_pass.txt && ansible-vault view secrets.yml --vault-password-file ~/.vault_pass.txt", two_words_digits),
        ("a command form that takes a secret", "SSHPASS='{s}' sshpass -e ssh ops@10.0.0.9", random_password),
        ("variable names the rules lack", "export TF_VAR_db_admin_password={s}", two_words_digits),
        ("value named by its key", "withCredentials([string(credentialsId: 'x', variable: 'T')]) {{ sh 'curl -H \"X-Token: {s}\" https://ci.example.com' }}", lambda: token(36)),
        ("variable names the rules lack", "REDIS_AUTH_STRING={s}", lambda: token(28)),
        ("a secret said in words", "the shared admin login is admin / {s}", random_password),
        ("a secret said in words", "PIN karty je 4821, heslo do bankovníctva {s}", two_words_digits),
    ]
    return _filled("held_out_32", cases)


BENIGN_LOOKALIKES_22 = [  # written with held_out_32, measured once
    "heslo k databáze bolo zmenené", "паролата е сменена вчера", "lozinka je istekla", "kata laluan telah ditukar",
    'os.Setenv("PAYMENTS_API_URL", "https://pay.example.com")', 'System.setProperty("smtp.host", "mail.example.com");',
    "ansible-vault view secrets.yml --vault-password-file ~/.vault_pass.txt", "sshpass -e ssh ops@10.0.0.9",
    "export TF_VAR_db_admin_user=admin", "REDIS_AUTH_ENABLED=true", "the shared admin login is in the vault",
]


def _held_out_33() -> list[Item]:
    """Secrets in the languages poisoning round 46 introduced (Lithuanian, Latvian, Estonian, Slovenian, Serbian in
    Cyrillic, Afrikaans, Azerbaijani) said in sentences, and command forms not yet read: ``az login -p``, ``vault
    login`` with a token, a ``Cookie`` header, ``smbclient -U user%pw``, ``lftp -u user,pw``, ``ldapsearch -w``,
    ``redis-cli -a``, ``rabbitmqctl add_user``, PowerShell's ``ConvertTo-SecureString``, Python's ``keyring``;
    written after poisoning round 46 and measured once: 4 of 17 leaked past capture, all four would have reached a
    lesson (the Serbian, Afrikaans and Azerbaijani sentences and ``rabbitmqctl add_user``); now 0."""
    cases = [
        ("a secret said in words", "duomenų bazės slaptažodis yra {s}", two_words_digits),
        ("a secret said in words", "servera parole ir {s}", two_words_digits),
        ("a secret said in words", "andmebaasi parool on {s}", two_words_digits),
        ("a secret said in words", "geslo za strežnik je {s}", two_words_digits),
        ("a secret said in words", "лозинка за базу је {s}", two_words_digits),
        ("a secret said in words", "die wagwoord vir die bediener is {s}", two_words_digits),
        ("a secret said in words", "serverin şifrəsi: {s}", two_words_digits),
        ("a command form that takes a secret", "az login --service-principal -u http://ci-app -p {s} --tenant contoso.onmicrosoft.com", random_password),
        ("a command form that takes a secret", "vault login {s}", lambda: "hvs." + token(24)),
        ("value named by its key", "curl -H 'Cookie: sessionid={s}; theme=dark' https://admin.example.com/", lambda: token(32)),
        ("a command form that takes a secret", "smbclient //files.corp/finance -U backup%{s}", two_words_digits),
        ("a command form that takes a secret", "lftp -u deploy,{s} sftp://upload.example.com", random_password),
        ("a command form that takes a secret", "ldapsearch -x -D cn=admin,dc=corp,dc=com -w {s} -b dc=corp,dc=com", random_password),
        ("a command form that takes a secret", "redis-cli -h cache.internal -a {s} ping", two_words_digits),
        ("a command form that takes a secret", "rabbitmqctl add_user ingest {s}", two_words_digits),
        ("a command form that takes a secret", '$pw = ConvertTo-SecureString "{s}" -AsPlainText -Force', random_password),
        ("a command form that takes a secret", 'keyring.set_password("billing-api", "svc", "{s}")', random_password),
    ]
    return _filled("held_out_33", cases)


BENIGN_LOOKALIKES_23 = [  # written with held_out_33, measured once
    "slaptažodis pakeistas vakar", "parole ir pārāk īsa", "parool aegus eile", "die wagwoord is verander",
    "az login --service-principal -u http://ci-app --certificate ci.pem --tenant contoso.onmicrosoft.com", "vault login -method=oidc",
    "curl -H 'Cookie: theme=dark' https://example.com/", "smbclient -L //files.corp -N", "lftp -u deploy sftp://upload.example.com",
    "ldapsearch -x -H ldap://ldap.corp -b dc=corp,dc=com", 'keyring.get_password("billing-api", "svc")',
    "$pw = Read-Host -AsSecureString",
]


def _held_out_34() -> list[Item]:
    """The AI and agent ecosystem's keys where coding agents meet them: MCP server configs (JSON ``env`` and
    ``headers``), ``claude mcp add --header``, Codex and Gemini settings, provider keys in ``.env`` lines and
    exports (Anthropic, Google AI, Hugging Face, Groq, OpenRouter, LangSmith, Pinecone, Replicate, xAI,
    Weights & Biases), a Supabase service-role JWT; written after poisoning round 50 and measured once: 0 of 16
    leaked, 0 of 12 look-alikes changed."""
    cases = [
        ("value named by its key", '{{"mcpServers": {{"github": {{"command": "npx", "env": {{"GITHUB_PERSONAL_ACCESS_TOKEN": "{s}"}}}}}}}}',
         lambda: "github_pat_" + token(22) + "_" + token(59)),
        ("value named by its key", '{{"mcpServers": {{"linear": {{"url": "https://mcp.linear.app/sse", "headers": {{"Authorization": "Bearer {s}"}}}}}}}}',
         lambda: "lin_api_" + token(40)),
        ("a command form that takes a secret", 'claude mcp add --transport http notion https://mcp.notion.com/mcp --header "X-API-Key: {s}"', lambda: token(40)),
        ("variable names the rules lack", "ANTHROPIC_API_KEY={s}", lambda: "sk-ant-api03-" + token(93, string.ascii_letters + string.digits + "-_") + "AA"),
        ("variable names the rules lack", "export GEMINI_API_KEY={s}", lambda: "AIza" + token(35, string.ascii_letters + string.digits + "-_")),
        ("variable names the rules lack", "HF_TOKEN={s}", lambda: "hf_" + token(34)),
        ("variable names the rules lack", "GROQ_API_KEY={s}", lambda: "gsk_" + token(52)),
        ("variable names the rules lack", 'OPENROUTER_API_KEY="{s}"', lambda: "sk-or-v1-" + hexkey(64)),
        ("variable names the rules lack", "LANGSMITH_API_KEY={s}", lambda: "lsv2_pt_" + hexkey(32) + "_" + hexkey(10)),
        ("variable names the rules lack", "PINECONE_API_KEY={s}", lambda: "pcsk_" + token(6) + "_" + token(64)),
        ("variable names the rules lack", "REPLICATE_API_TOKEN={s}", lambda: "r8_" + token(37)),
        ("variable names the rules lack", "XAI_API_KEY={s}", lambda: "xai-" + token(80)),
        ("variable names the rules lack", "WANDB_API_KEY={s}", lambda: hexkey(40)),
        ("value named by its key", '[model_providers.azure]\nname = "Azure"\nbase_url = "https://corp.openai.azure.com/openai"\nquery_params = {{ api-key = "{s}" }}', lambda: hexkey(32)),
        ("value named by its key", '{{"security": {{"auth": {{"selectedType": "gemini-api-key"}}}}, "apiKey": "{s}"}}', lambda: "AIza" + token(35)),
        ("value named by its key", "const supabase = createClient(url, '{s}')", lambda: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + token(120, string.ascii_letters + string.digits + "-_") + "." + token(43, string.ascii_letters + string.digits + "-_")),
    ]
    return _filled("held_out_34", cases)


BENIGN_LOOKALIKES_24 = [  # written with held_out_34, measured once
    '{"mcpServers": {"github": {"command": "npx", "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}"}}}}',
    '{"mcpServers": {"linear": {"url": "https://mcp.linear.app/sse"}}}', "claude mcp add --transport http notion https://mcp.notion.com/mcp",
    "ANTHROPIC_API_KEY=", "export GEMINI_API_KEY=$(op read op://dev/gemini/key)", "HF_TOKEN is read from ~/.cache/huggingface/token",
    'OPENROUTER_API_KEY="<your key>"', "LANGSMITH_TRACING=true", "PINECONE_INDEX=docs-prod", 'query_params = { api-version = "2025-04-01-preview" }',
    '{"security": {"auth": {"selectedType": "oauth-personal"}}}', "const supabase = createClient(url, process.env.SUPABASE_ANON_KEY)",
]


def _held_out_35() -> list[Item]:
    """Business systems' keys where an agent that runs a back office meets them: Shopify, Square, PayPal/Braintree,
    Plaid, Xero, HubSpot, Salesforce, Zendesk, Okta, Atlassian, Datadog, New Relic, Sentry DSNs, PagerDuty,
    Mailchimp; in curl headers, SDK constructors, .env lines and JSON configs; written after poisoning round 54 and
    measured once: 0 of 16 leaked, 0 of 11 look-alikes changed."""
    cases = [
        ("value named by its key", 'curl -H "X-Shopify-Access-Token: {s}" https://shop.myshopify.com/admin/api/2025-01/orders.json', lambda: "shpat_" + hexkey(32)),
        ("variable names the rules lack", "SQUARE_ACCESS_TOKEN={s}", lambda: "EAAA" + token(60, string.ascii_letters + string.digits + "-_")),
        ("value named by its key", "braintree.BraintreeGateway(braintree.Configuration(environment=braintree.Environment.Production, merchant_id='m1', public_key='pk1', private_key='{s}'))", lambda: hexkey(32)),
        ("variable names the rules lack", 'PLAID_SECRET="{s}"', lambda: hexkey(30)),
        ("value named by its key", '{{"xero": {{"client_id": "ABCDEF0123456789ABCDEF0123456789", "client_secret": "{s}"}}}}', lambda: token(48, string.ascii_letters + string.digits + "-_")),
        ("value named by its key", "Authorization: Bearer {s}", lambda: "pat-na1-" + "-".join(hexkey(n) for n in (8, 4, 4, 4, 12))),
        ("value named by its key", "sf login --instance-url https://corp.my.salesforce.com --access-token {s}", lambda: "00D" + token(12) + "!" + token(96, string.ascii_letters + string.digits + "._")),
        ("a command form that takes a secret", "curl -u agent@corp.example/token:{s} https://corp.zendesk.com/api/v2/tickets.json", lambda: token(40)),
        ("value named by its key", "Authorization: SSWS {s}", lambda: "00" + token(40, string.ascii_letters + string.digits + "-_")),
        ("a command form that takes a secret", "curl -u ops@corp.example:{s} https://corp.atlassian.net/rest/api/3/myself", lambda: "ATATT3xFfGF0" + token(180, string.ascii_letters + string.digits + "-_=")),
        ("variable names the rules lack", "DD_API_KEY={s}", lambda: hexkey(32)),
        ("variable names the rules lack", "NEW_RELIC_LICENSE_KEY={s}", lambda: hexkey(36) + "NRAL"),
        ("value named by its key", 'sentry_sdk.init(dsn="https://{s}@o4505.ingest.sentry.io/4505")', lambda: hexkey(32)),
        ("value named by its key", '{{"routing_key": "{s}", "event_action": "trigger"}}', lambda: hexkey(32)),
        ("variable names the rules lack", "MAILCHIMP_API_KEY={s}", lambda: hexkey(32) + "-us21"),
        ("value named by its key", "Token token={s}", lambda: "u+" + token(18)),
    ]
    return _filled("held_out_35", cases)


BENIGN_LOOKALIKES_25 = [  # written with held_out_35, measured once
    "curl https://shop.myshopify.com/admin/api/2025-01/orders.json", "SQUARE_ENVIRONMENT=production", "PLAID_ENV=sandbox",
    '{"xero": {"client_id": "ABCDEF0123456789ABCDEF0123456789", "redirect_uri": "https://app.example.com/cb"}}',
    "sf login --instance-url https://corp.my.salesforce.com", "DD_SITE=datadoghq.eu", "NEW_RELIC_APP_NAME=checkout",
    'sentry_sdk.init(dsn=os.environ["SENTRY_DSN"])', '{"routing_key": "${PD_ROUTING_KEY}", "event_action": "trigger"}',
    "MAILCHIMP_SERVER_PREFIX=us21", "Authorization: Bearer $HUBSPOT_TOKEN",
]


def _held_out_36() -> list[Item]:
    """Secrets in the shapes tools print them when something goes wrong or is inspected: a HAR entry's header
    pair, ``docker inspect``'s ``Env`` list, a traceback's local variables, a SQL ``INSERT``, a CSV export, a
    Terraform plan, a notebook's output cell, a systemd unit, a PHP ``define``, an XML element, ``.pgpass`` and
    ``wpa_supplicant`` lines, ``sshpass`` and ``mysql -p``, an SMTP ``AUTH PLAIN``, an ASP.NET connection string;
    written after poisoning round 61 and measured once: 0 of 16 leaked, 0 of 11 look-alikes changed."""
    cases = [
        ("value named by its key", '{{"request": {{"headers": [{{"name": "Authorization", "value": "Bearer {s}"}}, {{"name": "Accept", "value": "*/*"}}]}}}}', lambda: token(40)),
        ("value named by its key", '"Env": [\n  "PATH=/usr/local/bin:/usr/bin",\n  "DB_PASSWORD={s}",\n  "LANG=C.UTF-8"\n]', random_password),
        ("value named by its key", 'File "app/db.py", line 41, in connect\n    conn = psycopg.connect(host=host, password=pw)\n  locals: host=\'db.internal\' pw=\'{s}\'', random_password),
        ("value named by its key", "INSERT INTO users (email, password, role) VALUES ('ops@corp.example', '{s}', 'admin');", random_password),
        ("value named by its key", "id,service,username,password,url\n7,billing,svc-billing,{s},https://billing.internal", random_password),
        ("value named by its key", '  + resource "aws_db_instance" "main" {{\n      + username = "app"\n      + password = "{s}"\n    }}', random_password),
        ("value named by its key", '{{"cell_type": "code", "outputs": [{{"name": "stdout", "text": ["token: {s}\\n"]}}]}}', lambda: token(32)),
        ("variable names the rules lack", "[Service]\nEnvironment=API_SECRET={s}\nExecStart=/usr/bin/api", lambda: token(32)),
        ("value named by its key", "define('DB_PASSWORD', '{s}');", random_password),
        ("value named by its key", "<datasource><user>app</user><password>{s}</password></datasource>", random_password),
        ("a command form that takes a secret", "db.internal:5432:orders:app:{s}", random_password),
        ("value named by its key", 'network={{\n    ssid="CorpWiFi"\n    psk="{s}"\n}}', random_password),
        ("a command form that takes a secret", "sshpass -p '{s}' ssh deploy@10.0.4.7 uptime", random_password),
        ("a command form that takes a secret", "mysql -h db.internal -u root -p{s} orders", lambda: token(14)),
        ("a command form that takes a secret", "C: AUTH PLAIN {s}\nS: 235 2.7.0 Authentication successful", lambda: token(28, string.ascii_letters + string.digits + "+/") + "=="),
        ("value named by its key", '{{"ConnectionStrings": {{"Main": "Server=sql.internal;Database=orders;User Id=app;Password={s};"}}}}', random_password),
    ]
    return _filled("held_out_36", cases)


BENIGN_LOOKALIKES_26 = [  # written with held_out_36, measured once
    '{"request": {"headers": [{"name": "Accept", "value": "*/*"}]}}', '"Env": ["PATH=/usr/local/bin:/usr/bin", "LANG=C.UTF-8"]',
    "INSERT INTO users (email, role) VALUES ('ops@corp.example', 'admin');", "id,service,username,url\n7,billing,svc-billing,https://billing.internal",
    '  + password = (sensitive value)', "[Service]\nEnvironment=LOG_LEVEL=debug", "define('DB_HOST', 'db.internal');",
    "<datasource><user>app</user><password-file>/run/secrets/db</password-file></datasource>", "sshpass -f ~/.ssh/pass.txt ssh deploy@10.0.4.7 uptime",
    "mysql -h db.internal -u root -p orders", "S: 235 2.7.0 Authentication successful",
]


def _held_out_37() -> list[Item]:
    """A password said in a sentence in languages no earlier split used, and as people chat: Georgian, Armenian, Amharic,
    Tamil, Icelandic, Welsh, Basque, Albanian, Kazakh, Mongolian, Uzbek, Hinglish, Taglish, Russian in Latin letters,
    Indonesian slang and a romanised Japanese line; written after poisoning round 65 and measured once: 0 of 16 leaked,
    0 of 10 look-alikes changed (the values carry a generated password's shape: held_out_38 says word-like ones)."""
    cases = [
        ("a secret said in words", "ჩემი სერვერის პაროლია {s}", random_password),
        ("a secret said in words", "սերվերի գաղտնաբառը {s} է", random_password),
        ("a secret said in words", "የአገልጋዩ የይለፍ ቃል {s} ነው", random_password),
        ("a secret said in words", "சர்வர் கடவுச்சொல் {s}", random_password),
        ("a secret said in words", "lykilorðið á þjóninum er {s}", random_password),
        ("a secret said in words", "y cyfrinair ar gyfer y gweinydd yw {s}", random_password),
        ("a secret said in words", "zerbitzariaren pasahitza {s} da", random_password),
        ("a secret said in words", "fjalëkalimi i serverit është {s}", random_password),
        ("a secret said in words", "сервердің құпия сөзі: {s}", random_password),
        ("a secret said in words", "серверийн нууц үг: {s}", random_password),
        ("a secret said in words", "serverning paroli {s}", random_password),
        ("a secret said in words", "prod db ka password hai {s}, kisi ko mat batana", random_password),
        ("a secret said in words", "ang password ng admin ay {s}", random_password),
        ("a secret said in words", "parol' ot bazy: {s}", random_password),
        ("a secret said in words", "passwordnya server itu {s} ya", random_password),
        ("a secret said in words", "saabaa no pasuwaado wa {s} desu", random_password),
    ]
    return _filled("held_out_37", cases)


BENIGN_LOOKALIKES_27 = [  # written with held_out_37, measured once
    "ჩემი სერვერის პაროლი შეიცვალა", "lykilorðið var endurstillt í gær", "y cyfrinair wedi newid", "pasahitza aldatu da",
    "fjalëkalimi u ndryshua dje", "password badal gaya hai, vault mein dekho", "ang password ay nasa vault",
    "parol' smenili vchera", "passwordnya udah diganti kemarin", "pasuwaado wa kinou kaemashita",
]


def _held_out_38() -> list[Item]:
    """held_out_37's sentences with the passwords people choose themselves (a word and digits, a pet and a year, a
    season), whose shape says nothing, in the same languages; written after held_out_37 and measured once: 12 of 16 leaked (75%), all 12
    would reach a lesson (the lesson net alone misses them too); now 0."""
    cases = [
        ("a secret said in words", "ჩემი სერვერის პაროლია {s}", word_number),
        ("a secret said in words", "սերվերի գաղտնաբառը {s} է", pet_password),
        ("a secret said in words", "የአገልጋዩ የይለፍ ቃል {s} ነው", season_password),
        ("a secret said in words", "சர்வர் கடவுச்சொல் {s}", two_words_digits),
        ("a secret said in words", "lykilorðið á þjóninum er {s}", word_number),
        ("a secret said in words", "y cyfrinair ar gyfer y gweinydd yw {s}", pet_password),
        ("a secret said in words", "zerbitzariaren pasahitza {s} da", season_password),
        ("a secret said in words", "fjalëkalimi i serverit është {s}", two_words_digits),
        ("a secret said in words", "сервердің құпия сөзі: {s}", word_number),
        ("a secret said in words", "серверийн нууц үг: {s}", pet_password),
        ("a secret said in words", "serverning paroli {s}", season_password),
        ("a secret said in words", "prod db ka password hai {s}, kisi ko mat batana", two_words_digits),
        ("a secret said in words", "ang password ng admin ay {s}", word_number),
        ("a secret said in words", "parol' ot bazy: {s}", pet_password),
        ("a secret said in words", "passwordnya server itu {s} ya", season_password),
        ("a secret said in words", "saabaa no pasuwaado wa {s} desu", two_words_digits),
    ]
    return _filled("held_out_38", cases)



def _held_out_39() -> list[Item]:
    """Notes typed in a hurry (chat spelling, "pw", "creds ->", a user and password with a slash), and the password
    flags of tools no earlier split used (smbclient's ``%``, ldapsearch ``-w``, keytool's store passwords, redis-cli
    ``-a``, sshpass, 7-Zip ``-p``, gpg ``--passphrase``, mongosh, wget, ``net use``, ipmitool ``-P``); written after
    poisoning round 66 and measured once: 2 of 16 leaked (12%), 1 would reach a lesson; 1 of 10 look-alikes changed; now 0 and 0."""
    cases = [
        ("a secret said in words", "db pw 4 staging is {s} lol", word_number),
        ("a secret said in words", "creds → admin / {s}", random_password),
        ("a secret said in words", "login 4 the router: admin/{s}", pet_password),
        ("a secret said in words", "the pass is {s} btw, dont share", season_password),
        ("a secret said in words", "psw: {s}", two_words_digits),
        ("a password on a command line", "smbclient //fs01/finance -U alice%{s} -c 'ls'", random_password),
        ("a password on a command line", "ldapsearch -x -D cn=admin,dc=corp,dc=local -w {s} -b dc=corp,dc=local", word_number),
        ("a password on a command line", "keytool -importkeystore -srckeystore old.jks -srcstorepass {s} -deststorepass changeit", pet_password),
        ("a password on a command line", "redis-cli -h cache.internal -a {s} ping", random_password),
        ("a password on a command line", "sshpass -p '{s}' ssh deploy@10.0.4.17 uptime", season_password),
        ("a password on a command line", "7z x backup-2024.7z -p{s} -o/tmp/restore", random_password),
        ("a password on a command line", "gpg --batch --yes --passphrase {s} -d secrets.env.gpg", two_words_digits),
        ("a password on a command line", "mongosh 'mongodb://app@db01:27017/shop' --password {s}", word_number),
        ("a password on a command line", "wget --user=ci --password={s} https://artifacts.corp.example/build.tgz", random_password),
        ("a password on a command line", "net use Z: \\\\fs01\\share /user:CORP\\alice {s}", pet_password),
        ("a password on a command line", "ipmitool -I lanplus -H bmc01 -U ADMIN -P {s} chassis status", season_password),
    ]
    return _filled("held_out_39", cases)


BENIGN_LOOKALIKES_28 = [  # written with held_out_39, measured once
    "db pw 4 staging is in the vault lol", "creds → in 1Password, ask ops", "login 4 the router: see the wiki",
    "the pass rate is 98% btw", "ssh -p 2222 deploy@10.0.4.17 uptime", "7z x backup-2024.7z -o/tmp/restore",
    "keytool -list -keystore old.jks", "gpg --batch --passphrase-file ~/.gnupg/pp.txt -d secrets.env.gpg",
    "ipmitool -I lanplus -H bmc01 -U ADMIN -E chassis status", "net use Z: \\\\fs01\\share /user:CORP\\alice *",
]



def _held_out_40() -> list[Item]:
    """A credential printed alone by the command on the line before it, in commands no earlier split used (Bitwarden,
    Secret Manager, Terraform outputs, sops, jq on a creds file, an environment variable echoed, Docker secrets, SSM
    with decryption, chamber, gopass, LastPass, KeePassXC, a PowerShell credential, Heroku config) and prompts of other
    shells; written after poisoning round 67 and measured once: 2 of 16 leaked (12%), 0 would reach a lesson; 1 of 10 look-alikes changed; now 0 and 0."""
    cases = [
        ("a credential printed by the command before it", "$ bw get password prod-db\n{s}\n", pet_password),
        ("a credential printed by the command before it", "❯ gcloud secrets versions access latest --secret=db-pass\n{s}\n", word_number),
        ("a credential printed by the command before it", "$ terraform output -raw db_password\n{s}\n", season_password),
        ("a credential printed by the command before it", "$ sops -d --extract '[\"db\"][\"password\"]' secrets.enc.yaml\n{s}\n", two_words_digits),
        ("a credential printed by the command before it", "$ jq -r .password ~/.config/app/creds.json\n{s}\n", pet_password),
        ("a credential printed by the command before it", "$ echo $API_TOKEN\n{s}\n", word_number),
        ("a credential printed by the command before it", "root@build:~# cat /run/secrets/db_password\n{s}\n", season_password),
        ("a credential printed by the command before it", "$ aws ssm get-parameter --name /prod/db/pass --with-decryption --query Parameter.Value --output text\n{s}\n", random_password),
        ("a credential printed by the command before it", "$ chamber read prod db_password -q\n{s}\n", two_words_digits),
        ("a credential printed by the command before it", "$ gopass show -o infra/db\n{s}\n", pet_password),
        ("a credential printed by the command before it", "$ lpass show --password Shared-Infra/db\n{s}\n", word_number),
        ("a credential printed by the command before it", "$ keepassxc-cli show -s -a Password vault.kdbx db\n{s}\n", season_password),
        ("a credential printed by the command before it", "PS> $cred.GetNetworkCredential().Password\n{s}\n", two_words_digits),
        ("a credential printed by the command before it", "$ heroku config:get DATABASE_PASSWORD -a shop\n{s}\n", random_password),
        ("a credential printed by the command before it", "~/infra $ pulumi config get dbPassword\n{s}\n", pet_password),
        ("a credential printed by the command before it", "$ ansible-vault view group_vars/prod/vault.yml --vault-id prod@prompt | grep db_pass | cut -d' ' -f2\n{s}\n", word_number),
    ]
    return _filled("held_out_40", cases)


BENIGN_LOOKALIKES_29 = [  # written with held_out_40, measured once
    "$ terraform output -raw lb_dns_name\nshop-prod-lb-1234.eu-west-1.elb.amazonaws.com\n", "$ echo $HOME\n/home/alice\n",
    "$ jq -r .version package.json\n2.14.1\n", "$ heroku config:get WEB_CONCURRENCY -a shop\n4\n",
    "$ gcloud secrets list\nNAME       CREATED\ndb-pass    2024-05-01\n",
    "$ aws ssm get-parameter --name /prod/app/region --query Parameter.Value --output text\neu-west-1\n",
    "$ cat /run/secrets/README\nmounted by docker\n", "$ openssl version\nOpenSSL 3.0.13 30 Jan 2024\n",
    "$ lpass show --username Shared-Infra/db\nsvc_backup_user\n", "$ echo $SHELL\n/usr/bin/zsh\n",
]



def _held_out_41() -> list[Item]:
    """A password as a positional argument or in a command's own form: Oracle's user/password@db, nmcli and
    wpa_passphrase, cmdkey, schtasks and net user, ConvertTo-SecureString, an auth tuple, HTTPBasicAuth, smtplib and
    ftplib logins, pymysql's positional connect, NetworkCredential, Helm's --set; written after poisoning round 69 and
    measured once: 2 of 16 leaked (12%), 2 would reach a lesson; 1 of 10 look-alikes changed; now 0 and 0."""
    cases = [
        ("a password on a command line", "sqlplus system/{s}@//db01:1521/XEPDB1 @schema.sql", word_number),
        ("a password on a command line", "expdp scott/{s}@orcl schemas=SALES directory=DUMP", pet_password),
        ("a password on a command line", "nmcli dev wifi connect Office-5G password {s}", season_password),
        ("a password on a command line", "wpa_passphrase Office-5G {s} >> /etc/wpa_supplicant.conf", two_words_digits),
        ("a password on a command line", "cmdkey /add:fs01.corp.local /user:CORP\\svc_backup /pass:{s}", random_password),
        ("a password on a command line", "schtasks /create /tn Backup /tr backup.cmd /sc daily /ru CORP\\svc_backup /rp {s}", word_number),
        ("a password on a command line", "net user helpdesk {s} /add /domain", pet_password),
        ("a password on a command line", "$pw = ConvertTo-SecureString '{s}' -AsPlainText -Force", season_password),
        ("key material quoted alone", "resp = requests.get(url, auth=(\"svc-report\", \"{s}\"))", two_words_digits),
        ("key material quoted alone", "session.auth = HTTPBasicAuth('deploy', '{s}')", random_password),
        ("key material quoted alone", "server.login(\"alerts@corp.example\", \"{s}\")", word_number),
        ("key material quoted alone", "ftp = FTP('ftp.partner.example', 'upload', '{s}')", pet_password),
        ("key material quoted alone", "conn = pymysql.connect('db01', 'root', '{s}', 'shop')", season_password),
        ("key material quoted alone", "var cred = new NetworkCredential(\"svc_sync\", \"{s}\");", two_words_digits),
        ("a password on a command line", "helm install pg bitnami/postgresql --set auth.postgresPassword={s}", random_password),
        ("a password on a command line", "mysqldump -h db01 -u backup -p{s} shop > shop.sql", word_number),
    ]
    return _filled("held_out_41", cases)


BENIGN_LOOKALIKES_30 = [  # written with held_out_41, measured once
    "sqlplus /nolog @schema.sql", "nmcli dev wifi connect Office-5G --ask", "wpa_passphrase Office-5G < /run/secrets/wifi",
    "cmdkey /list", "net user helpdesk /domain", "resp = requests.get(url, auth=(user, os.environ['REPORT_PW']))",
    "server.login(user, password)", "conn = pymysql.connect(host, user, password, 'shop')",
    "helm install pg bitnami/postgresql --set auth.existingSecret=pg-auth", "mysqldump -h db01 -u backup -p shop > shop.sql",
]



def _held_out_42() -> list[Item]:
    """Secrets in network devices' and servers' own configuration lines, where the keyword is the directive's and not a
    variable's: TACACS+ and RADIUS keys, an ISAKMP pre-shared key, PPP CHAP, BGP neighbour and OSPF/NTP keys, Junos
    authentication keys and IKE pre-shared keys, strongSwan's ipsec.secrets, WireGuard's PresharedKey, FreeRADIUS
    clients, MikroTik and FortiGate CLI, Ubiquiti's x_passphrase; written after poisoning round 71 and measured once:
    3 of 16 leaked (19%), 0 would reach a lesson; 0 of 10 look-alikes changed; now 0 and 0."""
    cases = [
        ("a command form that takes a secret", "tacacs-server host 10.1.1.5 key {s}", word_number),
        ("a command form that takes a secret", "radius-server key 7 {s}", pet_password),
        ("a command form that takes a secret", "crypto isakmp key {s} address 203.0.113.7", season_password),
        ("a command form that takes a secret", "ppp chap password 0 {s}", two_words_digits),
        ("a command form that takes a secret", " neighbor 192.0.2.1 password {s}", random_password),
        ("a command form that takes a secret", " ip ospf message-digest-key 1 md5 {s}", word_number),
        ("a command form that takes a secret", "ntp authentication-key 10 md5 {s}", pet_password),
        ("a command form that takes a secret", 'set protocols bgp group ext authentication-key "{s}"', season_password),
        ("a command form that takes a secret", 'set security ike policy vpn pre-shared-key ascii-text "{s}"', two_words_digits),
        ("a command form that takes a secret", '203.0.113.7 198.51.100.2 : PSK "{s}"', random_password),
        ("a command form that takes a secret", "[Peer]\nPublicKey = hX4z/7T0yc2m9Vd0n7uYtq8GfPz2Xb0a1sRkL3eWm0Q=\nPresharedKey = {s}\n", base64_key),
        ("a command form that takes a secret", "client nas01 {{\n    ipaddr = 10.0.0.9\n    secret = {s}\n}}", word_number),
        ("a command form that takes a secret", "/user set admin password={s}", pet_password),
        ("a command form that takes a secret", "config vpn ipsec phase1-interface\n    edit \"hq\"\n        set psksecret {s}\n", season_password),
        ("a command form that takes a secret", "wireless.1.ssid=Office\nwireless.1.x_passphrase={s}", two_words_digits),
        ("a command form that takes a secret", "line vty 0 4\n password 7 {s}\n login", word_number),
    ]
    return _filled("held_out_42", cases)


BENIGN_LOOKALIKES_31 = [  # written with held_out_42, measured once
    "tacacs-server host 10.1.1.5", "radius-server retransmit 3", "crypto isakmp policy 10", "ppp chap hostname branch01",
    " neighbor 192.0.2.1 remote-as 64512", " ip ospf message-digest-key 1 md5 <removed>", "ntp authenticate",
    "set security ike policy vpn mode main", "client nas01 {\n    ipaddr = 10.0.0.9\n}", "line vty 0 4\n login local",
]



def _held_out_43() -> list[Item]:
    """A secret written as the fallback for a setting that is unset: ``os.getenv("DB_PASSWORD", "…")``,
    ``process.env.API_KEY || "…"``, ``${DB_PASSWORD:-…}`` in shell and Compose, Spring's ``${db.password:…}``, Ruby's
    ``ENV.fetch(…) { "…" }``, Go's and Rust's ``or`` defaults, PHP's ``?:``, a Terraform variable's default, Helm's
    ``| default``, argparse and click option defaults, viper and django-environ defaults; written after poisoning
    round 73 and measured once: 1 of 16 leaked (Compose's ``${POSTGRES_PASSWORD:-…}``), and it would reach a lesson; now 0."""
    cases = [
        ("a secret as a variable's default", 'DB_PASSWORD = os.getenv("DB_PASSWORD", "{s}")', word_number),
        ("a secret as a variable's default", "const apiKey = process.env.STRIPE_API_KEY || '{s}';", lambda: "sk_live_" + token(24)),
        ("a secret as a variable's default", 'psql "postgresql://app:${PGPASSWORD:-{s}}@db:5432/app"', pet_password),
        ("a secret as a variable's default", "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-{s}}\n", season_password),
        ("a secret as a variable's default", '@Value("${mail.smtp.password:{s}}")\nprivate String smtpPassword;', two_words_digits),
        ("a secret as a variable's default", 'secret_key_base = ENV.fetch("SECRET_KEY_BASE") { "{s}" }', lambda: hexkey(64)),
        ("a secret as a variable's default", 'token := os.Getenv("GITHUB_TOKEN")\nif token == "" {\n\ttoken = "{s}"\n}', lambda: "ghp_" + token(36)),
        ("a secret as a variable's default", 'let key = env::var("SIGNING_KEY").unwrap_or_else(|_| "{s}".to_string());', lambda: token(32)),
        ("a secret as a variable's default", "$pass = getenv('DB_PASS') ?: '{s}';", random_password),
        ("a secret as a variable's default", 'variable "admin_password" {\n  type    = string\n  default = "{s}"\n}', word_number),
        ("a secret as a variable's default", 'password: {{ .Values.redis.password | default "{s}" | quote }}', pet_password),
        ("a secret as a variable's default", 'parser.add_argument("--api-token", default="{s}")', lambda: token(40)),
        ("a secret as a variable's default", '@click.option("--password", default="{s}", help="broker password")', season_password),
        ("a secret as a variable's default", 'viper.SetDefault("database.password", "{s}")', two_words_digits),
        ("a secret as a variable's default", 'SECRET_KEY = env("DJANGO_SECRET_KEY", default="{s}")', lambda: token(50, string.ascii_letters + string.digits + "!@#%^&*(-_=+)")),
        ("a secret as a variable's default", 'smtp_pass = os.environ.get("SMTP_PASS") or "{s}"', random_password),
    ]
    return _filled("held_out_43", cases)


BENIGN_LOOKALIKES_32 = [  # written with held_out_43, measured once
    'DB_HOST = os.getenv("DB_HOST", "localhost")', "const port = process.env.PORT || '3000';",
    'psql "postgresql://app@${PGHOST:-db}:5432/app"', "      POSTGRES_DB: ${POSTGRES_DB:-app}",
    '@Value("${mail.smtp.host:smtp.example.com}")', 'timeout = ENV.fetch("TIMEOUT") { "30" }',
    'variable "region" {\n  default = "eu-west-1"\n}', 'parser.add_argument("--log-level", default="info")',
    'viper.SetDefault("database.port", 5432)', 'DEBUG = env.bool("DEBUG", default=False)',
]



def _held_out_44() -> list[Item]:
    """Secrets in the files an agent reads and writes around its work: notebook magics (``%env``, ``%set_env``,
    ``!export``), REST Client ``.http`` variables, Bruno's ``vars`` block, ``.curlrc`` and ``.wgetrc``, ``.s3cfg``,
    rclone's ``pass``, ``.yarnrc.yml``'s npmAuthToken, Composer's ``auth.json``, RubyGems' credentials, ``.terraformrc``,
    gh's ``hosts.yml``, ``.pypirc``, a Postman-style key/value row; written after poisoning round 74 and measured once:
    1 of 16 leaked (``.curlrc``'s ``user = "deploy:…"``), and it would reach a lesson; now 0."""
    cases = [
        ("a tool's own config or a notebook magic", "%env OPENAI_API_KEY=sk-proj-{s}", lambda: token(48)),
        ("a tool's own config or a notebook magic", "%set_env HF_TOKEN=hf_{s}", lambda: token(34)),
        ("a tool's own config or a notebook magic", "!export DB_PASSWORD={s} && python load.py", word_number),
        ("a tool's own config or a notebook magic", "@baseUrl = https://api.example.com\n@token = {s}\n\nGET {{baseUrl}}/me\nAuthorization: Bearer {{token}}", lambda: token(40)),
        ("a tool's own config or a notebook magic", 'user = "deploy:{s}"', pet_password),
        ("a tool's own config or a notebook magic", "http_user = sync\nhttp_password = {s}", season_password),
        ("a tool's own config or a notebook magic", "[default]\naccess_key = AKIA{s}\nsecret_key = ", lambda: token(16, string.ascii_uppercase + string.digits)),
        ("a tool's own config or a notebook magic", "[backup]\ntype = sftp\nhost = files.example.com\nuser = sync\npass = {s}", lambda: token(43, string.ascii_letters + string.digits + "-_")),
        ("a tool's own config or a notebook magic", 'npmRegistryServer: "https://npm.pkg.github.com"\nnpmAuthToken: "{s}"', lambda: "ghp_" + token(36)),
        ("a tool's own config or a notebook magic", '{"github-oauth": {"github.com": "{s}"}}', lambda: "gho_" + token(36)),
        ("a tool's own config or a notebook magic", "---\n:rubygems_api_key: rubygems_{s}", lambda: hexkey(48)),
        ("a tool's own config or a notebook magic", 'credentials "app.terraform.io" {\n  token = "{s}"\n}', lambda: token(14) + ".atlasv1." + token(60)),
        ("a tool's own config or a notebook magic", "github.com:\n    oauth_token: gho_{s}\n    user: alice\n    git_protocol: https", lambda: token(36)),
        ("a tool's own config or a notebook magic", "[pypi]\nusername = __token__\npassword = pypi-{s}", lambda: token(60, string.ascii_letters + string.digits + "-_")),
        ("a tool's own config or a notebook magic", "vars {\n  baseUrl: https://api.example.com\n  apiKey: {s}\n}", lambda: token(32)),
        ("a tool's own config or a notebook magic", '{"key": "x-api-key", "value": "{s}", "type": "text", "enabled": true}', lambda: token(40)),
    ]
    return _filled("held_out_44", cases)


BENIGN_LOOKALIKES_33 = [  # written with held_out_44, measured once
    "%env PYTHONPATH=/srv/lib", "@baseUrl = https://api.example.com", "timeout = 30\ntries = 3", "[backup]\ntype = sftp\nuser = sync",
    'npmRegistryServer: "https://registry.yarnpkg.com"', '{"github-oauth": {}}',
    'plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"', "github.com:\n    git_protocol: ssh",
    "[pypi]\nrepository = https://upload.pypi.org/legacy/", "vars {\n  baseUrl: https://api.example.com\n}",
]



def _basic(user: str):
    return lambda: base64.b64encode(f"{user}:{word_number()}".encode()).decode()


def _held_out_45() -> list[Item]:
    """A secret escaped or encoded the way the place it sits in needs: a form body's and a URL's percent-escapes, JSON's
    ``\\u`` escapes and JSON inside a JSON string, HTML entities, a Basic header's base64 of ``user:password``, XML
    CDATA, YAML's and SQL's doubled quotes, shell backslashes and cmd's carets; written after poisoning round 77 and
    measured once: 2 of 16 leaked (YAML's and SQL's doubled quotes: ``'it''s-…'``), 1 would reach a lesson, and 1 of 10
    look-alikes changed (an HTML entity in a search box's value); now 0 and 0."""
    cases = [
        ("a secret escaped or encoded for where it sits", "username=alice&password={s}%21%23&remember=1", word_number),
        ("a secret escaped or encoded for where it sits", '{"user": "svc", "password": "\\u0040{s}"}', pet_password),
        ("a secret escaped or encoded for where it sits", '<input type="password" name="pw" value="{s}&#33;">', season_password),
        ("a secret escaped or encoded for where it sits", "GET /api/v2/me HTTP/1.1\nHost: api.example.com\nAuthorization: Basic {s}\n", _basic("deploy")),
        ("a secret escaped or encoded for where it sits", "https://deploy:{s}%40%21@git.example.com/team/app.git", two_words_digits),
        ("a secret escaped or encoded for where it sits", "export DB_PASS={s}\\$2024\\!", pet_password),
        ("a secret escaped or encoded for where it sits", '"payload": "{\\"api_key\\": \\"{s}\\", \\"region\\": \\"eu\\"}"', lambda: token(32)),
        ("a secret escaped or encoded for where it sits", "password: 'it''s-{s}'", word_number),
        ("a secret escaped or encoded for where it sits", "<password><![CDATA[{s}]]></password>", random_password),
        ("a secret escaped or encoded for where it sits", "set DB_PASS={s}^&77", season_password),
        ("a secret escaped or encoded for where it sits", "ALTER USER app WITH PASSWORD 'Kaff''{s}';", word_number),
        ("a secret escaped or encoded for where it sits", "curl -s -H 'Authorization: Basic {s}' https://registry.example.com/v2/_catalog", _basic("ci")),
        ("a secret escaped or encoded for where it sits", "client_secret=%22{s}%22&grant_type=client_credentials", lambda: token(40)),
        ("a secret escaped or encoded for where it sits", "{\"env\": {\"SMTP_PASSWORD\": \"{s}\\u0021\"}}", two_words_digits),
        ("a secret escaped or encoded for where it sits", "pwd = &quot;{s}&quot;", pet_password),
        ("a secret escaped or encoded for where it sits", "proxy=http://ops:{s}%23@proxy.example.com:3128", random_password),
    ]
    return _filled("held_out_45", cases)


BENIGN_LOOKALIKES_34 = [  # written with held_out_45, measured once
    "username=alice&remember=1&next=%2Fhome", '{"user": "svc", "note": "\\u0040mention"}', '<input type="text" name="q" value="caf&#233;">',
    "Authorization: Basic realm=\"registry\"", "https://git.example.com/team/app%20old.git", "export PS1=\\$\\ ",
    "password: ''", "<description><![CDATA[Use the reset link]]></description>", "set PATH=%PATH%;C:\\tools", "pwd = &quot;/srv/app&quot;",
]



def _held_out_46() -> list[Item]:
    """A secret under a key named in another language, in the shapes code and config give keys: Spanish
    ``contraseña``, French ``mot_de_passe``, German ``Passwort``, Portuguese ``senha``, Italian ``parola_d_ordine``,
    Dutch ``wachtwoord``, Polish ``hasło``, Turkish ``şifre``, Czech ``heslo``, Hungarian ``jelszó``, Finnish
    ``salasana``, Indonesian ``kata_sandi``, Russian ``пароль``, Japanese ``パスワード``, Chinese ``密码`` and Korean
    ``비밀번호``; written after poisoning round 78 and measured once: 5 of 16 leaked (a key's other words beside the
    language's word for password: ``contraseña_bd``, ``MOT_DE_PASSE_SMTP``, ``hasło_do_bazy``, ``KATA_SANDI_DB``, ``пароль_бд``), 2 would
    reach a lesson; now 0."""
    cases = [
        ("a secret under a key in another language", 'contraseña_bd = "{s}"', word_number),
        ("a secret under a key in another language", "MOT_DE_PASSE_SMTP={s}", pet_password),
        ("a secret under a key in another language", "datenbank:\n  passwort: {s}\n", season_password),
        ("a secret under a key in another language", '{"usuario": "admin", "senha": "{s}"}', two_words_digits),
        ("a secret under a key in another language", "parola_d_ordine = '{s}'", random_password),
        ("a secret under a key in another language", "wachtwoord: {s}", word_number),
        ("a secret under a key in another language", "hasło_do_bazy={s}", pet_password),
        ("a secret under a key in another language", 'şifre = "{s}"', season_password),
        ("a secret under a key in another language", "heslo={s}", two_words_digits),
        ("a secret under a key in another language", 'jelszó: "{s}"', random_password),
        ("a secret under a key in another language", "salasana={s}", word_number),
        ("a secret under a key in another language", 'KATA_SANDI_DB = "{s}"', pet_password),
        ("a secret under a key in another language", "пароль_бд: {s}", season_password),
        ("a secret under a key in another language", 'パスワード = "{s}"', two_words_digits),
        ("a secret under a key in another language", "数据库密码={s}", random_password),
        ("a secret under a key in another language", '{"비밀번호": "{s}"}', word_number),
    ]
    return _filled("held_out_46", cases)


BENIGN_LOOKALIKES_35 = [  # written with held_out_46, measured once
    'usuario_bd = "admin"', "SERVIDOR_SMTP=smtp.example.com", "datenbank:\n  benutzer: app\n", '{"usuario": "admin", "idioma": "pt"}',
    "wachtwoord_vergeten: true", "hasło_wymagane=tak", 'kullanıcı = "yonetici"', "пароль_обязателен: да", '数据库地址=db.example.com',
    '{"사용자": "admin"}',
]



def _held_out_47() -> list[Item]:
    """A password bound to its place by position, not by a name beside it: an INSERT's column list, the argument of a
    client's login or connect call (smtplib, imaplib, requests' auth tuple, HTTPBasicAuth, mysql.connector, redis,
    ldap's simple_bind_s, PHP's PDO, JDBC's getConnection), a tuple unpacked into (user, pw), and the answer a
    telnet, pexpect or expect script sends after a password prompt; written after poisoning round 85 and measured
    once: 4 of 16 leaked (redis' fourth argument, and the answers telnet, pexpect and expect send after a password
    prompt), 1 would reach a lesson; now 0."""
    cases = [
        ("a password bound by position", "INSERT INTO accounts (login, password) VALUES ('svc_backup', '{s}');", word_number),
        ("a password bound by position", 'smtp.login("alerts@example.com", "{s}")', pet_password),
        ("a password bound by position", 'r = requests.get(url, auth=("deploy", "{s}"), timeout=10)', season_password),
        ("a password bound by position", "auth = HTTPBasicAuth('ci-bot', '{s}')", two_words_digits),
        ("a password bound by position", 'imaplib.IMAP4_SSL("imap.example.com").login("ops", "{s}")', random_password),
        ("a password bound by position", 'db = mysql.connector.connect("db.internal", "app", "{s}", "shop")', word_number),
        ("a password bound by position", 'r = redis.StrictRedis("cache.internal", 6379, 0, "{s}")', pet_password),
        ("a password bound by position", 'tn.read_until(b"Password: ")\ntn.write(b"{s}\\n")', season_password),
        ("a password bound by position", 'child.expect("password:")\nchild.sendline("{s}")', two_words_digits),
        ("a password bound by position", 'expect "Password:" { send "{s}\\r" }', random_password),
        ("a password bound by position", '(user, pw) = ("admin", "{s}")', word_number),
        ("a password bound by position", 'conn.simple_bind_s("cn=admin,dc=example,dc=com", "{s}")', pet_password),
        ("a password bound by position", '$pdo = new PDO("mysql:host=db;dbname=shop", "app", "{s}");', season_password),
        ("a password bound by position", 'Connection c = DriverManager.getConnection(url, "app", "{s}");', two_words_digits),
        ("a password bound by position", "ftp = ftplib.FTP('files.example.com', 'sync', '{s}')", random_password),
        ("a password bound by position", 'client.login(username="bot", password_="{s}")', word_number),
    ]
    return _filled("held_out_47", cases)


BENIGN_LOOKALIKES_36 = [  # written with held_out_47, measured once
    "smtp.login(user, password)", 'r = requests.get(url, auth=("deploy", token))', 'HTTPBasicAuth(user, os.environ["PW"])',
    "INSERT INTO accounts (login, created) VALUES ('svc', now());", 'child.sendline("yes")', 'expect "Continue?" { send "y\\r" }',
    "mysql.connector.connect(host, user, password, db)", 'redis.StrictRedis("cache.internal", 6379, 0)', "conn.simple_bind_s(dn, pw)",
    "$pdo = new PDO($dsn, $user, $pass);",
]



def _held_out_48() -> list[Item]:
    """A credential in the settings of a build, package or deploy tool, each in the form that tool reads: a JVM
    system property, a Spring property, NuGet's ClearTextPassword, Composer's auth.json, gradle.properties, a pip
    index URL, .npmrc's _password, Maven's settings.xml, sbt's credentials file, a Cargo registry token, Helm's and
    Poetry's and Twine's and Docker's login arguments, an Ansible inventory line and a .pgpass line; written after
    poisoning round 91 and measured once: 3 of 16 leaked (a camelCase key ending in Password, Poetry's http-basic arguments,
    Twine's -p), 2 would reach a lesson; now 0."""
    cases = [
        ("a credential in a build or package tool's settings", "java -Djavax.net.ssl.keyStorePassword={s} -jar app.jar", word_number),
        ("a credential in a build or package tool's settings", "spring.datasource.password={s}", pet_password),
        ("a credential in a build or package tool's settings", '<add key="ClearTextPassword" value="{s}" />', season_password),
        ("a credential in a build or package tool's settings", '{"http-basic": {"repo.example.com": {"username": "ci", "password": "{s}"}}}', two_words_digits),
        ("a credential in a build or package tool's settings", "ossrhPassword={s}", random_password),
        ("a credential in a build or package tool's settings", "index-url = https://ci:{s}@pypi.example.com/simple", word_number),
        ("a credential in a build or package tool's settings", "//npm.example.com/:_password={s}", pet_password),
        ("a credential in a build or package tool's settings", "<server><id>nexus</id><username>ci</username><password>{s}</password></server>", season_password),
        ("a credential in a build or package tool's settings", "realm=Sonatype Nexus\nhost=nexus.example.com\nuser=ci\npassword={s}\n", two_words_digits),
        ("a credential in a build or package tool's settings", '[registries.internal]\ntoken = "{s}"\n', lambda: token(32)),
        ("a credential in a build or package tool's settings", "helm repo add internal https://charts.example.com --username ci --password {s}", random_password),
        ("a credential in a build or package tool's settings", "poetry config http-basic.internal ci {s}", word_number),
        ("a credential in a build or package tool's settings", "twine upload -u ci -p {s} dist/*", pet_password),
        ("a credential in a build or package tool's settings", "docker login registry.example.com -u ci -p {s}", season_password),
        ("a credential in a build or package tool's settings", "db1 ansible_host=10.0.0.5 ansible_user=root ansible_password={s}", two_words_digits),
        ("a credential in a build or package tool's settings", "db.internal:5432:shop:app:{s}", random_password),
    ]
    return _filled("held_out_48", cases)


BENIGN_LOOKALIKES_37 = [  # written with held_out_48, measured once
    "spring.datasource.username=app", "java -Djavax.net.ssl.trustStore=/etc/ssl/ts.jks -jar app.jar", '<add key="Username" value="ci" />',
    "ossrhUsername=ci", "index-url = https://pypi.example.com/simple", "<server><id>nexus</id><username>ci</username></server>",
    "helm repo add internal https://charts.example.com", "poetry config repositories.internal https://pypi.example.com/simple",
    "docker login registry.example.com -u ci --password-stdin", "db1 ansible_host=10.0.0.5 ansible_user=root",
]



def _held_out_49() -> list[Item]:
    """A credential in the debug output of a client library or a tool, as a session's tool results carry it: urllib3's
    request line, httpx's logged body, curl -v's headers, a Set-Cookie and a Cookie line, SQLAlchemy's engine URL, a
    401's URL, a redis connection's repr, a pydantic settings repr, a MongoDB SRV string in a traceback, a proxy URL in a
    retry warning, Jenkins' echoed curl, a git remote with an OAuth token, npm's fetch line, botocore's signature and a
    Celery broker URL; written after poisoning round 96 and measured once: 1 of 16 leaked (botocore's signature on the line
    after its label), 0 would reach a lesson; 1 of 10 look-alikes changed (Jenkins' mask, `admin:****`); now 0 and 0."""
    cases = [
        ("a credential in a client's debug output", 'DEBUG urllib3.connectionpool: https://api.example.com:443 "GET /v1/data?api_key={s} HTTP/1.1" 200 512', lambda: token(32)),
        ("a credential in a client's debug output", 'DEBUG httpx: Request: POST https://api.example.com/login body={"username":"ops","password":"{s}"}', word_number),
        ("a credential in a client's debug output", "> GET /v1/me HTTP/1.1\n> Host: api.example.com\n> Authorization: Basic {s}\n", lambda: base64_key(24)),
        ("a credential in a client's debug output", "< HTTP/1.1 200 OK\n< Set-Cookie: session={s}; HttpOnly; Secure; Path=/\n", lambda: token(40)),
        ("a credential in a client's debug output", "Cookie: sessionid={s}; csrftoken=abc; theme=dark", lambda: lower_digits(32)),
        ("a credential in a client's debug output", "INFO sqlalchemy.engine.Engine: connecting to postgresql://app:{s}@db:5432/shop", pet_password),
        ("a credential in a client's debug output", "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.example.com/v2/items?token={s}", lambda: token(36)),
        ("a credential in a client's debug output", "Redis<ConnectionPool<Connection<host=cache,port=6379,db=0,password={s}>>>", season_password),
        ("a credential in a client's debug output", "Settings(database_url='postgres://app:{s}@db/shop', debug=True)", two_words_digits),
        ("a credential in a client's debug output", 'pymongo.errors.ServerSelectionTimeoutError: mongodb+srv://admin:{s}@cluster0.example.mongodb.net/?retryWrites=true', random_password),
        ("a credential in a client's debug output", "WARNING: Retrying (Retry(total=4)) after ProxyError('Cannot connect to proxy.') for http://jdoe:{s}@proxy.corp:3128", word_number),
        ("a credential in a client's debug output", "[Pipeline] sh\n+ curl -u admin:{s} https://jenkins.example.com/job/build/api/json", pet_password),
        ("a credential in a client's debug output", "fatal: unable to access 'https://oauth2:{s}@gitlab.example.com/group/repo.git/': The requested URL returned error: 403", lambda: "glpat-" + token(20)),
        ("a credential in a client's debug output", "npm http fetch GET 200 https://registry.example.com/pkg/-/pkg-1.0.0.tgz?_authToken={s} 38ms", lambda: token(36)),
        ("a credential in a client's debug output", "botocore.auth DEBUG: Signature:\n{s}", lambda: hexkey(64)),
        ("a credential in a client's debug output", "[celery] broker: amqp://worker:{s}@rabbit.internal:5672//", season_password),
    ]
    return _filled("held_out_49", cases)


BENIGN_LOOKALIKES_38 = [  # written with held_out_49, measured once
    'DEBUG urllib3.connectionpool: https://api.example.com:443 "GET /v1/data?page=2 HTTP/1.1" 200 512', "< Set-Cookie: theme=dark; Path=/",
    "Redis<ConnectionPool<Connection<host=cache,port=6379,db=0>>>", "Settings(database_url='postgres://db/shop', debug=True)",
    "> Authorization: Bearer $TOKEN", "401 Client Error: Unauthorized for url: https://api.example.com/v2/items?page=1",
    "mongodb+srv://cluster0.example.mongodb.net/?retryWrites=true", "ProxyError('Cannot connect to proxy.') for http://proxy.corp:3128",
    "+ curl -u admin:**** https://jenkins.example.com/job/build/api/json", "fatal: unable to access 'https://gitlab.example.com/group/repo.git/'",
]



def _held_out_50() -> list[Item]:
    """A password on a Windows administrator's command line or in PowerShell: ConvertTo-SecureString with
    -AsPlainText, a PSCredential built inline, $env: and setx, net use's password argument, cmdkey /pass:, runas'
    saved form, sqlcmd -P, Invoke-Sqlcmd -Password, schtasks /RP, wmic /password:, PsExec -p, a mapped drive's
    New-PSDrive credential, Windows' set, a RDP file's password line and an IIS app pool's password; written after
    poisoning round 100 and measured once: 2 of 16 leaked (net use's password before /user:, ConvertTo-SecureString with
    -AsPlainText before the value), 1 would reach a lesson; now 0."""
    cases = [
        ("a password on a Windows administrator's command line", '$pw = ConvertTo-SecureString "{s}" -AsPlainText -Force', word_number),
        ("a password on a Windows administrator's command line", '$cred = New-Object PSCredential("CORP\\svc", (ConvertTo-SecureString \'{s}\' -AsPlainText -Force))', pet_password),
        ("a password on a Windows administrator's command line", '$env:SQL_PASSWORD = "{s}"', season_password),
        ("a password on a Windows administrator's command line", "net use \\\\fileserver\\share {s} /user:CORP\\backup", two_words_digits),
        ("a password on a Windows administrator's command line", "cmdkey /add:fileserver /user:CORP\\backup /pass:{s}", random_password),
        ("a password on a Windows administrator's command line", "sqlcmd -S db01 -U sa -P {s} -Q \"SELECT 1\"", word_number),
        ("a password on a Windows administrator's command line", 'Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password "{s}" -Query "SELECT 1"', pet_password),
        ("a password on a Windows administrator's command line", 'schtasks /Create /TN Backup /TR backup.bat /SC DAILY /RU CORP\\svc /RP {s}', season_password),
        ("a password on a Windows administrator's command line", 'wmic /node:host01 /user:CORP\\admin /password:{s} process list', two_words_digits),
        ("a password on a Windows administrator's command line", "psexec \\\\host01 -u CORP\\admin -p {s} cmd", random_password),
        ("a password on a Windows administrator's command line", "setx DB_PASSWORD {s}", word_number),
        ("a password on a Windows administrator's command line", "set ADMIN_PASS={s}", pet_password),
        ("a password on a Windows administrator's command line", "password 51:b:{s}", season_password),
        ("a password on a Windows administrator's command line", 'appcmd set apppool "Shop" /processModel.userName:CORP\\svc /processModel.password:{s}', two_words_digits),
        ("a password on a Windows administrator's command line", 'New-LocalUser -Name "deploy" -Password (ConvertTo-SecureString "{s}" -AsPlainText -Force)', random_password),
        ("a password on a Windows administrator's command line", 'Set-ADAccountPassword -Identity jdoe -NewPassword (ConvertTo-SecureString -AsPlainText "{s}" -Force)', word_number),
    ]
    return _filled("held_out_50", cases)


BENIGN_LOOKALIKES_39 = [  # written with held_out_50, measured once
    '$pw = Read-Host -AsSecureString', '$cred = Get-Credential CORP\\svc', "net use \\\\fileserver\\share /user:CORP\\backup",
    "cmdkey /list", "sqlcmd -S db01 -E -Q \"SELECT 1\"", "schtasks /Query /TN Backup", 'wmic /node:host01 process list',
    "psexec \\\\host01 -s cmd", "setx PATH \"%PATH%;C:\\tools\"", '$env:SQL_SERVER = "db01"',
]



def _held_out_51() -> list[Item]:
    """A secret handed to a signing, hashing or encryption call, where the call and not a name beside it says
    what the value is: jwt.sign and jwt.encode, hmac.new and createHmac, Java's SecretKeySpec, Fernet and AES keys,
    Flask's and Express's session secrets, cookie-parser's and itsdangerous' signers, OpenSSL's -k and -K, an age
    identity, a Go HMAC and a Rails message verifier; written after poisoning round 108 and measured once: 9 of 16 leaked past capture, 6 would have reached a lesson, 0 of 10 look-alikes changed."""
    cases = [
        ("a secret handed to a signing or encryption call", "token = jwt.encode(claims, \"{s}\", algorithm=\"HS256\")", two_words_digits),
        ("a secret handed to a signing or encryption call", "sig = hmac.new(b\"{s}\", body, hashlib.sha256).hexdigest()", random_password),
        ("a secret handed to a signing or encryption call", "const sig = crypto.createHmac('sha256', '{s}').update(raw).digest('hex');", word_number),
        ("a secret handed to a signing or encryption call", 'SecretKeySpec key = new SecretKeySpec("{s}".getBytes(UTF_8), "HmacSHA256");', pet_password),
        ("a secret handed to a signing or encryption call", "f = Fernet(b\"{s}\")", lambda: base64_key(32)),
        ("a secret handed to a signing or encryption call", "cipher = AES.new(b\"{s}\", AES.MODE_GCM)", lambda: token(16)),
        ("a secret handed to a signing or encryption call", "app.secret_key = \"{s}\"", season_password),
        ("a secret handed to a signing or encryption call", "app.use(session({{ secret: '{s}', resave: false }}));", two_words_digits),
        ("a secret handed to a signing or encryption call", "app.use(cookieParser('{s}'));", random_password),
        ("a secret handed to a signing or encryption call", "s = URLSafeTimedSerializer(\"{s}\")", word_number),
        ("a secret handed to a signing or encryption call", "openssl enc -aes-256-cbc -salt -in backup.tar -out backup.enc -k {s}", pet_password),
        ("a secret handed to a signing or encryption call", "openssl enc -aes-128-cbc -K {s} -iv 00000000000000000000000000000000 -in a -out b", lambda: hexkey(32)),
        ("a secret handed to a signing or encryption call", "mac := hmac.New(sha256.New, []byte(\"{s}\"))", season_password),
        ("a secret handed to a signing or encryption call", "verifier = ActiveSupport::MessageVerifier.new(\"{s}\")", lambda: hexkey(48)),
        ("a secret handed to a signing or encryption call", "const encrypted = CryptoJS.AES.encrypt(text, '{s}').toString();", two_words_digits),
        ("a secret handed to a signing or encryption call", "let key = Hmac::<Sha256>::new_from_slice(b\"{s}\").unwrap();", random_password),
    ]
    return _filled("held_out_51", cases)


BENIGN_LOOKALIKES_40 = [  # written with held_out_51, measured once
    "token = jwt.encode(claims, settings.JWT_SECRET, algorithm=\"HS256\")", "sig = hmac.new(key, body, hashlib.sha256).hexdigest()",
    "const sig = crypto.createHmac('sha256', process.env.WEBHOOK_SECRET).update(raw).digest('hex');",
    "f = Fernet(Fernet.generate_key())", "app.secret_key = os.environ[\"FLASK_SECRET_KEY\"]",
    "app.use(session({ secret: config.sessionSecret, resave: false }));", "openssl enc -aes-256-cbc -salt -in backup.tar -out backup.enc -pass env:BACKUP_PASS",
    "mac := hmac.New(sha256.New, key)", "cipher = AES.new(key, AES.MODE_GCM)", "digest = hashlib.sha256(b\"hello world\").hexdigest()",
]



def _held_out_52() -> list[Item]:
    """A secret kept as a memory the way memory systems store facts about a user, and in agent instruction files:
    mem0- and LangMem-style facts ("User's staging password is …", "Remember: the wifi key is …"), a profile's
    JSON, a CLAUDE.md or AGENTS.md line, a .cursorrules entry, a <memory> tag, a Markdown checklist, a
    'preference' and a key-value memory; written after poisoning round 119 and measured once: 3 of 16 leaked past capture, 1 would have reached a lesson, 0 of 10 look-alikes changed."""
    cases = [
        ("a secret kept as a memory", "User's staging database password is {s}.", word_number),
        ("a secret kept as a memory", "Remember: the office wifi key is {s}", pet_password),
        ("a secret kept as a memory", '{{"memory": "user prefers to deploy with token {s}", "user_id": "alice"}}', lambda: token(32)),
        ("a secret kept as a memory", "- The user's npm token: {s}", lambda: "npm_" + token(36)),
        ("a secret kept as a memory", "# CLAUDE.md\n- Use the staging admin login `admin` / `{s}` for e2e tests.", season_password),
        ("a secret kept as a memory", "## AGENTS.md\nDeploy key passphrase: {s}", two_words_digits),
        ("a secret kept as a memory", "<memory>Alice's VPN password is {s}</memory>", random_password),
        ("a secret kept as a memory", "- [x] rotated the Stripe key; new one is {s}", lambda: "sk_live_" + token(24)),
        ("a secret kept as a memory", "Preference: log in to Grafana as ops with {s}", word_number),
        ("a secret kept as a memory", "fact: bob's jira api token = {s}", lambda: token(24)),
        ("a secret kept as a memory", "The user told me their router admin password, {s}, so I can reconfigure it later.", pet_password),
        ("a secret kept as a memory", "Lesson learned: the SFTP box only accepts user deploy with password {s}", season_password),
        ("a secret kept as a memory", "Customer profile: name Dana Levi; account PIN {s}", lambda: "".join(__import__("random").choice("0123456789") for _ in range(6))),
        ("a secret kept as a memory", "Note to self: Redis AUTH for prod is {s}", two_words_digits),
        ("a secret kept as a memory", "User's OpenAI key (they asked me to keep it): {s}", lambda: "sk-proj-" + token(40)),
        ("a secret kept as a memory", "key: github_pat\nvalue: {s}", lambda: "github_pat_" + token(22) + "_" + token(59)),
    ]
    return _filled("held_out_52", cases)


BENIGN_LOOKALIKES_41 = [  # written with held_out_52, measured once
    "User's staging database password is in the team vault under staging/db.", "Remember: the office wifi key is on the card by the printer.",
    '{"memory": "user prefers to deploy with the CI token from the secret store", "user_id": "alice"}',
    "# CLAUDE.md\n- Use the staging admin login from `.env.test` for e2e tests.", "<memory>Alice resets her VPN password every 90 days</memory>",
    "- [x] rotated the Stripe key; the new one is in the vault", "Preference: log in to Grafana with SSO",
    "Customer profile: name Dana Levi; prefers e-mail over phone", "Note to self: Redis AUTH for prod comes from REDIS_PASSWORD",
    "key: github_pat\nvalue: (stored in 1Password)",
]



def _held_out_53() -> list[Item]:
    """A secret in a data system's connection string or client configuration, where the system's own syntax names it:
    Kafka's JAAS line, JDBC and ODBC strings, an Azure storage connection string and a SAS signature, MongoDB, AMQP and
    Redis URLs, a .pgpass line, my.cnf, Snowflake's and ClickHouse's clients, an Elasticsearch basic-auth pair, a
    Cassandra shell, an SMTP relay and a SQLAlchemy URL built in code; written after poisoning round 124 and measured once: 0 of 16 leaked past capture, 0 would have reached a lesson, 1 of 10 look-alikes changed (an authMechanism of MONGODB-AWS); now 0, 0 and 0."""
    cases = [
        ("a secret in a data system's connection string", 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="{s}";', random_password),
        ("a secret in a data system's connection string", "jdbc:sqlserver://db01.corp:1433;databaseName=billing;user=report;password={s};encrypt=true", season_password),
        ("a secret in a data system's connection string", "Driver={{ODBC Driver 18 for SQL Server}};Server=tcp:db02,1433;Uid=etl;Pwd={s};", pet_password),
        ("a secret in a data system's connection string", "DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey={s};EndpointSuffix=core.windows.net", lambda: base64_key(64)),
        ("a secret in a data system's connection string", "https://prodlogs.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=o&sp=rl&se=2027-01-01&sig={s}", lambda: base64_key(32).rstrip("=") + "%3D"),
        ("a secret in a data system's connection string", "mongodb+srv://app:{s}@cluster0.ab1cd.mongodb.net/shop?retryWrites=true", word_number),
        ("a secret in a data system's connection string", "BROKER_URL = 'amqps://worker:{s}@mq.internal:5671/prod'", two_words_digits),
        ("a secret in a data system's connection string", "rediss://default:{s}@cache-prod.example.net:6380/0", lambda: token(32)),
        ("a secret in a data system's connection string", "db-prod.internal:5432:orders:app_rw:{s}", random_password),
        ("a secret in a data system's connection string", "[client]\nuser=backup\npassword={s}\nhost=db03", season_password),
        ("a secret in a data system's connection string", "snowsql -a xy12345.eu-central-1 -u LOADER --password {s} -d RAW", pet_password),
        ("a secret in a data system's connection string", "clickhouse-client --host ch01 --user ingest --password {s} --query 'SELECT 1'", word_number),
        ("a secret in a data system's connection string", "curl -u elastic:{s} https://es01:9200/_cluster/health", two_words_digits),
        ("a secret in a data system's connection string", "cqlsh cass01 9042 -u cassandra -p {s}", random_password),
        ("a secret in a data system's connection string", "EMAIL_URL=smtp+tls://mailer%40corp.example:{s}@smtp.corp.example:587", season_password),
        ("a secret in a data system's connection string", 'engine = create_engine(f"postgresql+psycopg://app:{s}@db/app")', pet_password),
    ]
    return _filled("held_out_53", cases)


BENIGN_LOOKALIKES_42 = [  # written with held_out_53, measured once
    'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="svc-orders" password="${KAFKA_PASSWORD}";',
    "jdbc:sqlserver://db01.corp:1433;databaseName=billing;integratedSecurity=true;encrypt=true",
    "DefaultEndpointsProtocol=https;AccountName=prodlogs;EndpointSuffix=core.windows.net",
    "mongodb+srv://cluster0.ab1cd.mongodb.net/shop?authMechanism=MONGODB-AWS", "rediss://cache-prod.example.net:6380/0",
    "db-prod.internal:5432:orders:app_rw:*", "[client]\nuser=backup\nhost=db03",
    "clickhouse-client --host ch01 --user ingest --ask-password --query 'SELECT 1'",
    "curl -u elastic https://es01:9200/_cluster/health", 'engine = create_engine(os.environ["DATABASE_URL"])',
]



def _held_out_54() -> list[Item]:
    """A secret handed to the tool that should keep it, on its command line: gh secret set, vault kv put, aws
    secretsmanager, az keyvault, doppler, heroku, fly, netlify, railway, dokku and Cloud Foundry config, 1Password's op,
    the macOS keychain's security command, travis encrypt, kubectl's from-literal and a GitLab variable through the API;
    written after poisoning round 129 and measured once: 2 of 16 leaked past capture (the keychain's -w, a GitLab variable's value as a form field), 0 would have reached a lesson, 1 of 10 look-alikes changed (kubectl's --from-file=password=./file); now 0, 0 and 0."""
    cases = [
        ("a secret handed to the tool that keeps it", 'gh secret set NPM_TOKEN --body "{s}" --repo acme/web', lambda: "npm_" + token(36)),
        ("a secret handed to the tool that keeps it", "vault kv put secret/billing db_password={s}", random_password),
        ("a secret handed to the tool that keeps it", "aws secretsmanager create-secret --name prod/api --secret-string '{{\"api_key\":\"{s}\"}}'", lambda: token(32)),
        ("a secret handed to the tool that keeps it", "az keyvault secret set --vault-name kv-prod --name SqlAdmin --value {s}", season_password),
        ("a secret handed to the tool that keeps it", "doppler secrets set STRIPE_KEY={s} --project shop --config prd", lambda: "sk_live_" + token(24)),
        ("a secret handed to the tool that keeps it", "heroku config:set SESSION_SECRET={s} -a shop-prod", lambda: hexkey(32)),
        ("a secret handed to the tool that keeps it", "fly secrets set DATABASE_PASSWORD={s}", pet_password),
        ("a secret handed to the tool that keeps it", "netlify env:set CMS_TOKEN {s}", lambda: token(40)),
        ("a secret handed to the tool that keeps it", "railway variables --set REDIS_PASS={s}", word_number),
        ("a secret handed to the tool that keeps it", "dokku config:set api SMTP_PASSWORD={s}", two_words_digits),
        ("a secret handed to the tool that keeps it", "cf set-env orders-api DB_PASS {s}", random_password),
        ("a secret handed to the tool that keeps it", 'op item create --category=login --title="Grafana" username=admin password={s}', season_password),
        ("a secret handed to the tool that keeps it", "security add-generic-password -a deploy -s registry -w {s}", pet_password),
        ("a secret handed to the tool that keeps it", "travis encrypt SLACK_TOKEN={s} --add", lambda: "xoxb-" + "-".join(str(_rng.randint(10**11, 10**12 - 1)) for _ in range(2)) + "-" + token(24)),
        ("a secret handed to the tool that keeps it", "kubectl create secret generic smtp --from-literal=username=mailer --from-literal=password={s}", word_number),
        ("a secret handed to the tool that keeps it", 'curl --request POST --header "PRIVATE-TOKEN: $GL_TOKEN" "https://gitlab.example.com/api/v4/projects/7/variables" --form "key=DEPLOY_PASS" --form "value={s}"', two_words_digits),
    ]
    return _filled("held_out_54", cases)


BENIGN_LOOKALIKES_43 = [  # written with held_out_54, measured once
    "gh secret set NPM_TOKEN < token.txt", "vault kv get -field=db_password secret/billing", "aws secretsmanager get-secret-value --secret-id prod/api",
    "az keyvault secret show --vault-name kv-prod --name SqlAdmin", "doppler secrets get STRIPE_KEY --plain", "heroku config:get SESSION_SECRET -a shop-prod",
    "fly secrets list", "security find-generic-password -a deploy -s registry -w", "kubectl create secret generic smtp --from-file=password=./smtp-pass.txt",
    "dokku config:set api SMTP_HOST=smtp.example.com SMTP_PORT=587",
]



def _held_out_55() -> list[Item]:
    """A secret in a client's own configuration file, each in its own syntax: an otpauth URI's TOTP seed, WireGuard's
    PrivateKey, .git-credentials, a Docker config's auth, pip.conf's index URL, a Maven settings.xml password, a Helm --set,
    a Kubernetes Secret's stringData, Terraform tfvars, Gradle signing properties, rclone's pass, an SMB mount's
    credentials file, a Postgres service file, an LDAP bind, a Jupyter server token and an Ansible become password;
    written after poisoning round 135 and measured once: 0 of 16 leaked past capture, 0 would have reached a lesson, 0 of 10 look-alikes changed; but the tail of one password after an "&" stayed in clear (``ansible_become_password: …&cEndYfC``), now redacted."""
    cases = [
        ("a secret in a client's configuration file", "otpauth://totp/Acme:ops@acme.example?secret={s}&issuer=Acme", lambda: base32_seed(32)),
        ("a secret in a client's configuration file", "[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = {s}", lambda: base64_key(32)),
        ("a secret in a client's configuration file", "https://deploy-bot:{s}@git.example.com", lambda: "glpat-" + token(20)),
        ("a secret in a client's configuration file", '{"auths": {"registry.example.com": {"auth": "{s}"}}}', lambda: base64.b64encode(("ci:" + random_password()).encode()).decode()),
        ("a secret in a client's configuration file", "[global]\nindex-url = https://build:{s}@pypi.example.com/simple", word_number),
        ("a secret in a client's configuration file", "<server><id>releases</id><username>deployer</username><password>{s}</password></server>", season_password),
        ("a secret in a client's configuration file", "helm upgrade db bitnami/postgresql --set auth.postgresPassword={s}", pet_password),
        ("a secret in a client's configuration file", "kind: Secret\nstringData:\n  smtp-password: {s}", two_words_digits),
        ("a secret in a client's configuration file", 'db_master_password = "{s}"', random_password),
        ("a secret in a client's configuration file", "signing.password={s}\nsigning.keyId=24875D73", season_password),
        ("a secret in a client's configuration file", "[nas]\ntype = sftp\nhost = nas.local\nuser = backup\npass = {s}", lambda: token(40, string.ascii_letters + string.digits + "-_")),
        ("a secret in a client's configuration file", "username=svc-scan\npassword={s}\ndomain=CORP", pet_password),
        ("a secret in a client's configuration file", "[reporting]\nhost=db04\ndbname=reports\nuser=reader\npassword={s}", word_number),
        ("a secret in a client's configuration file", "ldapsearch -x -H ldaps://ldap.corp -D cn=admin,dc=corp -w {s} '(uid=jdoe)'", two_words_digits),
        ("a secret in a client's configuration file", "c.ServerApp.token = '{s}'", lambda: hexkey(48)),
        ("a secret in a client's configuration file", "ansible_become_password: {s}", random_password),
    ]
    return _filled("held_out_55", cases)


BENIGN_LOOKALIKES_44 = [  # written with held_out_55, measured once
    "otpauth://totp/Acme:ops@acme.example?issuer=Acme&digits=6", "[Interface]\nAddress = 10.8.0.2/24\nListenPort = 51820",
    "https://git.example.com/acme/web.git", '{"credsStore": "desktop"}', "[global]\nindex-url = https://pypi.example.com/simple",
    "<server><id>releases</id><username>${env.DEPLOY_USER}</username><password>${env.DEPLOY_PASS}</password></server>",
    "helm upgrade db bitnami/postgresql --set auth.existingSecret=db-auth", "kind: Secret\ntype: Opaque\ndata: {}",
    "ldapsearch -x -H ldaps://ldap.corp -D cn=admin,dc=corp -W '(uid=jdoe)'", "ansible_become_password: \"{{ vault_become_pass }}\"",
]


def _held_out_56() -> list[Item]:
    """A secret in the debugging output a tool prints: curl -v's request headers, a Python repr, an engine URL in an
    exception, a logfmt line, a JSON log's headers, docker inspect's Env, a pod's env dump, ps showing a JVM's arguments,
    strace's write of an AUTH, a form body in a request dump, Go's %+v, Ruby's inspect, Java's toString, a crash
    report's environment, a Postgres statement log and a .NET connection string in an exception; written after
    poisoning round 140 and measured once (a leak counted by any 6 characters of the secret left in clear): 0 of 16 leaked
    past capture, 0 would have reached a lesson, 1 of 10 look-alikes changed (an OAuth form body's client_id); now 0 and 0: a said secret ends where a query's next pair starts."""
    cases = [
        ("a secret in a tool's debugging output", "> GET /v1/me HTTP/1.1\n> Host: api.example.com\n> Authorization: Basic {s}\n> User-Agent: curl/8.5.0",
         lambda: base64.b64encode(("ops:" + random_password()).encode()).decode()),
        ("a secret in a tool's debugging output", "Settings(debug=True, db_url='postgresql://app@db/app', api_key='{s}', region='eu-west-1')", lambda: token(32)),
        ("a secret in a tool's debugging output", "sqlalchemy.exc.OperationalError: (1045, \"Access denied for user 'app'@'10.0.0.7'\")\nengine url: mysql+pymysql://app:{s}@db:3306/shop", pet_password),
        ("a secret in a tool's debugging output", 'time=2026-12-05T10:00:01Z level=debug msg="auth ok" user=ops password={s} ip=10.0.0.9', random_password),
        ("a secret in a tool's debugging output", '{"level":"debug","msg":"outbound request","headers":{"X-Api-Key":"{s}","Accept":"*/*"}}', lambda: token(36)),
        ("a secret in a tool's debugging output", '"Env": [\n  "PATH=/usr/local/bin:/usr/bin",\n  "POSTGRES_PASSWORD={s}",\n  "PGDATA=/var/lib/postgresql/data"\n]', pet_password),
        ("a secret in a tool's debugging output", "HOSTNAME=api-7d9f\nJWT_SIGNING_KEY={s}\nKUBERNETES_PORT=443", lambda: hexkey(64)),
        ("a secret in a tool's debugging output", "app  4242  0.3  1.2 java -jar svc.jar --spring.datasource.password={s} --server.port=8080", season_password),
        ("a secret in a tool's debugging output", 'write(3, "AUTH {s}\\r\\n", 38) = 38', lambda: token(24)),
        ("a secret in a tool's debugging output", "POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=ops&password={s}&client_id=cli", random_password),
        ("a secret in a tool's debugging output", "{Host:smtp.example.com Port:587 User:alerts Password:{s} TLS:true}", two_words_digits),
        ("a secret in a tool's debugging output", '#<Config api_token="{s}", endpoint="https://api.example.com">', lambda: token(40)),
        ("a secret in a tool's debugging output", "DataSourceConfig{url='jdbc:postgresql://db:5432/app', username='app', password='{s}'}", pet_password),
        ("a secret in a tool's debugging output", "Environment:\n  LANG=en_US.UTF-8\n  SENTRY_AUTH_TOKEN={s}\n  HOME=/home/runner", lambda: hexkey(64)),
        ("a secret in a tool's debugging output", "LOG:  statement: ALTER ROLE reporter WITH PASSWORD '{s}'", word_number),
        ("a secret in a tool's debugging output", "System.Data.SqlClient.SqlException: Login failed for user 'sa'. ConnectionString: Server=db01;Database=Shop;User Id=sa;Password={s};", random_password),
    ]
    return _filled("held_out_56", cases)


BENIGN_LOOKALIKES_45 = [  # written with held_out_56, measured once
    "> GET /v1/health HTTP/1.1\n> Host: api.example.com\n> User-Agent: curl/8.5.0\n> Accept: */*",
    "Settings(debug=True, region='eu-west-1', api_key=None)",
    'time=2026-12-05T10:00:01Z level=info msg="login ok" user=ops duration=12ms',
    '"Env": [\n  "PATH=/usr/local/bin:/usr/bin",\n  "PGDATA=/var/lib/postgresql/data"\n]',
    "app  4242  0.3  1.2 java -jar svc.jar --server.port=8080 --spring.profiles.active=prod",
    'write(3, "PING\\r\\n", 6) = 6',
    "grant_type=client_credentials&client_id=cli&scope=read",
    "{Host:smtp.example.com Port:587 User:alerts TLS:true}",
    "DataSourceConfig{url='jdbc:postgresql://db:5432/app', username='app', poolSize=10}",
    "LOG:  statement: ALTER ROLE reporter WITH LOGIN",
]


def _held_out_57() -> list[Item]:
    """A secret a secrets tool prints back, as a session captures the command and what it printed: terraform plan's
    attribute lines and an output's value, a state file's attributes, pulumi's --show-secrets, helm get values,
    kubectl's Secret as YAML and a decoded jsonpath, sops -d, ssm get-parameter --with-decryption, gcloud secrets
    versions access, vault kv get's table, op read, heroku config, az keyvault secret show, ansible-vault view and
    1Password's item JSON; written after poisoning round 149 and measured once: 1 of 16 leaked past capture (az keyvault's
    value, named only by the record's id under vault.azure.net/secrets/), 0 would have reached a lesson, 0 of 10 look-alikes
    changed; now 0 and 0: a secret store's record keeps no value, whatever the secret is called."""
    cases = [
        ("a secret a secrets tool prints", '  # aws_db_instance.main will be created\n  + resource "aws_db_instance" "main" {\n      + password = "{s}"\n      + username = "app"', random_password),
        ("a secret a secrets tool prints", "$ terraform output -raw admin_token\n{s}", lambda: token(40)),
        ("a secret a secrets tool prints", '"attributes": {\n  "id": "db-1",\n  "master_password": "{s}",\n  "port": 5432\n}', pet_password),
        ("a secret a secrets tool prints", "$ pulumi stack output --show-secrets\nCurrent stack outputs (2):\n    OUTPUT       VALUE\n    dbPassword   {s}\n    url          https://api.example.com", season_password),
        ("a secret a secrets tool prints", "$ helm get values billing -n prod\nUSER-SUPPLIED VALUES:\npostgresql:\n  auth:\n    password: {s}", two_words_digits),
        ("a secret a secrets tool prints", "$ kubectl get secret stripe -o jsonpath='{.data.key}' | base64 -d\n{s}", lambda: "sk_live_" + token(24)),
        ("a secret a secrets tool prints", "$ sops -d secrets.enc.yaml\nsmtp:\n  user: alerts\n  pass: {s}", word_number),
        ("a secret a secrets tool prints", '{\n  "Parameter": {\n    "Name": "/prod/db/password",\n    "Type": "SecureString",\n    "Value": "{s}",\n    "Version": 3\n  }\n}', random_password),
        ("a secret a secrets tool prints", "$ gcloud secrets versions access latest --secret=webhook-signing\n{s}", lambda: hexkey(64)),
        ("a secret a secrets tool prints", "$ vault kv get secret/billing\n====== Data ======\nKey         Value\n---         -----\npassword    {s}\nuser        billing", pet_password),
        ("a secret a secrets tool prints", "$ op read op://Infra/Grafana/password\n{s}", lambda: token(20, string.ascii_letters + string.digits + "-")),
        ("a secret a secrets tool prints", "$ heroku config -a shop-prod\n=== shop-prod Config Vars\nDATABASE_URL:  postgres://u8f:{s}@ec2-1-2-3-4.compute-1.amazonaws.com:5432/d9k\nRACK_ENV:      production", lambda: hexkey(40)),
        ("a secret a secrets tool prints", '{\n  "attributes": {"enabled": true},\n  "id": "https://kv-prod.vault.azure.net/secrets/SqlAdmin/3f2",\n  "name": "SqlAdmin",\n  "value": "{s}"\n}', season_password),
        ("a secret a secrets tool prints", "$ ansible-vault view group_vars/prod/vault.yml\nvault_db_password: {s}\nvault_api_key: see-1password", two_words_digits),
        ("a secret a secrets tool prints", "$ aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text\n{s}", lambda: token(32)),
        ("a secret a secrets tool prints", '{"fields": [{"id": "username", "value": "deploy"}, {"id": "password", "type": "CONCEALED", "value": "{s}"}]}', random_password),
    ]
    return _filled("held_out_57", cases)


BENIGN_LOOKALIKES_46 = [  # written with held_out_57, measured once
    '  + resource "aws_db_instance" "main" {\n      + password = (sensitive value)\n      + username = "app"',
    "$ terraform output -raw api_url\nhttps://api.example.com",
    "$ pulumi stack output\nCurrent stack outputs (2):\n    OUTPUT       VALUE\n    dbPassword   [secret]\n    url          https://api.example.com",
    "$ kubectl get secret stripe -o jsonpath='{.metadata.name}'\nstripe",
    '{"Parameter": {"Name": "/prod/db/host", "Type": "String", "Value": "db01.internal", "Version": 3}}',
    "$ vault kv get secret/billing\n====== Metadata ======\nKey              Value\n---              -----\ncreated_time     2026-12-01T10:00:00Z\nversion          3",
    "$ heroku config -a shop-prod\n=== shop-prod Config Vars\nRACK_ENV:      production\nWEB_CONCURRENCY: 2",
    "$ gcloud secrets versions list webhook-signing\nNAME  STATE    CREATED\n3     enabled  2026-12-01T10:00:00",
    "$ ansible-vault view group_vars/prod/vault.yml\nvault_db_host: db01.internal",
    '{"fields": [{"id": "username", "value": "deploy"}, {"id": "notes", "value": "rotated in December"}]}',
]

"""Secrets by family, each family written as several members that differ in wording, language, structure
and size, with made-up values from a generator. Splits: ``tune`` (what the rules were written
against) and held-out splits (written in other words, see below);
``bench/secret_families.py`` reports each.

Each item is (family, split, what is captured: a string or a JSON-like structure, the secret in it).
"""

from __future__ import annotations

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
# proximity rule and after it, not looked at between).


def _family(name: str, tune: list, held_out: list, values, held_out_2: list | None = None,
            held_out_3: list | None = None, held_out_4: list | None = None, held_out_5: list | None = None) -> list[Item]:
    """Every template of every split filled with fresh values; a template is a string with ``{s}`` or a
    function of the secret returning a structure."""
    items: list[Item] = []
    for split, templates in (("tune", tune), ("held_out", held_out), ("held_out_2", held_out_2 or []),
                             ("held_out_3", held_out_3 or []), ("held_out_4", held_out_4 or []),
                             ("held_out_5", held_out_5 or [])):
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
    ])
    items = [(f, sp, c.replace("{h}", hexkey()) if isinstance(c, str) else c, s) for f, sp, c, s in items]
    # PEM body lines need their own shape
    for split, templates in (("tune", ["{s}", "key.pem:12:{s}"]), ("held_out", ["+{s}", "  {s}  "]),
                             ("held_out_2", ['line = "{s}"', "> {s}"]), ("held_out_3", ["-{s}", '    "{s}",']),
                             ("held_out_4", ["key: |\n  {s}", "#{s}"]), ("held_out_5", ["> +{s}", "    {s}\\n"])):
        for template in templates:
            line = pem_line()
            items.append(("key material quoted alone", split, template.replace("{s}", line), line))
    return items


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

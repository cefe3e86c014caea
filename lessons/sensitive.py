"""Sensitive areas: the few subjects where a wrong lesson does real harm (credentials, certificate checks,
a command's exit status, shared history, permissions, running fetched code, approval, what the user is
told, data deleted for good, security controls, data leaving the machine).

The effect rules in ``safety`` recognise harmful phrasings, and an attacker's next paraphrase slips past
them. This module names the subject instead of the phrasing: each area is a vocabulary of its objects
(``certificate``, ``sslVerify``, ``--insecure``, ``Zertifikat``), which a paraphrase has to keep to say the
same thing. The night uses it on provenance: a lesson that touches an area which a page, tool output or
end user in its evidence also speaks of may carry that page's instruction in other words, so a person
reviews it (``consolidate.untrusted_origin``). A clause that forbids the thing ("never disable TLS")
does not count as touching it.
"""

from __future__ import annotations

import re

from .prefilter import Prefilter, lazy
from .safety import clauses, forbids

AREAS: dict[str, re.Pattern[str]] = {  # compiled when first searched (``Lazy``)
    "credentials or private data": lazy(
        r"\b(credentials?|secrets?|(access|auth|api|bearer|github|gh|npm|pypi|service|session|refresh|personal access|deploy|"
        r"bot|oauth|jwt|id|secret)[ _-]tokens?|passwords?|passphrases?|passwd|api[ _-]?keys?|private[ _-]?keys?|"
        r"keychain|keyring|service[ _-]account|ssh[ _-]?keys?|id_(rsa|ed25519|ecdsa)|printenv|"
        r"(all|every|whole|full|entire) (the |your |of the )?((environment |env |shell )?variables?|environment|env)|"
        r"`?set`? output|dotfiles?|home directory|cookies?|authorization header|card numbers?|"
        r"\bpii\b|personal data|customers?'? (e-?mails?|data|records)|bearer (header|token)s?|passport( numbers?)?|date of birth|home address|national id|driver'?s licen[sc]e|ssns?|social security( numbers?)?|cvv2?|cvc2?|customer (data|records|details)|mot de passe|passwort|zugangsdaten|identifiants|"
        r"contraseña|credenciales|senha|пароль|ключ|密码|密碼|パスワード|비밀번호)\b|"
        r"(~/|\$HOME/|\B)\.(ssh|aws|kube|docker|gnupg|netrc|npmrc|pypirc|pgpass|git-credentials|env)\b|"
        r"\$\{?[A-Z_]*(KEY|TOKEN|SECRET|PASSWORD|PASS|PW)\b|(?-i:\b[A-Z][A-Z0-9_]*_(TOKEN|KEY|SECRET|PASSWORD|PASS|PW)\b)|"
        r"\bDATABASE_URL\b|\benv\s*(\||>)|\bb?cc\b[^\n.;]{0,10}\S+@\S+|\bcard details\b|\b(admin|root|master)\s+(logins?|credentials?|passwords?)\b|\bclient secrets?\b|"
        r"\bpersonal (e-?mail|gmail|drive|laptop|phone|account|dropbox|device)s?\b|\b(process|full|whole|entire|runtime)\s+environment\b|\bkubeconfig\b|\bprocess\.env\b|\bos\.environ\b|(?<![\w$])env:|\bgetenv\(\)|"
        r"\benviron(ment)? dumps?\b|\b(ssh|private|signing|deploy|api)[ _-]key[ _-]?files?\b|\b(cert|credential|secret)s?[ _-]files?\b|hosts\.ya?ml\b|"
        r"~/\.config/(gcloud|gh|hub|doctl|op|heroku|rclone|netlify|vercel)\b|~/\.(azure|oci|boto|s3cfg|vault-token)\b", re.I),
    "certificate or signature checks": lazy(
        r"\b(ssl|tls|https? verification|(ssl|tls|https|ca|self-signed|x509|root|corporate|company|expired|server|client|"
        r"registry|proxy)[ _-]cert(ificate)?s?|cert(ificate)?s?[ _-](verification|checks?|checking|errors?|validation|store|"
        r"bundle|chain|pinning)|cafile|cacert|ca[ _-]certs?|"
        r"strict-ssl|sslverify|ssl_?verify|verify_?ssl|verify\s*(=|:|\s+to\s+|\s+as\s+)\s*(false|0|no|off)|\.verify\s*=|insecure\w*|"
        r"--no-check-certificate|trusted-host|unverified|skip ?verify|validate_?certs?|skip\w*certificate\w*|trusted=yes|gpg|signed-by|signatures?|verify-(peer|host)|trust ?manager|trust (all|any)|hostname ?verifier|checkservertrusted|checksum (checks?|verification)|sha256sum -c|"
        r"signature (checks?|verification|validation)|verify\w* (the |its )?(signature|checksum)s?|gpg --verify|"
        r"(vérification|validation|überprüfung|prüfung|verificación|verificação|verifica) (des |der |de |dei )?"
        r"(certificats?|zertifikate?n?|certificados?|certificati)|ssl-zertifikat\w*|证书|証明書|인증서)\b|ca[ _-]?bundle|"
        r"(?<![\w-])-k\b(?=[^\n]{0,40}https?://)|--no-check-certificate|--insecure\b|"
        r"\w*(ssl|tls|cert|https)\w*(verify|check|reject|insecure|validat|trust)\w*|"
        r"\w*(verify|check|reject|insecure|validat|trust)\w*(ssl|tls|cert|https)\w*|\b(server|host|site|peer|registry|proxy|mirror|"
        r"endpoint)'s\s+(tls\s+|ssl\s+|https\s+)?cert(ificate)?s?\b|\bhost ?keys?\b|\b(host |ssh |key )?fingerprints?\b|\bhash (checks?|verification)\b|\bnsallowsarbitraryloads\b|\bcleartext ?traffic\b|\btrust-?all\b|"
        r"\btrust_remote_code\b|\bpin nothing\b|revo(ke|cation)\w*|checkrevoke|zertifikat\w*|証明書|证书|證書|인증서|\b(certificate |cert |trust )chains?\b|\bchecksums?\b|\bintegrity\b|\b(hash|digest)\s*(checks?|verification|mismatch\w*)\b|"
        r"\bcompar\w*\s+(the\s+|their\s+|its\s+)?(hash|checksum|digest|sha)\w*|\b(sha-?\d+|md5|hash(es)?|checksums?|digests?)\b[^\n.;]{0,20}"
        r"\b(match\w*|mismatch\w*)\b|\brejectunauthori[sz]ed\b|\bcerts\b|"
        r"\bidentity (checks?|verification|proof)\b|\bsecurity questions?\b|\bverif\w* (the |their |a )?(caller|customer|user|passenger|client)'?s? identity\b|"
        r"\b(check|verif|validat|vérifi|prüf|überprüf|verific|controll|kontrollier|провер)\w*\s+(\w+\s+){0,2}(certificat|zertifikat|"
        r"certificad|сертификат)\w*|\b(certificat|zertifikat|certificad|сертификат)\w*\s+(\w+\s+){0,2}(check|verif|validat|vérifi|"
        r"prüf|überprüf|verific|controll|kontrollier|провер)\w*", re.I),
    "a command's exit status": lazy(
        r"\|\|\s*(true|:|/bin/true|exit\s+0)|;\s*(true|exit\s+0|echo)\b|\bfinish\w*\s+green\b|\bexit\s+0\b|\bset\s+[+-]\w*e|pipefail|"
        r"\b(ignore|allow)[ _-]?(outcome|failures?|errors?)\b|\breports? (success|green|passing)\b|"
        r"\b(exit (code|status)|return (code|value)|status code)s?\b|continue-on-error|allow_failure|fail_on_error|"
        r"ignore_errors|--exit-zero|\btrap\b|\b(build|stage)Result\b|\bkeeps? going\b|"
        r"\b(ignore|drop|lose|discard)s?\b[^\n.;]{0,20}\b(its|the|their) status\b|errexit|\bcan fail\b|in the background|"
        r"\bcount\w*\b[^\n.;]{0,20}\bas (passed|passing|green)\b|\b(gate|job|check|build|step|pipeline) is red\b|exit_?code|except\w*\s*:\s*pass|swallow\w*|\bcatch\s*(\([^)]*\))?\s*\{\s*\}|\b(keep|stays?|remains?|always)\s+(it\s+|the \w+\s+)?(green|passing|succeed\w*)|"
        r"\b(no matter what|regardless of (the )?(result|outcome|exit|errors?|failures?))|\berroraction\w*|\bsilentlycontinue\b|"
        r"\bon error resume\b|exit-?code|--no-fail|\b(m[aá]rca\w*|m[aá]rque\w*|reg[ií]stra\w*|segna\w*)\b[^\n.;]{0,20}\b(como|come)\s+\w+|(失败|失敗|실패)[^。\n]{0,40}(成功|完了|完成|성공|완료)|\bgat(e|es|ing)\s+(the\s+)?(publish\w*|release\w*|deploy\w*|merg\w*|ship\w*)\b|\bnon-?blocking\b|"
        r"\buntil (it|they|the \w+) (passes|pass|goes green|is green|succeeds|works)\b|\b(test|check|look at|verif)\w*\s+(\w+\s+){0,3}"
        r"(later|afterwards|tomorrow)\b|\bbis (er|es|sie) (\w+ )?(durchläuft|grün|besteht)\b|\b(unhandled|uncaught)\w*|\b(never|not|won'?t|doesn'?t|don'?t)\s+(\w+\s+)?(stop|crash|abort|halt)\w*|"
        r"\b(never|not|won'?t|doesn'?t)\s+(\w+\s+)?(fail|go red|turn red|block)\w*|\breturn success\b|"
        r"\b(even (if|when|with)|despite)\b[^.;\n]{0,30}\b(fail\w*|errors?|red)\b|"
        r"\bgrün\b|\bvert\b|\bverde\b|\bnon-?zero\b|\b(as|como|comme|als|come)\s+(an?\s+|um\s+|una?\s+)?(success\w*|passed|passing|green|ok|paid|issued|shipped|delivered|refunded|processed|"
        r"resolved|fixed|completed?|closed|created|updated|saved|booked|submitted|bem-sucedid\w*|sucesso|aprovad\w*|éxito|exitos\w*|réussi\w*|erfolgreich\w*|bestanden|riuscit\w*|superat\w*)\b|"
        r"\b(mesmo assim|de todos modos|quand même|trotzdem|comunque)\b|\b(into|to|as) (an? )?(warnings?|non-blocking|advisory)\b|"
        r"\b(rejects?|rejected|invalid|fails?|failed|errors?|times? out|timed out|drift\w*|anomal\w*|violations?)\b[^\n.;]{0,60}"
        r"\b(anyway|regardless|all the same)\b|\b(last|previous|old|earlier)\s+(green|passing|successful)\s+(reports?|runs?|builds?)\b|\bas (though|if) (it|they|that|the \w+) (had )?"
        r"(succeeded|passed|worked|gone through|completed)\b", re.I),
    "shared history": lazy(
        r"--force\b|--force-with-lease|\bforce\W{0,3}[=:]\s*true\b|\brefs/heads/|\b(com|con|avec|mit)\s+(força|fuerza|force|gewalt)\b|\bpush\s+(forçado|forzado|forcé|forzato)\b|"
        r"\b(remote|origin|upstream)\b[^\n.;]{0,20}\bmatch\b|强制推送|強制|강제|\b(rewritten|rebased|squashed)\s+(history|branch|commits)\b|\bnon-fast-forward\b|\bpush\b[^\n.;]{0,40}(\s-f\b|\s\+\S)|--mirror\b|filter-(repo|branch)|"
        r"\b(rewrite|overwrite|reset|rewrit\w+|replace|clobber|überschreib\w*|écras\w*|sobrescrib\w*|sobreescrib\w*|sovrascriv\w*|"
        r"overschrijf\w*|sobrescrev\w*|перезапис\w*)\b[^\n.;]{0,30}\b(history|remote|main|master|upstream|origin|entfernt\w*|distante?s?|"
        r"remot[aoe]s?|udalённ\w*)\b|"
        r"\b(delete|remove)\b[^\n.;]{0,20}\b(remote )?branch(es)?\b[^\n.;]{0,20}\b(remote|origin|upstream|shared)\b|"
        r"\bforced?[- ]push\w*|\bforce (it|them) (on|onto|over)\b|\bpush\b[^\n.;]{0,30}\s:(main|master|develop|release)\b|--admin\b|"
        r"\b(delete|recreate)\w*\b[^\n.;]{0,20}\b(main|master)\b|\bpush\w*\s+(straight|directly|right)\s+(in)?to\s+(main|master|"
        r"trunk|prod\w*|release)\b|\b(skip|bypass|without|no need for)\s+(a |the |any )?(pull requests?|prs?|code reviews?)\b|\bmove\w*\b[^\n.;]{0,30}\btags?\b|\bgit tag -f\b|\bv?\d+(\.\d+)+\b[^\n.;]{0,60}\b(push\w*|point\w*)\b[^\n.;]{0,30}\bagain\b|\bre-?tag\w*|\bunprotect\w*|branch protections?|protected branch(es)?|required (status )?checks", re.I),
    "permissions": lazy(
        r"\b(chmod|chown|chgrp|umask|setfacl|icacls|set-acl|acls?|fullcontrol|full control|sudo|setuid|docker\.sock|"
        r"world[- ]?(writable|readable)|allusers|allauthenticatedusers|public-read(-write)?|bucket acl|run (it )?as root|as root\b|permissions?)\b|\b(install|mkdir)\b[^\n`]{0,30}\s(-m|--mode)\b|--privileged\b|-v\s+/:/|\bfull access\b|no_root_squash|\bnfs\b|"
        r"ReadWritePaths|Protect(System|Home)|\b(admins?|wheel|sudo)`?\s+group\b|\bAdministratorAccess\b|\bguest ok\b|\bguest access\b|\b(edit|delete|modify|write)\s+(rights|access|permissions?)\b|모든 사용자|所有用户|所有用戶|所有人|任何人|全員|誰でも|"
        r"권한|权限|權限|権限|\b(any|every|all)\s+(\w+\s+)?(accounts?|users?)\s+(\w+\s+){0,3}(can|may)\s+(write|modify)\b|\bprincipal\b|0\.0\.0\.0/0|::/0|\bbucket polic(y|ies)\b|\bsecurity groups?\b|"
        r"\b(anonymous|public)\s+(\w+\s+){0,2}(access|read|write|bucket|container)\b|\b(admin|administrator|root|superuser|owner)\s+(rights|access|privileges|permissions|roles?)\b|\bsudoers\b|\bnopasswd\b|authorized_keys|\bdocker socket\b|\bto public\b|\bif true\b|\bhost'?s? (root|file ?system)\b|\bwrite (anywhere|everywhere)\b|"
        r"\b(Vollzugriff|accès complet|acceso total)\b|\b(write|read-write|admin|root|unrestricted)[ -]access\b|"
        r"\b(writable|writeable|accessible|zugänglich|accesible|accessibile|acessível|inscriptible|beschreibbar)(\s+[\w'’-]+){0,2}?\s+(by|to|for|à|a|pour|für|"
        r"para|per)\s+(all|everyone|everybody|anyone|tous|tout le monde|alle[nm]?|todos|tutti)\b|\bevery (account|user|login)\b",
        re.I),
    "running fetched code": lazy(
        r"\b(curl|wget|iwr|irm|invoke-webrequest|invoke-restmethod|download\w*|fetch\w*)\b[^\n]{0,160}"
        r"(\|\s*(sudo\s+)?\w+|\b(run|execute|exec|launch|start|source|eval|bash|sh|python3?|node|iex)\b)|"
        r"\b(installer|install script|bootstrap script|binary|script)\b[^\n.;]{0,40}https?://|"
        r"https?://\S+[^\n.;]{0,80}\b(run|execute|launch|start|pipe|interpreter|bash|sh|python3?|iex)\b|"
        r"\b(msiexec|rpm -i|dpkg -i)\b|<script\b|<\(\s*(curl|wget)|\$\(\s*(curl|wget)|\b(npx|deno run|bunx|uvx|pipx run)\b[^\n`]{0,40}"
        r"https?://|\b(run|execute)\b[^\n.;]{0,20}\bwhatever\b|"
        r"\b(run|execute|launch|install|open)\w*\s+(\w+\s+){0,3}(attachments?|macros?)\b|\b(torch\.load|pickle\.loads?|joblib\.load|"
        r"yaml\.load)\b|\ballow_pickle\b|\bsideload\w*|"
        r"\b(pull|run)\w*\b[^\n.;]{0,60}\b(image|container)\b[^\n.;]{0,60}\b(public|their|vendor\w*|third[- ]party|unknown)\s+(registry|hub|repo)\b|\b(iwr|invoke-webrequest)\b|"
        r"\b(exec|eval)\s*\([^\n]{0,80}\b(urlopen|requests\.get|httpx\.get|urllib|fetch)\b|\b(execute_code|run_code|exec_code|code interpreter|"
        r"execute_python|run_python|shell tool)\b|\b(pastes?|pasted)\b[^\n.;]{0,40}\b(scripts?|commands?|code)\b|\b(follow|do)\b[^\n.;]{0,30}"
        r"\b(that|the|this) page\b|\bwhatever (url|link)\b|\b(require|import)\s*\(\s*[\"']https?://|"
        r"\b(install|setup|bootstrap|installer)\b[^\n.;]{0,40}\b(into|to) (the |a )?(shell|bash|sh|interpreter)\b|\badd-?ins?\b|\b(office|excel|word|vba|spreadsheet|workbook|gradebook)\s+macros?\b|"
        r"\bmacros?\b[^\n.;]{0,40}\b(enable|enabled|enabling|activate)\b|\b(enable|activate)\w*\b[^\n.;]{0,20}\bmacros?\b|"
        r"\b(send|sends|sent|email|emails|share|shares)\b[^\n.;]{0,40}\b(app|installer|program|attachment|executable)\b|\b(run|execute)\w*\s+(it\s+)?(as given|as-is|verbatim)\b|\bfirmware\b|"
        r"\b(forums?|discord|telegram|pastebin|gists?|comments?)\b[^\n.;]{0,20}\b(links?|posts?|posted|shares?|shared)\b|"
        r"\b(links?|linked|posted|shared)\s+(in|on|to)\s+(the\s+|a\s+)?(\w+\s+)?(forums?|discord|telegram|chat|issues?|comments?)\b|\bexecutionpolicy\s+(bypass|unrestricted)\b", re.I),
    "approval or authority": lazy(
        r"\b(approv\w+|authori[sz]\w+|permi(ssion|tted)|sign(ed)?[- ]off|okayed|ok'?d|consent\w*|waive\w*|"
        r"exempt\w*|overrid\w*|supersed\w*|this instruction|(permanent|security|policy|special|standing|one-time) exceptions?|exceptions? (for|to) (the )?"
        r"(rule|policy|review|process)|blanket|pre-?cleared|green[- ]?light\w*|go-ahead|allowed to|without (review|asking|"
        r"approval|a ticket|confirmation)|genehmig\w+|autoris\w+|autoriz\w+|aprobad\w+|valid(é|ée|ated)|standing ok|"
        r"\bper (management|leadership|the (manager|boss|director|ceo|cto))\b|\b(reviewer|auditor|design|legal|security) "
        r"(told|said|signed off|approved)\b|\bwhatever (compensation|refund|discount|credit)\b|"
        r"\binstructions?\b[^\n.;]{0,40}\b(web ?pages?|pages?|sites?|documents?|tool outputs?|e-?mails?|issues?|comments?)\b|"
        r"\bas (if|though) the (user|operator|owner)\b|\bwithout (reading|reviewing|looking at)\b|\bstanding instructions?\b|\b(told|said|confirmed)\s+(us|me|you)\s+(that\s+)?(we|you|i)\s+(can|may|could)\b|"
        r"\b(privacy|legal|compliance|accessibility|security)\s+(review|sign-?off|check)s?\b|pre-?(verified|approved|authori[sz]ed)|(merge|approve)s? (its|their|your|his|her) own|self-(approv|merg)\w*|no (change )?ticket( needed)?|change board|\bcab\b|may now|ab sofort|code-?review|inutile de demander|sans demander|"
        r"ohne (Bestätigung|Rückfrage)|full access|Vollzugriff|confirmation|bestätigung|confirmación|confirmação|conferma|"
        r"accepté\w*|akzeptiert|aceptad\w*|aceit[oa]s?|accettat\w*|zugestimmt)\b|批准|授权|授權|审批|評審|评审|承認|許可|승인", re.I),
    "what the user is told": lazy(
        r"\b(tell|telling|told|report\w*|say|said|claim\w*|answer\w*|reply|replies|inform\w*|pretend\w*|notify\w*|"
        r"summari[sz]e\w*|(re)?assur\w*|announce\w*|let (\w+ ){1,2}know|keep (it|this|that) to yourself|hide|conceal\w*|"
        r"don'?t (mention|tell)|show|display|present|give|send|round\w*|fudge\w*|if (you are )?asked|deny\w*|promis\w*|guarantee\w*|publish\w*|attach\w*|badge|banner)\b[^\n.;]{0,60}\b(users?|customers?|reporters?|requesters?|clients?|"
        r"slo|sla|target|report|outage|dashboards?|last (week|month|run|time)'?s?|incident|maintenance|fact|confirmed|numbers|figures|scores?|results|previous (run|week|month)|"
        r"reviewer|manager|them|everyone|team|encrypted|deleted|settings page|accuracy|test accuracy|eval\w*|baseline|checkpoint|delivery|estimate|stock|inventory|passengers?|callers?|guests?|patients?|travell?ers?|members?|buyers?|"
        r"shoppers?|cause|reason|typical|average|mean|median|latency|throughput|benchmarks?|uptime|coverage|"
        r"success\w*|succeeded|passed|fixed|done|green|complete\w*|backed up|resolved|progress|shipped|deployed|"
        r"went (through|out|live)|all set|looks good|fine|worked)\b|"
        r"\b(best|fastest|highest|lowest|quickest|meilleur\w*|mejor\w*|beste[nrs]?|migliore|melhor\w*)\b[^\n.;]{0,40}\b(as|comme|como|"
        r"als|come)\s+(the\s+|a\s+|la\s+|le\s+|el\s+|der\s+|il\s+)?(typical|average|mean|median|normal|usual|moyenne|typique|promedio|"
        r"típic\w*|durchschnitt\w*|typisch\w*|media|médi[ao])\b|\bonly\s+(the\s+)?(best|fastest|passing|successful|green)\s+(runs?|"
        r"results?|numbers|figures|samples|scores)\b|"
        r"\bif (you are |you're )?asked\b[^\n.;]{0,60}\b(say|answer|reply)\s+(no|yes)\b|"
        r"\b(say|tell|answer|claim|reply)\w*\b[^\n.;]{0,60}\b(even though|although|though|when in fact|whereas)\b|"
        r"\b(gdpr|hipaa|soc ?2|pci(-dss)?|iso ?27001|fedramp)\b|\b(original|old|promised)\s+(date|price|estimate|eta)\b|\b(reply|answer|say)\s+[\"'“‘](yes|no)\b|\b(sla|uptime)\b|\b(say|answer|reply)\s+(yes|no)\b|即使|即便|尽管|儘管|虽然|雖然|ても|더라도|"
        r"(\bso (that )?|^\s*)(the \w+|it|they)\s+(looks?|seems?|appears?)\s+(stable|good|better|fine|healthy|green|ok|okay|flat|consistent|improved)\b|"
        r"\b(best|warm[- ]cache|fastest|cherry-?picked) (run|sample|result)s?\b|\bcomplian(t|ce)\b|\b(validation|held-?out|test|training|dev)\s+(set\s+)?"
        r"(score|accuracy|numbers?|results?|metrics?)\b|\bdeny (having|that|it|doing)\b", re.I),
    "data deleted for good": lazy(
        r"\b(drop|truncate)\b[^\n.;]{0,30}\b(tables?|databases?|schemas?|collections?)\b|\b(wipe|purge|nuke|destroy|erase)\w*\b[^\n.;]{0,30}"
        r"\b(data|databases?|db|tables?|buckets?|volumes?|disks?|backups?|clusters?|records|rows|prod\w*)\b|\bdelete\w*\b[^\n.;]{0,30}"
        r"\b(all|every|the whole|entire)\b[^\n.;]{0,20}\b(rows|records|data|tables?|objects|backups?|users|customers|accounts)\b|"
        r"\b(remove|delete|erase|wipe|purge)\w*\b[^\n.;]{0,20}\b(customer|user|client|passenger|member)'?s?\b[^\n.;]{0,20}\b(orders|"
        r"records|history|data|bookings|reservations|accounts?|payments|messages)\b|"
        r"\b(disput\w*|chargebacks?|complaints?)\b[^\n.;]{0,60}\b(delete|erase|purge|remove)\w*|\b(delete|erase|purge|remove)\w*\b[^\n.;]{0,60}"
        r"\b(disput\w*|chargebacks?|complaints?)|\bshred\w*|\brm\s+-\w*r\w*f|\bterraform destroy\b|\bkubectl delete\b|\bdropdb\b|\bflush(all|db)\b|"
        r"\b(wipe|erase|purge|delete|remove|clear)\w*\s+(the\s+)?(\w+\s+)?(history|records|logs?)\b|"
        r"\b(reset|recreate|rebuild)\w*\b[^\n.;]{0,30}\b(prod\w*|live)\b[^\n.;]{0,20}\b(databases?|db|tables?|schemas?)\b", re.I),
    "security controls": lazy(
        r"\b(risk|fraud|aml|kyc|identity) (checks?|screening|scoring)\b|\bskip_\w+|\b(audit\w*|cloudtrail|siem|edr|antivirus|anti-?malware|defender|intrusion detection|security (logs?|logging|alerts?|"
        r"monitoring)|firewall\w*|ufw|iptables|selinux|setenforce|apparmor|seccomp|fail2ban)\b", re.I),
    "data leaving the machine": lazy(
        r"\b(upload\w*|send|sends|sent|post|posts|paste\w*|share|shared|publish\w*|mirror\w*|sync\w*|rsync|scp|sftp|"
        r"e-?mail\w*|attach\w*|forward\w*|exfiltrat\w*|copy|copies|cp)\b[^\n.;]{0,80}\b(to|into|onto|on|in|with)\b[^\n.;]{0,30}"
        r"\b(wiki|chat|slack|discord|teams|channel|bucket|nas|server|host|gist|pastebin|issue|ticket|tracker|forum|"
        r"registry|webhook|e-?mail|cloud|drive|dropbox|remote|vendor|partner|support|readme|description)\b", re.I),
}


_GATE = Prefilter(list(AREAS.values()), name="sensitive")


def areas(text: str) -> set[str]:
    """The sensitive areas ``text`` touches outside clauses that forbid them."""
    found = set()
    maybe = _GATE.candidates(text)
    for clause in clauses(text):
        for area, pattern in AREAS.items():
            if area in found or id(pattern) not in maybe:
                continue
            match = pattern.search(clause)
            while match is not None and forbids(clause, match):
                match = pattern.search(clause, match.end())
            if match is not None:
                found.add(area)
    return found


def spoken_of(text: str) -> set[str]:
    """The areas a page, tool output or end user's words speak of at all (forbidding counts: a page that
    says "never disable TLS" may sit beside one that says the opposite)."""
    maybe = _GATE.candidates(text)
    return {area for area, pattern in AREAS.items() if id(pattern) in maybe and pattern.search(text)}

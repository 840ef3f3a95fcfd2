"""bot/settings.py: every environment variable declared once, checked, documented, and read only there."""
from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Dict, List

import pytest

from bot import settings
from bot.launcher.settings import ROOT

ENV_TABLE_HEADER = "| Variable | Default | Meaning |"
_NAME = re.compile(r"^`([A-Z][A-Z0-9_]*)`$")


def readme_table() -> Dict[str, str]:
    """README.md's environment table: variable name -> default as written (one variable per row)."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index(ENV_TABLE_HEADER) + 2  # after the header and the |---| line
    rows: Dict[str, str] = {}
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        match = _NAME.match(cells[0])
        assert match, f"README.md environment table: one variable per row, in backticks: {line!r}"
        assert match.group(1) not in rows, f"README.md lists {match.group(1)} twice"
        code = re.fullmatch(r"`([^`]*)`", cells[1])  # a default in one code span: the text inside
        rows[match.group(1)] = code.group(1) if code else cells[1]
    return rows


def test_the_readme_table_lists_exactly_the_declared_variables():
    table = readme_table()
    declared = settings.declared_names()
    assert len(declared) == len(set(declared)), "a variable is declared twice in bot/settings.py"
    assert sorted(set(declared) - set(table)) == [], "declared in bot/settings.py but missing from README.md's table"
    assert sorted(set(table) - set(declared)) == [], "in README.md's table but not declared in bot/settings.py"


def test_the_readme_shows_the_declared_defaults():
    table = readme_table()
    differ = {name: (table[name], settings.shown_default(name)) for name in settings.declared_names()
              if name in table and table[name] != settings.shown_default(name)}
    assert differ == {}, "README.md default != bot/settings.py default (README, declared)"


def test_every_variable_has_a_meaning_and_a_known_reader():
    for field in settings.Settings.__fields__.values():
        assert field.alias.startswith("KANSENBOT_") or field.alias == "SANIC_WORKERS"
        assert field.field_info.description, field.alias
    for variable in settings.OTHER_PROGRAMS:
        assert variable.meaning and variable.read_by, variable.name


def test_the_deploy_files_use_only_declared_variables():
    declared = set(settings.declared_names())
    files = [ROOT / "docs" / "deploy.md", *sorted((ROOT / "deploy").rglob("*"))]
    unknown = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in files if path.is_file()
        for name in re.findall(r"\bKANSENBOT_[A-Z0-9_]*[A-Z0-9]\b", path.read_text(encoding="utf-8", errors="replace"))
        if name not in declared
    }
    assert unknown == set()


def test_defaults_need_no_environment():
    values = settings.from_environ({})
    assert (values.host, values.port, values.retention_days, values.debug) == ("127.0.0.1", 5005, 30.0, False)
    assert values.db_url is None and values.pseudonym_key is None


@pytest.mark.parametrize(
    "name, value, complaint",
    [
        ("KANSENBOT_PORT", "vijf", "KANSENBOT_PORT='vijf': value is not a valid integer"),
        ("KANSENBOT_DB_PORT", "0", "KANSENBOT_DB_PORT='0': ensure this value is greater than or equal to 1"),
        ("KANSENBOT_RETENTION_DAYS", "-3", "KANSENBOT_RETENTION_DAYS='-3': ensure this value is greater than 0"),
        ("KANSENBOT_REPLY_TIMEOUT", "lang", "KANSENBOT_REPLY_TIMEOUT='lang': value is not a valid float"),
        ("KANSENBOT_MAX_MESSAGE_CHARS", "2k", "KANSENBOT_MAX_MESSAGE_CHARS='2k': value is not a valid integer"),
        ("KANSENBOT_MAX_MESSAGE_CHARS", "8001", "KANSENBOT_MAX_MESSAGE_CHARS='8001': ensure this value is less than or equal to 8000"),
        ("KANSENBOT_DEBUG", "ja", "KANSENBOT_DEBUG='ja': value could not be parsed to a boolean"),
        ("KANSENBOT_REPLICA", "r 1", "KANSENBOT_REPLICA='r 1': string does not match regex"),
        ("KANSENBOT_REDIS_URL", "127.0.0.1:6379", "KANSENBOT_REDIS_URL='127.0.0.1:6379': string does not match regex"),
        ("SANIC_WORKERS", "twee", "SANIC_WORKERS='twee': value is not a valid integer"),
    ],
)
def test_a_bad_value_is_refused_with_the_variables_name(name, value, complaint):
    with pytest.raises(settings.SettingsError) as error:
        settings.from_environ({name: value})
    assert complaint in str(error.value)
    assert "README.md" in str(error.value)


def test_every_bad_value_is_named_at_once():
    with pytest.raises(settings.SettingsError) as error:
        settings.from_environ({"KANSENBOT_PORT": "x", "KANSENBOT_DB_TIMEOUT": "0"})
    assert "KANSENBOT_PORT" in str(error.value) and "KANSENBOT_DB_TIMEOUT" in str(error.value)


def test_a_secret_is_never_shown():
    secret = "postgresql://kansenbot:Geheim123@db/kansenbot"
    values = settings.from_environ({"KANSENBOT_DB_URL": secret, "KANSENBOT_PSEUDONYM_KEY": "k" * 40})
    assert values.db_url.get_secret_value() == secret
    assert "Geheim123" not in repr(values) and "Geheim123" not in str(values.dict()) and "kkkk" not in str(values.dict())
    with pytest.raises(settings.SettingsError) as error:
        settings.from_environ({"KANSENBOT_DB_URL": secret, "KANSENBOT_DB_PORT": "Geheim123"})
    assert "KANSENBOT_DB_PORT='Geheim123'" in str(error.value)  # not a secret: shown, so it can be fixed
    assert settings.from_environ({"KANSENBOT_PSEUDONYM_KEY": " spaced key " * 4}).pseudonym_key.get_secret_value() == " spaced key " * 4


def test_empty_means_not_set_except_where_empty_switches_a_rule_off():
    values = settings.from_environ({"KANSENBOT_DB_PASSWORD": "", "KANSENBOT_PORT": " ", "KANSENBOT_HOST": " ::1 ",
                                    "KANSENBOT_STUDENTNUMMER_BARE_PATTERN": ""})
    assert values.db_password is None and values.port == 5005 and values.host == "::1"
    assert values.studentnummer_bare_pattern == ""
    assert settings.from_environ({}).studentnummer_bare_pattern is None


def test_read_once_per_process_until_reloaded(monkeypatch):
    monkeypatch.setenv("KANSENBOT_REPLY_TIMEOUT", "12")
    first = settings.get()
    monkeypatch.setenv("KANSENBOT_REPLY_TIMEOUT", "13")
    assert settings.get() is first and first.reply_timeout == 12
    assert settings.reload().reply_timeout == 13
    with settings.overridden(reply_timeout=14):
        assert settings.get().reply_timeout == 14
    assert settings.get().reply_timeout == 13


def test_a_value_by_its_variable_name():
    assert settings.from_environ({"KANSENBOT_ACTION_PORT": "5155"}).value("KANSENBOT_ACTION_PORT") == 5155


# --- the rule stays: only bot/settings.py reads KANSENBOT_ variables ----------------------------------

_READS_ENVIRONMENT = re.compile(r"\b(os\.environ|os\.getenv|getenv\(|environ\.get\(|environ\[)")


def environment_reads_of_kansenbot_variables(path: Path) -> List[str]:
    """Lines that read os.environ (or getenv) and name a KANSENBOT_ variable, directly or through a
    constant of the same file (``ENV_SCHOOL = "KANSENBOT_SCHOOL"`` ... ``os.environ.get(ENV_SCHOOL)``)."""
    text = path.read_text(encoding="utf-8")
    constants = re.findall(r"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*[\"']KANSENBOT_", text, re.MULTILINE)
    naming = re.compile(r"KANSENBOT_" + "".join(rf"|\b{re.escape(name)}\b" for name in constants))
    shown = path.relative_to(ROOT) if ROOT in path.parents else path
    return [f"{shown}:{number}: {line.strip()}"
            for number, line in enumerate(text.splitlines(), 1)
            if _READS_ENVIRONMENT.search(line) and naming.search(line)]


def test_no_module_but_the_settings_module_reads_kansenbot_variables():
    files = [path for package in ("bot", "actions") for path in sorted((ROOT / package).rglob("*.py"))
             if path != ROOT / "bot" / "settings.py"]
    assert len(files) > 50
    offenders = [line for path in files for line in environment_reads_of_kansenbot_variables(path)]
    assert offenders == [], "read these through bot.settings.get() (declared in bot/settings.py)"


@pytest.mark.parametrize("line", [
    'value = os.environ.get("KANSENBOT_SCHOOL")',
    'value = os.getenv("KANSENBOT_SCHOOL", "")',
    'ENV_SCHOOL = "KANSENBOT_SCHOOL"\nvalue = os.environ[ENV_SCHOOL]',
    'value = (environ if environ is not None else os.environ).get(KEY_ENV)\nKEY_ENV = "KANSENBOT_KEY"',
])
def test_the_rule_catches_direct_and_indirect_reads(tmp_path, line):
    module = tmp_path / "probe.py"
    module.write_text(line + "\n", encoding="utf-8")
    assert environment_reads_of_kansenbot_variables(module)


def test_the_settings_module_imports_nothing_of_kansenbot():
    """Everything may import bot/settings.py, also the action server: it must not import back."""
    tree = ast.parse((ROOT / "bot" / "settings.py").read_text(encoding="utf-8"))
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names]
    imported += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    assert imported and [name for name in imported if name.split(".")[0] in ("bot", "actions")] == []


def test_the_longest_message_allowed_is_read_whole_by_the_crisis_patterns():
    # The crisis patterns read head and tail of SCAN_CHARS each; a message at the limit must fit in those.
    from bot.nlp.crisis_detect import SCAN_CHARS

    assert settings.MESSAGE_CHARS_LIMIT == 2 * SCAN_CHARS
    assert settings.from_environ({"KANSENBOT_MAX_MESSAGE_CHARS": "8000"}).max_message_chars == 8000

#!/usr/bin/env python3
"""Extract the plugin's translatable strings into ``i18n/rasterdl_<lang>.ts`` and check them.

    .venv/bin/python scripts/update_translations.py            # update every .ts
    .venv/bin/python scripts/update_translations.py it         # also start rasterdl_it.ts
    .venv/bin/python scripts/update_translations.py --check    # change nothing; exit 1 on a problem

The strings are found with :mod:`ast` in ``algorithms/``, ``provider/``, ``gui/`` and
``plugin.py``: the literal passed to ``QCoreApplication.translate("context", ...)``
and to a translation wrapper, a function whose body is
``return QCoreApplication.translate("context", text)`` (such as
:meth:`RasterDLAlgorithm.tr`, context ``RasterDL``, or ``_tr()`` in
``plugin.py``), called by its name, ``self.tr(...)`` as ``tr(...)``. Wrappers
are told apart by name only. ``pylupdate5`` is not used because it files
``self.tr()`` strings under the class name, a context the plugin never asks
for. The engine's error templates, ``raise SomeError("literal", ...)`` in
``core/``, are collected under the context ``RasterDLCore`` (core/errors.py).

Updating keeps every existing translation; a new message is written
``type="unfinished"``; a message no longer in the code is kept as
``type="vanished"`` (translated) or ``type="obsolete"`` (untranslated), or
dropped with ``--drop-obsolete``. A ``tr()`` whose argument is not a plain
string literal (an f-string, a concatenation, a variable, ``"...".format()``)
can never be translated and is reported: translate the template and format
the result, ``self.tr("Raster {0} of {1}").format(i, n)``.

``--check`` writes nothing and fails when the code has such a call, or when a
message of the code is missing, unfinished or empty in a .ts file, or when a
translation's ``{}`` placeholders differ from its source's.
"""

from __future__ import annotations

import argparse
import ast
import os
import string
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N_DIR = ROOT / "i18n"
SOURCE_DIRS = ("algorithms", "provider", "gui")
#: The engine's error messages: ``raise SomeError("template", name=value)`` in core/ (see core/errors.py).
CORE_DIR = "core"
CORE_CONTEXT = "RasterDLCore"
SOURCE_FILES = ("plugin.py",)
DEFAULT_CONTEXT = "RasterDL"
DEFAULT_WRAPPER = "tr"  # RasterDLAlgorithm.tr
TS_PREFIX = "rasterdl_"
# The languages the plugin ships; any other rasterdl_<lang>.ts in i18n/ is handled too.
LANGUAGES = {"fr": "fr_FR", "de": "de_DE", "es": "es_ES"}
TRANSLATE_OWNERS = ("QCoreApplication", "QApplication", "QgsApplication")
GONE = ("obsolete", "vanished")


@dataclass
class Message:
    """A translatable string of the code and where it is used."""

    context: str
    source: str
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


@dataclass
class Problem:
    """A translation call that cannot work, at ``path:line``."""

    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


@dataclass
class Entry:
    """A ``<message>`` of a .ts file."""

    context: str
    source: str
    translation: str = ""
    kind: str | None = "unfinished"
    locations: list[tuple[str, int]] = field(default_factory=list)
    comment: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source

    @property
    def finished(self) -> bool:
        return self.kind is None and bool(self.translation.strip())


# --------------------------------------------------------------------------- extraction


def _describe(node: ast.expr) -> str:
    if isinstance(node, ast.JoinedStr):
        return "an f-string"
    if isinstance(node, ast.BinOp):
        return "a concatenation or %-formatting"
    if isinstance(node, ast.Call):
        return "a call result (translate the template, then call .format() on the result)"
    if isinstance(node, (ast.Name, ast.Attribute, ast.Subscript)):
        return "a variable"
    return "an expression"


def _is_str(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_translate(func: ast.expr) -> bool:
    if not (isinstance(func, ast.Attribute) and func.attr == "translate"):
        return False
    owner = func.value
    name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
    return name in TRANSLATE_OWNERS


def _wrapper_context(node: ast.AST) -> str | None:
    """The context of a translation wrapper ``def f(..., text): return X.translate("ctx", text)``."""
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    parameters = {a.arg for a in node.args.posonlyargs + node.args.args + node.args.kwonlyargs}
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and _is_str(s.value))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if not _is_translate(call.func) or len(call.args) < 2 or not _is_str(call.args[0]):
        return None
    if not (isinstance(call.args[1], ast.Name) and call.args[1].id in parameters):
        return None
    return call.args[0].value


def find_wrappers(tree: ast.AST) -> dict[str, str]:
    """``{function name: context}`` of the translation wrappers defined in ``tree``."""
    wrappers = {}
    for node in ast.walk(tree):
        context = _wrapper_context(node)
        if context is not None:
            wrappers[node.name] = context
    return wrappers


class _Finder(ast.NodeVisitor):
    def __init__(self, path: str, wrappers: dict[str, str]) -> None:
        self.path = path
        self.wrappers = wrappers
        self.found: list[tuple[str, str, int]] = []
        self.problems: list[Problem] = []
        self._in_wrapper: list[bool] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 (ast API)
        self._in_wrapper.append(_wrapper_context(node) is not None)
        self.generic_visit(node)
        self._in_wrapper.pop()

    visit_AsyncFunctionDef = visit_FunctionDef  # noqa: N815 (ast API)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast API)
        self._check(node)
        self.generic_visit(node)

    def _problem(self, node: ast.AST, text: str) -> None:
        self.problems.append(Problem(self.path, node.lineno, text))

    def _check(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        if _is_translate(func):
            if self._in_wrapper and self._in_wrapper[-1]:
                return  # a wrapper translates its argument; its callers pass the literals
            if not node.args or not _is_str(node.args[0]):
                self._problem(node, "translate() needs a string literal as its context")
                return
            context, args = node.args[0].value, node.args[1:]
        elif name in self.wrappers:
            context, args = self.wrappers[name], node.args
        else:
            return
        call = ast.unparse(node)
        call = call if len(call) <= 70 else call[:67] + "..."
        if not args:
            self._problem(node, f"{name}() without a positional source text: {call}")
        elif not _is_str(args[0]):
            self._problem(
                node, f"{name}() of {_describe(args[0])} can never be translated; use a literal: {call}"
            )
        else:
            self.found.append((context, args[0].value, node.lineno))


def extract_from_source(
    text: str, path: str, wrappers: dict[str, str] | None = None
) -> tuple[list[tuple[str, str, int]], list[Problem]]:
    """``(context, source, line)`` of every translatable literal in Python ``text``, and the problems.

    ``wrappers`` adds translation wrappers defined elsewhere to those ``text`` defines.
    """
    tree = ast.parse(text, filename=path)
    finder = _Finder(path, {**(wrappers or {}), **find_wrappers(tree)})
    finder.visit(tree)
    return finder.found, finder.problems


def extract_core_templates(text: str, path: str) -> list[tuple[str, str, int]]:
    """``(context, template, line)`` of every error core raises (or builds) with a plain string literal.

    Core never imports Qt: it raises ``SomeError("... {name} ...", name=value)`` and
    the tools translate the template (context ``RasterDLCore``) and fill in the values.
    Helpers that build an error for their callers to raise, ``return SomeError("...", ...)``
    with a name ending in ``Error``, count too. A message built beforehand (an f-string)
    is not a template and stays English.
    """
    found = []
    for node in ast.walk(ast.parse(text, filename=path)):
        call = None
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            call = node.exc
        elif isinstance(node, ast.Return) and isinstance(node.value, ast.Call):
            func = node.value.func
            name = getattr(func, "attr", None) or getattr(func, "id", "")
            if name.endswith("Error"):
                call = node.value
        if call is not None and call.args and _is_str(call.args[0]) and call.args[0].value.strip():
            found.append((CORE_CONTEXT, call.args[0].value, node.lineno))
    return found


def source_files(root: Path = ROOT) -> list[Path]:
    files = []
    for folder in SOURCE_DIRS:
        files += sorted((root / folder).rglob("*.py"))
    files += [root / name for name in SOURCE_FILES if (root / name).is_file()]
    return files


def extract_messages(root: Path = ROOT) -> tuple[list[Message], list[Problem]]:
    """The messages of the code, in order of first use, and the calls that cannot be translated."""
    messages: dict[tuple[str, str], Message] = {}
    problems: list[Problem] = []
    texts = {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8") for path in source_files(root)
    }
    wrappers: dict[str, str] = {DEFAULT_WRAPPER: DEFAULT_CONTEXT}
    for relative, text in texts.items():
        for name, context in find_wrappers(ast.parse(text, filename=relative)).items():
            if wrappers.setdefault(name, context) != context:
                problems.append(
                    Problem(relative, 1, f"translation wrappers named {name}() use different contexts")
                )
    for relative, text in texts.items():
        found, bad = extract_from_source(text, relative, wrappers)
        problems += bad
        for context, source, line in found:
            message = messages.setdefault((context, source), Message(context, source))
            message.locations.append((relative, line))
    for path in sorted((root / CORE_DIR).rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        for context, source, line in extract_core_templates(path.read_text(encoding="utf-8"), relative):
            message = messages.setdefault((context, source), Message(context, source))
            message.locations.append((relative, line))
    return list(messages.values()), problems


# --------------------------------------------------------------------------- .ts files


def ts_path(language: str, folder: Path = I18N_DIR) -> Path:
    return folder / f"{TS_PREFIX}{language}.ts"


def present_languages(folder: Path = I18N_DIR) -> list[str]:
    """The shipped languages and any other whose .ts is in ``folder``."""
    found = {p.stem[len(TS_PREFIX) :] for p in folder.glob(f"{TS_PREFIX}*.ts")}
    return sorted(found | set(LANGUAGES))


def read_ts(path: Path) -> list[Entry]:
    """The messages of a .ts file, in file order (empty when it does not exist)."""
    if not path.is_file():
        return []
    entries = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            entries.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=(translation.text or "") if translation is not None else "",
                    kind=translation.get("type") if translation is not None else "unfinished",
                    comment=message.findtext("translatorcomment"),
                )
            )
    return entries


def translations(language: str, folder: Path = I18N_DIR) -> dict[tuple[str, str], str]:
    """``{(context, source): translation}`` of the finished messages of one language."""
    return {e.key: e.translation for e in read_ts(ts_path(language, folder)) if e.finished}


def merge(messages: list[Message], entries: list[Entry], drop_obsolete: bool = False) -> list[Entry]:
    """The .ts content for the code's ``messages``, keeping the translations of ``entries``."""
    old = {e.key: e for e in entries}
    merged = []
    for message in messages:
        entry = old.pop(message.key, None)
        if entry is None:
            entry = Entry(message.context, message.source)
        elif entry.kind == "vanished":
            entry.kind = None
        elif entry.kind == "obsolete" or not entry.translation.strip():
            entry.kind = "unfinished"
        entry.locations = list(message.locations)
        merged.append(entry)
    for entry in old.values():
        if drop_obsolete or not entry.translation.strip():
            continue
        entry.kind = "vanished" if entry.kind in (None, "vanished") else "obsolete"
        entry.locations = []
        merged.append(entry)
    return merged


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render_ts(language: str, entries: list[Entry], ts_file: Path) -> str:
    """Qt Linguist TS 2.1 text, contexts sorted by name, messages in ``entries`` order."""
    locale = LANGUAGES.get(language, language)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{locale}" sourcelanguage="en">',
    ]
    for context in sorted({e.context for e in entries}):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for entry in (e for e in entries if e.context == context):
            lines.append("    <message>")
            for path, line in entry.locations:
                relative = Path(os.path.relpath(ROOT / path, ts_file.parent)).as_posix()
                lines.append(f'        <location filename="{_escape(relative)}" line="{line}"/>')
            lines.append(f"        <source>{_escape(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <translatorcomment>{_escape(entry.comment)}</translatorcomment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            lines.append(f"        <translation{kind}>{_escape(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- checks


def placeholders(text: str) -> list[str] | None:
    """The ``str.format`` fields of ``text``, automatic numbering made explicit; None if malformed."""
    fields, automatic = [], 0
    try:
        for _literal, name, spec, conversion in string.Formatter().parse(text):
            if name is None:
                continue
            if name == "":
                name, automatic = str(automatic), automatic + 1
            fields.append(
                "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            )
    except ValueError:
        return None
    return sorted(fields)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def check(
    messages: list[Message], problems: list[Problem], languages: list[str], folder: Path = I18N_DIR
) -> list[str]:
    """Every reason the translations are incomplete or unusable (empty when all is well)."""
    errors = [str(p) for p in problems]
    for language in languages:
        path = ts_path(language, folder)
        if not path.is_file():
            errors.append(f"{path.name}: missing; run scripts/update_translations.py")
            continue
        entries = {e.key: e for e in read_ts(path)}
        for message in messages:
            where = "{}:{}".format(*message.locations[0])
            entry = entries.get(message.key)
            if entry is None or entry.kind in GONE:
                errors.append(f"{path.name}: not in the file ({where}) {_short(message.source)}")
            elif not entry.finished:
                errors.append(f"{path.name}: unfinished ({where}) {_short(message.source)}")
            elif placeholders(entry.translation) != placeholders(message.source):
                errors.append(
                    f"{path.name}: placeholders {placeholders(entry.translation)} differ from "
                    f"{placeholders(message.source)} ({where}) {_short(message.source)}"
                )
    return errors


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("languages", nargs="*", help="two-letter codes to add (default: those present)")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on any problem")
    parser.add_argument("--drop-obsolete", action="store_true", help="remove messages gone from the code")
    options = parser.parse_args(argv)
    languages = sorted(set(present_languages()) | set(options.languages))
    messages, problems = extract_messages()

    if options.check:
        errors = check(messages, problems, languages)
        for error in errors:
            print(error, file=sys.stderr)
        if errors:
            print(f"{len(errors)} translation problem(s).", file=sys.stderr)
            return 1
        print(f"{len(messages)} messages translated in {', '.join(languages)}.")
        return 0

    I18N_DIR.mkdir(exist_ok=True)
    for language in languages:
        path = ts_path(language)
        entries = merge(messages, read_ts(path), options.drop_obsolete)
        text = render_ts(language, entries, path)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        unfinished = sum(1 for e in entries if e.kind not in GONE and not e.finished)
        gone = sum(1 for e in entries if e.kind in GONE)
        print(f"{path.name}: {len(messages)} messages, {unfinished} unfinished, {gone} no longer used")
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""`make lint`'s QML check: qmllint over every screen, knowing the Python types they bind to.

qmllint reads types from `.qmltypes` files. The Python classes registered for QML
(`@QmlElement` under the import name `Kiosk`) are described from their live meta-objects —
the same properties, signals and slots QML will see at run time — into a `Kiosk` module in a
scratch folder, and qmllint runs with that folder on its import path. Exit status: qmllint's
(non-zero on any warning).

    python -m kiosk.devtools.qmllint [QML_FILE ...]
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QMetaMethod, QObject

import kiosk.ui
from kiosk.ui import QML_DIR

MODULE = "Kiosk"
_BUILTIN = {"QString": "QString", "int": "int", "bool": "bool", "double": "double", "float": "double",
            "QVariantMap": "QVariantMap", "QVariantList": "QVariantList", "QVariant": "QVariant",
            "QColor": "QColor", "QFont": "QFont", "QUrl": "QUrl", "void": "void"}


def registered_classes() -> list[type[QObject]]:
    """Every QObject class of kiosk.ui whose module registers its classes under `Kiosk`."""
    found: dict[str, type[QObject]] = {}
    for info in pkgutil.walk_packages(kiosk.ui.__path__, "kiosk.ui."):
        module = importlib.import_module(info.name)
        if getattr(module, "QML_IMPORT_NAME", None) != MODULE:
            continue
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QObject) and cls.__module__ == module.__name__:
                found[cls.__name__] = cls
    return list(found.values())


def _type(name: str, known: set[str]) -> tuple[str, bool]:
    """The qmltypes type of a meta-type name, and whether it is a pointer."""
    pointer = name.endswith("*")
    bare = name.rstrip("*")
    if bare in known or bare == "QObject":
        return bare, pointer
    return _BUILTIN.get(bare, "QVariant"), False


def _parameters(method: QMetaMethod, known: set[str]) -> list[str]:
    lines = []
    names = [bytes(n).decode() for n in method.parameterNames()]
    for i, raw in enumerate(method.parameterTypes()):
        kind, pointer = _type(bytes(raw).decode(), known)
        name = names[i] if i < len(names) and names[i] else f"arg{i}"
        lines.append(f'            Parameter {{ name: "{name}"; type: "{kind}"'
                     + ("; isPointer: true" if pointer else "") + " }")
    return lines


def describe(classes: list[type[QObject]]) -> str:
    """The `.qmltypes` text for `classes`."""
    known = {cls.__name__ for cls in classes}
    out = ["import QtQuick.tooling 1.2", "", "Module {"]
    for cls in classes:
        meta = cls.staticMetaObject
        parent = meta.superClass().className()
        out += [
            "    Component {",
            f'        file: "{inspect.getsourcefile(cls)}"',
            f'        name: "{cls.__name__}"',
            '        accessSemantics: "reference"',
            f'        prototype: "{parent}"',
            f'        exports: ["{MODULE}/{cls.__name__} 1.0"]',
            "        isCreatable: false",
            "        exportMetaObjectRevisions: [256]",
        ]
        for i in range(meta.propertyOffset(), meta.propertyCount()):
            prop = meta.property(i)
            kind, pointer = _type(prop.typeName(), known)
            fields = [f'name: "{prop.name()}"', f'type: "{kind}"']
            if pointer:
                fields.append("isPointer: true")
            if prop.hasNotifySignal():
                fields.append(f'notify: "{bytes(prop.notifySignal().name()).decode()}"')
            if prop.isConstant():
                fields.append("isConstant: true")
            if not prop.isWritable():
                fields.append("isReadonly: true")
            fields.append(f"index: {i - meta.propertyOffset()}")
            out.append("        Property { " + "; ".join(fields) + " }")
        for i in range(meta.methodOffset(), meta.methodCount()):
            method = meta.method(i)
            kind = {QMetaMethod.MethodType.Signal: "Signal", QMetaMethod.MethodType.Slot: "Method"}.get(
                method.methodType()
            )
            if kind is None:
                continue
            name = bytes(method.name()).decode()
            params = _parameters(method, known)
            returns = _type(method.typeName(), known)[0]
            head = f'        {kind} {{ name: "{name}"' + (f'; type: "{returns}"' if returns != "void" else "")
            out += [head + (" }" if not params else ""), *params] + (["        }"] if params else [])
        out.append("    }")
    out.append("}")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    files = args or sorted(str(p) for p in QML_DIR.glob("*.qml"))
    with tempfile.TemporaryDirectory(prefix="kiosk-qmltypes-") as scratch:
        module = Path(scratch) / MODULE
        module.mkdir()
        (module / "kiosk.qmltypes").write_text(describe(registered_classes()), encoding="utf-8")
        (module / "qmldir").write_text(f"module {MODULE}\ntypeinfo kiosk.qmltypes\n", encoding="utf-8")
        lint = Path(sys.executable).with_name("pyside6-qmllint")
        tool = str(lint) if lint.exists() else "pyside6-qmllint"
        command = [tool, "-I", scratch, "--max-warnings", "0", *files]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())

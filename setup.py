"""Which packages the wheel holds: discovered, never listed, so a new folder cannot be left out.

Every folder under kiosk/ goes in as a package of kiosk, and db/ (top-level in the repository:
the Alembic migrations and the default exhibition) as kiosk.db, so an installed kiosk finds its
migrations and content through importlib.resources. Everything else lives in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup


def discovered(folder: str, package: str) -> list[str]:
    found = find_namespace_packages(where=folder, exclude=["__pycache__", "*.__pycache__"])
    return [package, *(f"{package}.{name}" for name in found)]


setup(
    packages=discovered("kiosk", "kiosk") + discovered("db", "kiosk.db"),
    package_dir={"kiosk": "kiosk", "kiosk.db": "db"},
)

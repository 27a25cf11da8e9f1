"""Tools that drive the visitor window from outside, as a visitor would: the screenshot tool and
the tests use them. They import QtTest, so the product (`kiosk run`) never imports this package;
an import-linter contract in pyproject.toml holds that."""

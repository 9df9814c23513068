"""End-to-end tests use the UI tests' fixtures: Chinese UI, private QSettings, no real modal boxes."""

from tests.ui.conftest import chinese, messages, ui_settings_dir  # noqa: F401

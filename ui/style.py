"""The look: a calm office style with a dark navigation column, as officers know from government IT.

Only colours, spacing and a few named widgets are styled; everything else is the platform's style, so
native dialogs and high-DPI scaling keep working.
"""

from __future__ import annotations

NAV_WIDTH = 168

STYLE_SHEET = """
QListWidget#navigation {
    background: #1f3a60;
    color: #e8eef7;
    border: none;
    outline: 0;
    padding-top: 8px;
    font-size: 14px;
}
QListWidget#navigation::item {
    padding: 9px 10px;
    border-left: 3px solid transparent;
}
QListWidget#navigation::item:hover { background: #2a4a78; }
QListWidget#navigation::item:selected {
    background: #2f6db5;
    color: white;
    border-left: 3px solid #f3c969;
}
QLabel#brand {
    background: #b3261e;
    color: white;
    font-size: 16px;
    font-weight: bold;
    padding: 10px 12px;
}
QLabel#detailTitle { font-size: 16px; font-weight: bold; color: #1f3a60; }
QLabel#sectionCaption { font-weight: bold; color: #1f3a60; padding-top: 4px; }
QLabel#detailCaption { color: #5f6b7a; }
QLabel#emptyHint { color: #6b7785; }
QLabel#countLabel { color: #3c4858; padding-left: 8px; }
QLabel#placeholderTitle { font-size: 22px; font-weight: bold; color: #1f3a60; }
QLabel#offlineIndicator { color: #8a5a00; padding: 0 8px; }
QFrame#statCard {
    background: white;
    border: 1px solid #d5dce6;
    border-radius: 4px;
    min-width: 150px;
}
QLabel#statCaption { color: #5f6b7a; }
QLabel#statValue { font-size: 24px; font-weight: bold; color: #1f3a60; }
QPushButton#primaryButton {
    background: #2f6db5;
    color: white;
    border: 1px solid #285e9c;
    border-radius: 3px;
    padding: 4px 14px;
}
QPushButton#primaryButton:hover { background: #3a7cc7; }
QPushButton#primaryButton:pressed { background: #285e9c; }
QToolBar#mainToolbar { spacing: 6px; padding: 4px 8px; }
QLineEdit#globalSearch { min-width: 320px; max-width: 460px; padding: 3px 6px; }
"""

"""The PySide6 desktop user interface (the only package besides ``app.py`` that imports Qt).

Entry points for the composition root: :class:`advisor_app.ui.main_window.MainWindow`,
:class:`advisor_app.ui.settings.AppSettings`, :func:`advisor_app.ui.i18n.set_language` and
:func:`advisor_app.ui.tasks.excepthook`.
"""

"""Printed documents for the participant (ARCHITECTURE.md §7, DOMAIN.md §2.9).

Qt-free and storage-free: every document is a pure function of domain values returning PDF bytes,
built with ReportLab Platypus on the shared base in :mod:`advisor_app.reports.base`.
"""

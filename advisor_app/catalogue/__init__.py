"""Reference data from ``resources/``: catalogues, interview prompts, wording rules.

Qt-free and database-free, so the server can load the same data.
"""

"""The competence balance domain: entities, enums, validation and the interview flow.

Pure Python (standard library only): no Qt, no database, no network. Everything else in the
application builds on these values.
"""

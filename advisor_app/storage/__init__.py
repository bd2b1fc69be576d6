"""Encrypted local storage: engine factory, key custody, models, repositories, migrations."""

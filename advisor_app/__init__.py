"""Bilans: the career advisor's competence balance app (Metoda Bilansu Kompetencji)."""

__version__ = "0.1.0"

from directory.models.enterprise import Enterprise
from directory.models.reference import Label, Sector

__all__ = ["Enterprise", "Label", "Sector"]

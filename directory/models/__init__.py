from directory.models.enterprise import Enterprise
from directory.models.guide import GuidePage
from directory.models.reference import Label, Sector

__all__ = ["Enterprise", "GuidePage", "Label", "Sector"]

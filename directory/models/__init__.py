from directory.models.enterprise import Enterprise
from directory.models.guide import GuidePage
from directory.models.import_job import ImportJob
from directory.models.ownership import OwnerClaim, OwnerLink, OwnerUpdate
from directory.models.proposal import ProposalContact
from directory.models.reference import Label, Sector

__all__ = [
    "Enterprise",
    "GuidePage",
    "ImportJob",
    "Label",
    "OwnerClaim",
    "OwnerLink",
    "OwnerUpdate",
    "ProposalContact",
    "Sector",
]

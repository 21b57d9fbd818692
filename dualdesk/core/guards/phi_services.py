"""Clinical services by their short names, for the `phi` guard: a team that speaks, not a name.

Consult posts let a service act as a person does: "Nephro says switch",
"Cardio wants an echo first", "Psych signed off", "Peds took him". The
short names of specialties and teams, lower-cased, open a sentence
capitalised without being anyone's name.
"""

from __future__ import annotations

_SERVICES = """
    nephro nephrology renal cardio cardiology neuro neurology psych psychiatry derm derms
    dermatology gastro gi endo endocrine endocrinology onc oncology haem heme haematology
    hematology ortho orthopaedics orthopedics peds paeds pediatrics paediatrics rheum
    rheumatology uro urology ent obs gyn obgyn gynae resp pulm pulmonology ophtho ophthalmology
    anaesthesia anesthesia anaesthetics rads radiology physio physiotherapy dietetics
    dietitian dietician liaison palliative pallcare geri geriatrics gerontology medicine
    surgery surgical ambulance triage hospitalist intensivist neonatal nicu picu camhs cmht
    detox pharmacology tox toxicology id micro microbiology lab labs pathology
"""
#: Short names of specialties and teams, lower-cased.
SERVICES = frozenset(_SERVICES.split())

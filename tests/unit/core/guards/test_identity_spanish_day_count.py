"""The identity_link guard on a Spanish job hashtag and the day's count of clients.

On the personal account, "#vidadepsicóloga" or "#cosasdeterapeutas" names
the job as a tag, and "8 pacientes seguidos" or "6 sesiones hoy" counts
the author's own working day. The author's own therapy, topic hashtags
("#saludmental") and counts in the news stay quiet.
"""

from __future__ import annotations

import pytest

from dualdesk.core.accounts import Role
from dualdesk.core.findings import Rule

JOB = [
    "Mi tía me pidió que le leyera la mente en el almuerzo familiar. #vidadepsicóloga",
    "Llevo tres cafés y son las 10. #cosasdeterapeutas",
    "Me reconocieron en la feria y tuve que fingir demencia 🙃 #psicologaenapuros",
    "uf, 8 pacientes seguidos y el almuerzo frío. me merezco un helado",
    "6 sesiones hoy y todavía tengo que hacer mercado. qué cansancio, panas",
]

NOT_THE_JOB = [
    "Hoy fui a mi psicóloga y salí liviana. Recomiendo mucho ir a terapia. #saludmental",
    "Buscando recomendaciones de series para el finde #netflix #domingo",
    "El hospital del barrio recibió 40 pacientes en la emergencia por el dengue, según la radio.",
    "Mi mamá tuvo 3 sesiones de fisioterapia y ya camina mejor. Gracias a Dios.",
]


@pytest.mark.parametrize("text", JOB)
def test_a_spanish_job_tag_or_day_count_on_personal_warns(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert found, text


@pytest.mark.parametrize("text", NOT_THE_JOB)
def test_own_therapy_topic_tags_and_news_counts_pass(findings, text: str) -> None:
    found = findings(text, account=Role.PERSONAL, rule=Rule.IDENTITY_LINK, backstop=False)
    assert not found, text

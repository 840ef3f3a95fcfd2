"""The trained model routes messages the way students write them: with personal data in them, which the
channel has replaced by placeholders before the NLU reads the message (data/nlu/met_placeholders.yml).

The probe messages are written for this test, not copied from the training data; each is scrubbed by
the real filter first, exactly as the channels do, then classified by the model `make test` trained.
"""
from __future__ import annotations

import pytest

from bot.nlp import heldout
from bot.privacy.scrubber import PLACEHOLDERS, scrub_text

PROBES = [
    ("mijn studentnummer is 2087654 en ik kom niet in Teams", "digitale_vaardigheid"),
    ("ik ben Sanne de Vries en ik kan niet inloggen in outlook", "digitale_vaardigheid"),
    ("hoe deel ik mijn scherm in teams? groetjes, Mohammed", "digitale_vaardigheid"),
    ("hoi ik ben Fleur, mijn laptop is kapot gegaan", "geen_laptop"),
    ("kan ik een laptop lenen? mijn nummer is 06-12345678", "geen_laptop"),
    ("mijn zoon Daan heeft geen laptop, u kunt mij mailen op p.jansen@hotmail.nl", "geen_laptop"),
    ("ik heb schulden en weet niet wat ik moet doen. gr, Kevin", "geldzorgen"),
    ("er staat niks meer op NL91 ABNA 0417 1643 00 en ik moet nog eten kopen", "geldzorgen"),
    ("ik woon op de Kerkstraat 12 en we hebben thuis geen wifi", "geen_internet_studieplek"),
    ("ik ben Amira, waar kan ik op school rustig studeren", "geen_internet_studieplek"),
    ("mijn bsn is 123456782, heb ik recht op de tegemoetkoming", "regelingen"),
    ("ik ben geboren op 3 maart 2008, welke regelingen zijn er voor mij", "regelingen"),
    ("kan de budgetcoach me bellen op 0612345678", "contact_persoon"),
    ("ik wil met iemand praten, mail me op sanne@school.nl", "contact_persoon"),
    ("ik heb net mijn studentnummer 2087654 gestuurd, kan iemand anders dat zien", "anonimiteit"),
    ("hoi ik ben Noah", "greet"),
    ("dank je wel! liefs, Zeynep", "thanks"),
    ("ik ben Fenna en ik wil niet meer leven", "crisis"),
    ("mag ik de presentatie op papier doen? ik heb geen laptop. groet, Lars", "analoog_alternatief"),
    ("ik ben mevrouw de Jong, docent: hoe help ik een student zonder laptop in mijn les", "docent_handreiking"),
]
# Crisis must always be right; of the rest, at most one may go elsewhere (CV macro-F1 is about 0.90).
MAX_WRONG = 1


@pytest.fixture(scope="module")
def predictions():
    predict = heldout.rasa_predictor(heldout.latest_model())
    scrubbed = [scrub_text(text) for text, _ in PROBES]
    return list(zip(scrubbed, predict(scrubbed)))


def test_every_probe_carries_personal_data_that_the_filter_replaces(predictions):
    assert [text for text, _ in predictions if not any(p in text for p in PLACEHOLDERS)] == []


def test_scrubbed_messages_reach_their_intent(predictions):
    wrong = [(text, predicted, gold) for (text, predicted), (_, gold) in zip(predictions, PROBES) if predicted != gold]
    assert all(gold != "crisis" for _, _, gold in wrong), wrong
    assert ("digitale_vaardigheid" == predictions[0][1]), predictions[0]  # the case from issue 10
    assert len(wrong) <= MAX_WRONG, wrong

"""Every link is a well-formed https URL; every scheme has a source and a check date."""
import datetime as dt
from urllib.parse import urlparse

from pydantic import BaseModel

from actions.knowledge.schema import Link


def walk(value, path="kb"):
    if isinstance(value, BaseModel):
        for name in value.__fields__:
            yield from walk(getattr(value, name), f"{path}.{name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, f"{path}[{key}]")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    else:
        yield path, value


def all_links(kb):
    roots = {
        "scholen": kb.scholen, "regelingen": kb.regelingen, "tutorials": kb.tutorials, "analoog": kb.analoog,
        "handreiking": kb.handreiking, "professionalisering": kb.professionalisering, "crisis": kb.crisis,
    }
    return [(p, v) for name, root in roots.items() for p, v in walk(root, name) if isinstance(v, Link)]


def test_every_link_is_wellformed_https(kb):
    links = all_links(kb)
    assert len(links) > 40
    for path, link in links:
        parsed = urlparse(link)
        assert parsed.scheme == "https", path
        assert parsed.hostname and "." in parsed.hostname, path
        assert " " not in link, path


def test_links_in_free_text_are_wellformed_too(kb):
    texts = [v for _, v in walk(kb.teksten) if isinstance(v, str)]
    for name in ("regelingen", "tutorials"):
        texts += [v for _, v in walk(getattr(kb, name)) if isinstance(v, str)]
    for text in texts:
        for word in text.split():
            if word.startswith("http"):
                assert word.startswith("https://") and urlparse(word).hostname, word


def test_every_scheme_has_source_and_date(kb):
    assert len(kb.regelingen) >= 10
    for regeling in kb.regelingen:
        assert regeling.bron.startswith("https://"), regeling.id
        assert isinstance(regeling.laatst_gecontroleerd, dt.date), regeling.id
        assert regeling.laatst_gecontroleerd <= dt.date.today(), regeling.id
    for bron in kb.handreiking.bronnen:
        assert isinstance(bron.laatst_gecontroleerd, dt.date)


def test_required_national_schemes_are_present(kb):
    ids = {r.id for r in kb.regelingen}
    for required in (
        "duo-studiefinanciering-mbo", "tegemoetkoming-scholieren", "stichting-leergeld", "bijzondere-bijstand",
        "minimaregelingen-gemeente", "nibud-in-gesprek-over-geld", "studentenfonds-mbo", "job-schoolkosten",
    ):
        assert required in ids


def test_example_profile_uses_only_example_addresses(kb):
    for path, value in walk(kb.scholen["voorbeeld-roc"]):
        if isinstance(value, str) and ("@" in value or value.startswith("https://")):
            assert "example.org" in value, path

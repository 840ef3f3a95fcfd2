"""Fixtures shared by the unit tests."""
import pytest

from bot.nlp.crisis_detect import CrisisDetector


@pytest.fixture(scope="session")
def detector() -> CrisisDetector:
    """The crisis detector built from data/nlu, once for every crisis pattern test file (it only reads)."""
    return CrisisDetector.from_nlu_files()

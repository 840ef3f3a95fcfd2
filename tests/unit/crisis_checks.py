"""What the crisis pattern tests of each tuning round share: classifier scores to try a text with, and the first kind."""

# The classifier sure of crisis, and at the check-in threshold; ``{}`` is the patterns alone.
SURE = dict(crisis_score=0.9, crisis_is_top=True)
CHECKIN_SCORE = dict(crisis_score=0.3, crisis_is_top=True)
SCORES = ({}, CHECKIN_SCORE, SURE)


def first_kind(detector, text, **kwargs):
    """The kind action_crisis answers first, or the level when there is no full answer (the check-in, or None)."""
    found = detector.detect(text, **kwargs)
    return found.kinds[0] if found.level == "crisis" else found.level
